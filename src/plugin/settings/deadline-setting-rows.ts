// The settings of deadlines and the schedule: a show's breaks (dates it takes off, one
// per line, checked as typed) and the status-bar count of overdue items.
import type { Setting } from "obsidian";
import type { OfficeHoursSettings, ShowSettings } from "../../core/settings/settings";
import { parseBreaks } from "../../core/deadlines/breaks";
import type { Row } from "./setting-rows";

export function breaksRow(show: ShowSettings, save: () => void): Row {
  return {
    name: "Breaks",
    desc: "Dates the show takes off, one per line, with what they are for: 2024-02-01 Team at FOSDEM, or a range 2024-12-20..2025-01-06 Holidays. Episodes on them are flagged, and the next free slot skips them.",
    render: (setting: Setting) => {
      const error = setting.descEl.createDiv({ cls: "office-hours-field-error" });
      setting.addTextArea((area) => {
        area.setPlaceholder("2024-02-01 conference week");
        area.setValue(show.breaks.join("\n")).onChange((value) => {
          const lines = value.split("\n").map((line) => line.trim()).filter((line) => line !== "");
          const read = parseBreaks(lines);
          error.setText(read.ok ? "" : read.problem);
          area.inputEl.toggleClass("is-invalid", !read.ok);
          if (!read.ok) return;
          show.breaks = lines;
          save();
        });
      });
    },
  };
}

export function overdueStatusRow(settings: OfficeHoursSettings, save: () => void): Row {
  return {
    name: "Overdue count in the status bar",
    desc: "On desktop, show how many checklist items are past their deadline; click it to open the agenda.",
    render: (setting: Setting) => {
      setting.addToggle((toggle) =>
        toggle.setValue(settings.overdueInStatusBar).onChange((value) => {
          settings.overdueInStatusBar = value;
          save();
        }),
      );
    },
  };
}
