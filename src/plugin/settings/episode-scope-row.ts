// Where episodes are looked for. On, the first index settles every note outside the show
// folders from Obsidian's cached properties, without reading it: with a large vault and
// the episodes kept in their show folders, it reads little more than the episodes.
import type { Setting } from "obsidian";
import type { OfficeHoursSettings } from "../../core/settings/settings";
import type { Row } from "./setting-rows";

export function episodeScopeRow(settings: OfficeHoursSettings, save: () => void): Row {
  return {
    name: "Look for episodes only in the show folders",
    desc: "Elsewhere, only notes with the office-hours property are episodes, and other notes are never opened to check. Off: any note with a task and a guest field is an episode.",
    render: (setting: Setting) => {
      setting.addToggle((toggle) =>
        toggle.setValue(settings.episodesOnlyInShowFolders).onChange((value) => {
          settings.episodesOnlyInShowFolders = value;
          save();
        }),
      );
    },
  };
}
