// The new-episode setting: tick the items creating the note did (on by default: they are
// only ever items of the note just written, named in a notice).
import type { Setting } from "obsidian";
import type { OfficeHoursSettings } from "../../core/settings/settings";
import type { Row } from "./setting-rows";

export function tickDoneRow(settings: OfficeHoursSettings, save: () => void): Row {
  return {
    name: "Tick what New episode did",
    desc: "When New episode writes the note, tick the template's item that asks to create it (“Create a new .md file…”). Nothing else is ticked; a notice names the item.",
    render: (setting: Setting) => {
      setting.addToggle((toggle) =>
        toggle.setValue(settings.tickDoneAtCreation).onChange((value) => {
          settings.tickDoneAtCreation = value;
          save();
        }),
      );
    },
  };
}
