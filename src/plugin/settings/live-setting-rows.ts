// The live show's settings: the names of the Timestamps section (per show, like the
// phase headings) and the opt-in tick of the after-show item about timestamps.
import type { Setting } from "obsidian";
import type { OfficeHoursSettings, ShowSettings } from "../../core/settings/settings";
import type { Row } from "./setting-rows";

export function autoTickRow(settings: OfficeHoursSettings, save: () => void): Row {
  return {
    name: "Tick the timestamps item when chapters are ready",
    desc: "After the show, tick the after-show item about timestamps once the note's chapters are valid for YouTube. Off: your checklist is never touched.",
    render: (setting: Setting) => {
      setting.addToggle((toggle) =>
        toggle.setValue(settings.autoTickChapters).onChange((value) => {
          settings.autoTickChapters = value;
          save();
        }),
      );
    },
  };
}

export function timestampHeadingsRow(show: ShowSettings, save: () => void): Row {
  return {
    name: "Timestamps headings",
    desc: "One name per line: the section holding the chapters. A section the plugin creates gets the first name, or one in the note's language.",
    render: (setting: Setting) => {
      setting.addTextArea((area) =>
        area.setValue(show.timestampHeadings.join("\n")).onChange((value) => {
          const names = value
            .split("\n")
            .map((name) => name.trim())
            .filter((name) => name !== "");
          // An empty list would make every note lose its chapters: keep the last names.
          if (names.length === 0) return;
          show.timestampHeadings = names;
          save();
        }),
      );
    },
  };
}
