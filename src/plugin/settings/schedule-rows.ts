// When a show airs: its weekday, and whether every week or once a month on the first to
// fourth or last of that weekday (core/settings/cadence.ts).
import type { Setting } from "obsidian";
import type { ShowSettings } from "../../core/settings/settings";
import { WEEKS_OF_MONTH, isWeekOfMonth, ordinal } from "../../core/settings/cadence";
import type { Row } from "./setting-rows";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function scheduleRows(show: ShowSettings, save: () => void): Row[] {
  return [
    {
      name: "Weekday",
      desc: "The day the show usually airs.",
      render: (setting: Setting) => {
        setting.addDropdown((dropdown) => {
          WEEKDAYS.forEach((day, n) => {
            dropdown.addOption(String(n), day);
          });
          dropdown.setValue(String(show.schedule.weekday));
          dropdown.onChange((value) => {
            show.schedule.weekday = Number(value);
            save();
          });
        });
      },
    },
    {
      name: "Repeats",
      desc: "Every week, or once a month on that weekday: the next free slot the new-episode form proposes follows it.",
      render: (setting: Setting) => {
        setting.addDropdown((dropdown) => {
          dropdown.addOption("", "Every week");
          for (const week of WEEKS_OF_MONTH) dropdown.addOption(String(week), `Monthly, the ${ordinal(week)} of the month`);
          dropdown.setValue(show.schedule.weekOfMonth === undefined ? "" : String(show.schedule.weekOfMonth));
          dropdown.onChange((value) => {
            const week = value === "" ? undefined : Number(value);
            if (isWeekOfMonth(week)) show.schedule.weekOfMonth = week;
            else delete show.schedule.weekOfMonth;
            save();
          });
        });
      },
    },
  ];
}
