// How often a show airs: every week on its weekday (the default), or once a month on the
// first, second, third, fourth or last of that weekday ("the first Tuesday of the month"),
// as monthly podcasts do. Without it a monthly show's second episode was proposed a week
// after its first.
import { dayInMonth, weekdayOf } from "../time/calendar-date";
import type { ShowSchedule } from "./settings";

/** 1–4: the nth of the weekday in its month; -1: the last. */
export type WeekOfMonth = 1 | 2 | 3 | 4 | -1;

export const WEEKS_OF_MONTH: readonly WeekOfMonth[] = [1, 2, 3, 4, -1];

const ORDINALS: Record<WeekOfMonth, string> = { 1: "first", 2: "second", 3: "third", 4: "fourth", [-1]: "last" };
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function isWeekOfMonth(value: unknown): value is WeekOfMonth {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === -1;
}

export function ordinal(week: WeekOfMonth): string {
  return ORDINALS[week];
}

/** Which of its weekday in the month `date` is (1–5), and whether it is the last; null for no date. */
export function placeInMonth(date: string): { nth: number; last: boolean } | null {
  const place = dayInMonth(date);
  return place ? { nth: Math.ceil(place.day / 7), last: place.day + 7 > place.days } : null;
}

/** True when the show airs on `date`'s week: always for a weekly show. Weekday aside. */
export function onCadenceWeek(date: string, schedule: Pick<ShowSchedule, "weekOfMonth">): boolean {
  const week = schedule.weekOfMonth;
  const place = week === undefined ? null : placeInMonth(date);
  if (week === undefined || place === null) return true;
  return week === -1 ? place.last : place.nth === week;
}

/** True when the show airs on `date`: its weekday, and for a monthly show its week of the month. */
export function onCadence(date: string, schedule: Pick<ShowSchedule, "weekday" | "weekOfMonth">): boolean {
  return weekdayOf(date) === schedule.weekday && onCadenceWeek(date, schedule);
}

/** "Fridays", or "the first Tuesday of the month". */
export function cadenceText(schedule: Pick<ShowSchedule, "weekday" | "weekOfMonth">): string {
  const day = WEEKDAYS[schedule.weekday] ?? "";
  return schedule.weekOfMonth === undefined ? `${day}s` : `the ${ordinal(schedule.weekOfMonth)} ${day} of the month`;
}

/** How `date` stands in a monthly show's month: "the second Tuesday". */
export function placeText(date: string): string {
  const place = placeInMonth(date) ?? { nth: 1, last: false };
  const day = WEEKDAYS[weekdayOf(date) ?? 0] ?? "";
  return place.nth === 5 ? `the fifth ${day}` : `the ${ORDINALS[place.nth as 1 | 2 | 3 | 4]} ${day}`;
}
