// Dates as notes write them. The calendar arithmetic itself lives in time/calendar-date.ts.
import { parseISO } from "date-fns";
import { isValidDate } from "../time/calendar-date";
import { wallReading, type WallReading } from "../time/zone-clock";
import { readUtcOffset } from "../time/utc-offset";

/** `YYYY-MM-DD` for real year/month/day numbers, or null (2023-02-29 is not a date). */
export function toIsoDate(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return year >= 1000 && isValidDate(text) ? text : null;
}

/**
 * A date and optional time from a frontmatter `date` value: `2024-01-05`,
 * `2024-01-05T13:00`, `2024-01-05 13:00:00`, `2024-01-05T13:00:00Z` (the time is
 * taken as written; a zone suffix is kept for the caller to honour, and one outside
 * -12:00 to +14:00 makes the value no date).
 */
export function parseDateValue(text: string): { date: string; time: string | null; zone: string | null } | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
  if (!m) return null;
  const date = toIsoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!date) return null;
  if (m[4] === undefined) return { date, time: null, zone: null };
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (hour > 23 || minute > 59) return null;
  // An offset no zone has (`+99:59`) is no date: date-fns would read it as a time four days away.
  if (m[7] !== undefined && !readUtcOffset(m[7]).ok) return null;
  return { date, time: `${String(hour).padStart(2, "0")}:${m[5] ?? "00"}`, zone: m[7] ?? null };
}

/**
 * A `date:` that names its zone (`2026-03-04T18:00:00Z`, `+01:00`, `+0100`) names an
 * instant: its date and time on the wall clock of `timeZone` (the show's), or null when
 * the value names no zone or `timeZone` is no zone. date-fns reads the offset.
 */
export function dateValueIn(parsed: { date: string; time: string | null; zone: string | null }, timeZone: string): WallReading | null {
  if (parsed.zone === null || parsed.time === null) return null;
  const instant = parseISO(`${parsed.date}T${parsed.time}${parsed.zone}`);
  return Number.isNaN(instant.getTime()) ? null : wallReading(instant, timeZone);
}

/**
 * A time of day as `HH:MM`: `13:00`, `9:05`, or on the 12-hour clock as hosts type it,
 * `6pm`, `6:30 PM`, `6 p.m.`. Not `13.00`, `noon`, `25:00` or a bare `18`: null.
 */
export function parseClockTime(text: string): string | null {
  const m = /^(\d{1,2})(?::(\d{2}))?\s*(?:([ap])\.?m\.?)?$/i.exec(text.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const half = m[3]?.toLowerCase();
  if (minute > 59) return null;
  if (half === undefined) {
    // A bare number ("18") is no time: it may be a duration or a day.
    if (m[2] === undefined || hour > 23) return null;
  } else {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === "p" ? 12 : 0);
  }
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/** The calendar date at `now` in an IANA zone (UTC when the zone is unknown). */
export function todayIn(now: Date, timeZone: string): string {
  return (wallReading(now, timeZone) ?? wallReading(now, "UTC"))?.date ?? "1970-01-01";
}
