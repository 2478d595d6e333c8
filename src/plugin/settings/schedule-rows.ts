// When a show airs: its weekday, and whether every week, every other week (counted from
// its latest dated episode), or once a month on the first to fourth or last of that
// weekday (core/settings/cadence.ts).
import type { Setting } from "obsidian";
import type { ShowSettings } from "../../core/settings/settings";
import { WEEKS_OF_MONTH, isFortnightly, isWeekOfMonth, ordinal } from "../../core/settings/cadence";
import type { Row } from "./setting-rows";

/** The dropdown's value for every other week (the monthly ones are 1–4 and -1). */
const FORTNIGHTLY = "every-2-weeks";

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
      desc: "Every week, every other week, or once a month on that weekday: the new-episode form proposes the next free slot that follows it. Every other week counts from the show's latest dated episode, so moving an episode by a week moves the ones after it.",
      render: (setting: Setting) => {
        setting.addDropdown((dropdown) => {
          dropdown.addOption("", "Every week");
          dropdown.addOption(FORTNIGHTLY, "Every other week");
          for (const week of WEEKS_OF_MONTH) dropdown.addOption(String(week), `Monthly, the ${ordinal(week)} of the month`);
          const schedule = show.schedule;
          dropdown.setValue(schedule.weekOfMonth !== undefined ? String(schedule.weekOfMonth) : isFortnightly(schedule) ? FORTNIGHTLY : "");
          dropdown.onChange((value) => {
            const week = value === "" || value === FORTNIGHTLY ? undefined : Number(value);
            if (isWeekOfMonth(week)) show.schedule.weekOfMonth = week;
            else delete show.schedule.weekOfMonth;
            if (value === FORTNIGHTLY) show.schedule.weeksApart = 2;
            else delete show.schedule.weeksApart;
            save();
          });
        });
      },
    },
  ];
}
