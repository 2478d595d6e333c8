// Plain calendar dates written 'YYYY-MM-DD', with no time zone attached: an episode's
// date in a note means the same day wherever the reader is. date-fns does the calendar
// work on its own model, a Date at local midnight, where addDays and
// differenceInCalendarDays count calendar days across daylight-saving changes. (Its
// zone-proof alternative, `in: tz("UTC")`, is exact too but about 20 times slower, and
// the sidebar counts days for every episode on each redraw.) The one day this model
// cannot hold is one the device's own zone skipped entirely (Samoa's 2011-12-30).

import { addDays as addCalendarDays, differenceInCalendarDays, format, getDate, getDay, getDaysInMonth, isValid, nextDay, parseISO, type Day } from "date-fns";
import { Recent } from "./recent";

// parseISO also reads week dates, ordinal dates and times: only this shape is a date here.
const DATE_SHAPE = /^(?!0000)\d{4}-\d{2}-\d{2}$/;

/** The local-midnight Date of a real 'YYYY-MM-DD' date (years 0001–9999), or null. */
export function toDay(text: string): Date | null {
  if (typeof text !== "string" || !DATE_SHAPE.test(text)) return null;
  const day = parseISO(text);
  return isValid(day) ? day : null;
}

// The reader checks every dated note, and the sidebar counts days from the same "today"
// to every episode on each redraw. Answers are kept, never Dates: a local midnight
// moves if the device changes zone.
const validity = new Recent<boolean>(4000);
const spans = new Recent<number | null>(4000);

/** 'YYYY-MM-DD' for a day in the years 0001–9999, or null outside them. */
export function dayText(day: Date): string | null {
  // Written as a positive range test so an invalid Date (NaN) fails it too.
  const year = day.getFullYear();
  return year >= 1 && year <= 9999 ? format(day, "yyyy-MM-dd") : null;
}

/** True for a real date written exactly 'YYYY-MM-DD' (2024-02-29 yes, 2023-02-29 no). */
export function isValidDate(text: string): boolean {
  return typeof text === "string" && DATE_SHAPE.test(text) && validity.get(text, () => toDay(text) !== null);
}

/** The date `days` later (earlier when negative), or null for an invalid date or a result outside 0001–9999. */
export function addDays(date: string, days: number): string | null {
  const day = toDay(date);
  return day && Number.isInteger(days) ? dayText(addCalendarDays(day, days)) : null;
}

/** Calendar days from `from` to `to`: positive when `to` is later, 0 for the same day, null if either is invalid. */
export function daysBetween(from: string, to: string): number | null {
  if (!isValidDate(from) || !isValidDate(to)) return null;
  // Both are ten-character dates here, so the key is unambiguous.
  return spans.get(`${from}${to}`, () => {
    const start = toDay(from);
    const end = toDay(to);
    return start && end ? differenceInCalendarDays(end, start) : null;
  });
}

/** Day of the week, 0 = Sunday … 6 = Saturday (as Date#getDay), or null for an invalid date. */
export function weekdayOf(date: string): number | null {
  const day = toDay(date);
  return day ? getDay(day) : null;
}

/** The first date on or after `date` that falls on `weekday` (0 = Sunday), or null for invalid input. */
export function nextWeekdayOnOrAfter(date: string, weekday: number): string | null {
  const day = toDay(date);
  if (!day || !isWeekday(weekday)) return null;
  // date-fns's nextDay is strictly after, so the day itself is checked first.
  return getDay(day) === weekday ? date : dayText(nextDay(day, weekday));
}

/** True for an integer 0–6. */
export function isWeekday(value: number): value is Day {
  return Number.isInteger(value) && value >= 0 && value <= 6;
}

/** The day of the month of a real 'YYYY-MM-DD' date and how many days its month has, or null. */
export function dayInMonth(date: string): { day: number; days: number } | null {
  const day = toDay(date);
  return day ? { day: getDate(day), days: getDaysInMonth(day) } : null;
}
