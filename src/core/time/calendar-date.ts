// Plain calendar dates written 'YYYY-MM-DD', with no time zone attached: an episode's
// date in a note means the same day wherever the reader is. The arithmetic runs on
// day numbers from Date.UTC so the process time zone can never shift a date.

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date split into numbers (month 1–12). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * Milliseconds since the epoch for a UTC wall clock (fields may overflow, as in
 * Date.UTC). The date goes through setUTCFullYear because Date.UTC maps years 0–99
 * to 1900–1999.
 */
export function utcMillis(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() + ((hour * 60 + minute) * 60 + second) * 1000;
}

/** The parts of a valid 'YYYY-MM-DD' date (years 0001–9999), or null. */
export function parseDate(text: string): DateParts | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(utcMillis(year, month + 1, 0)).getUTCDate();
  return day <= lastDay ? { year, month, day } : null;
}

/** True for a real date written exactly 'YYYY-MM-DD' (2024-02-29 yes, 2023-02-29 no). */
export function isValidDate(text: string): boolean {
  return parseDate(text) !== null;
}

/** Writes parts as 'YYYY-MM-DD'. */
export function formatDateParts(parts: DateParts): string {
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

/** Days since 1970-01-01 for a valid date, or null. */
function dayNumber(text: string): number | null {
  const parts = parseDate(text);
  return parts ? Math.round(utcMillis(parts.year, parts.month, parts.day) / DAY_MS) : null;
}

function fromDayNumber(days: number): string | null {
  const date = new Date(days * DAY_MS);
  const year = date.getUTCFullYear();
  // Written as a positive range test so NaN from an out-of-range Date fails it too.
  if (!(year >= 1 && year <= 9999)) return null;
  return formatDateParts({ year, month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** The date `days` later (earlier when negative), or null for an invalid date or a result outside 0001–9999. */
export function addDays(date: string, days: number): string | null {
  const start = dayNumber(date);
  if (start === null || !Number.isInteger(days)) return null;
  return fromDayNumber(start + days);
}

/** Calendar days from `from` to `to`: positive when `to` is later, 0 for the same day, null if either is invalid. */
export function daysBetween(from: string, to: string): number | null {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? null : b - a;
}

/** Day of the week, 0 = Sunday … 6 = Saturday (as Date#getDay), or null for an invalid date. */
export function weekdayOf(date: string): number | null {
  const days = dayNumber(date);
  // 1970-01-01 was a Thursday (4).
  return days === null ? null : mod(days + 4, 7);
}

/** The first date on or after `date` that falls on `weekday` (0 = Sunday), or null for invalid input. */
export function nextWeekdayOnOrAfter(date: string, weekday: number): string | null {
  const current = weekdayOf(date);
  if (current === null || !isWeekday(weekday)) return null;
  return addDays(date, mod(weekday - current, 7));
}

/** True for an integer 0–6. */
export function isWeekday(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 6;
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** Remainder that is never negative, for counting around a week or a day. */
export function mod(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}
