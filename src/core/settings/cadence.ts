// How often a show airs: every week on its weekday (the default), every other week on it
// (`weeksApart: 2`, as fortnightly podcasts record), or once a month on the first, second,
// third, fourth or last of that weekday ("the first Tuesday of the month"), as monthly
// podcasts do. Without them a monthly or fortnightly show's next episode was proposed a
// week after its last.
//
// Which weeks a fortnightly show is on is not stored: it follows the show's latest dated
// episode (its "anchor"). A skipped week or a show moved by a week re-anchors by itself,
// as the host expects, with no start date to keep right by hand.
import { addDays, dayInMonth, daysBetween, weekdayOf } from "../time/calendar-date";
import type { ShowSchedule } from "./settings";

/** 1–4: the nth of the weekday in its month; -1: the last. */
export type WeekOfMonth = 1 | 2 | 3 | 4 | -1;

export const WEEKS_OF_MONTH: readonly WeekOfMonth[] = [1, 2, 3, 4, -1];

const ORDINALS: Record<WeekOfMonth, string> = { 1: "first", 2: "second", 3: "third", 4: "fourth", [-1]: "last" };
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Weeks between episodes besides the weekly default: only 2 (every other week) so far. */
export type WeeksApart = 2;

export function isWeeksApart(value: unknown): value is WeeksApart {
  return value === 2;
}

/** True for a show that airs every other week (and is not monthly: a monthly week wins). */
export function isFortnightly(schedule: Pick<ShowSchedule, "weeksApart" | "weekOfMonth">): boolean {
  return schedule.weeksApart === 2 && schedule.weekOfMonth === undefined;
}

/**
 * The day a fortnightly show's weeks count from: its latest dated episode, moved to the
 * nearest of the show's weekday (an episode held a day late still marks its week). Null
 * when no episode is dated: then every week is on until one is.
 */
export function fortnightAnchor(dates: readonly (string | null)[], weekday: number): string | null {
  let latest: string | null = null;
  for (const date of dates) if (date !== null && weekdayOf(date) !== null && (latest === null || date > latest)) latest = date;
  const day = latest === null ? null : weekdayOf(latest);
  if (latest === null || day === null) return null;
  const ahead = (weekday - day + 7) % 7;
  return addDays(latest, ahead <= 3 ? ahead : ahead - 7);
}

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

/**
 * True when the show airs on `date`'s week: always for a weekly show; for a fortnightly
 * one, an even number of weeks from `anchor` (fortnightAnchor; none: every week). Weekday aside.
 */
export function onCadenceWeek(date: string, schedule: Pick<ShowSchedule, "weekOfMonth" | "weeksApart">, anchor: string | null = null): boolean {
  if (isFortnightly(schedule)) {
    const days = anchor === null ? null : daysBetween(anchor, date);
    // Weeks counted from the anchor's week: a date a day off its weekday is in that week.
    return days === null || Math.floor((days + 3) / 7) % 2 === 0;
  }
  const week = schedule.weekOfMonth;
  const place = week === undefined ? null : placeInMonth(date);
  if (week === undefined || place === null) return true;
  return week === -1 ? place.last : place.nth === week;
}

/** True when the show airs on `date`: its weekday, and for a monthly show its week of the month. */
export function onCadence(date: string, schedule: Pick<ShowSchedule, "weekday" | "weekOfMonth" | "weeksApart">, anchor: string | null = null): boolean {
  return weekdayOf(date) === schedule.weekday && onCadenceWeek(date, schedule, anchor);
}

/** "Fridays", "every other Tuesday", or "the first Tuesday of the month". */
export function cadenceText(schedule: Pick<ShowSchedule, "weekday" | "weekOfMonth" | "weeksApart">): string {
  const day = WEEKDAYS[schedule.weekday] ?? "";
  if (isFortnightly(schedule)) return `every other ${day}`;
  return schedule.weekOfMonth === undefined ? `${day}s` : `the ${ordinal(schedule.weekOfMonth)} ${day} of the month`;
}

/** How `date` stands in a monthly show's month: "the second Tuesday". */
export function placeText(date: string): string {
  const place = placeInMonth(date) ?? { nth: 1, last: false };
  const day = WEEKDAYS[weekdayOf(date) ?? 0] ?? "";
  return place.nth === 5 ? `the fifth ${day}` : `the ${ORDINALS[place.nth as 1 | 2 | 3 | 4]} ${day}`;
}

/** What the new-episode form's date is prefilled with, in the form's words. */
export function nextSlotText(schedule: Pick<ShowSchedule, "weekday" | "weekOfMonth" | "weeksApart">): string {
  const day = WEEKDAYS[schedule.weekday] ?? "";
  if (schedule.weekOfMonth !== undefined) return `Prefilled with the next free ${ordinal(schedule.weekOfMonth)} ${day} of the month.`;
  if (isFortnightly(schedule)) return `Prefilled with the next free ${day} two weeks on from the latest dated episode (every other week).`;
  return `Prefilled with the next free ${day}.`;
}
