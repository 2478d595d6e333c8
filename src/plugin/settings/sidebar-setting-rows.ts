// The Episodes sidebar's settings: when an aired episode is archived, and how a new
// sidebar opens (its view, and whether rows are grouped by show).
import type { Setting } from "obsidian";
import type { OfficeHoursSettings } from "../../core/settings/settings";
import { SIDEBAR_VIEWS, VIEW_LABELS, isSidebarView } from "../../core/sidebar/views";
import { numberRow, type Row } from "./setting-rows";

export function sidebarRows(settings: OfficeHoursSettings, save: () => void): Row[] {
  return [
    numberRow(
      "Archive aired episodes after",
      "Weeks after the show. An archived episode with items still open shows a quiet count in Past instead of warnings.",
      settings.archiveAfterWeeks,
      1,
      520,
      (n) => {
        settings.archiveAfterWeeks = n;
        save();
      },
    ),
    {
      name: "Sidebar opens on",
      desc: "The view a newly opened episodes sidebar shows.",
      render: (setting: Setting) => {
        setting.addDropdown((dropdown) => {
          for (const view of SIDEBAR_VIEWS) dropdown.addOption(view, VIEW_LABELS[view]);
          dropdown.setValue(settings.defaultView);
          dropdown.onChange((value) => {
            if (!isSidebarView(value)) return;
            settings.defaultView = value;
            save();
          });
        });
      },
    },
    {
      name: "Group the sidebar by show",
      desc: "Off: one list across shows, ordered by date, each row with its show's chip.",
      render: (setting: Setting) => {
        setting.addToggle((toggle) =>
          toggle.setValue(settings.groupByShow).onChange((value) => {
            settings.groupByShow = value;
            save();
          }),
        );
      },
    },
  ];
}
