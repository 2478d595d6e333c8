// Reads the wall clock of an instant in an IANA zone through Intl, the only source of
// zone rules that ships with every Obsidian platform (desktop and mobile WebViews).
// Nothing here looks at the process time zone: only Date.UTC and getUTC* are used.

import { formatDateParts, mod, pad, utcMillis } from "./calendar-date";

/** The wall clock of an instant in a zone. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Zone offset from UTC in minutes, east positive (CEST = 120). May carry seconds as a fraction for old local mean times. */
  offsetMinutes: number;
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:mm' */
  time: string;
}

// Building a DateTimeFormat costs far more than using one, and a show page formats
// many instants in the same few zones.
const clockFormats = new Map<string, Intl.DateTimeFormat>();

function clockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
    clockFormats.set(timeZone, format);
  }
  return format;
}

/**
 * True when Intl knows the zone. Intl also accepts case variants ('utc') and legacy
 * links ('Asia/Calcutta', 'EST5EDT'); they work everywhere in this module.
 */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== "string" || timeZone.trim() === "") return false;
  try {
    clockFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

// A snippet formats the same few instants in the same few zones many times over, and
// formatToParts is the slow part: remember the latest answers (the objects are frozen).
const recent = new Map<string, WallClock | null>();
const RECENT_LIMIT = 512;

/** The wall clock of `instant` in `timeZone`, or null for an invalid instant or zone. */
export function wallClock(instant: Date, timeZone: string): WallClock | null {
  const key = `${instant.getTime()}|${timeZone}`;
  if (recent.has(key)) return recent.get(key) ?? null;
  const clock = computeWallClock(instant, timeZone);
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(key, clock ? Object.freeze(clock) : null);
  return clock;
}

function computeWallClock(instant: Date, timeZone: string): WallClock | null {
  const time = instant.getTime();
  if (Number.isNaN(time) || !isValidTimeZone(timeZone)) return null;
  const fields: Record<string, number> = {};
  for (const part of clockFormat(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  const year = fields.year ?? NaN;
  const month = fields.month ?? NaN;
  const day = fields.day ?? NaN;
  // Some engines wrote midnight as 24 even with h23; it is the same instant as 00.
  const hour = (fields.hour ?? NaN) % 24;
  const minute = fields.minute ?? NaN;
  const second = fields.second ?? NaN;
  // Intl drops milliseconds, so compare against the instant truncated to its second.
  const wholeSecond = time - mod(time, 1000);
  const offsetMinutes = (utcMillis(year, month, day, hour, minute, second) - wholeSecond) / 60_000;
  // Before year 1 Intl writes 1 BC as year 1 (the era is not asked for); an offset
  // beyond a day (or NaN) is the sign that the fields cannot be trusted.
  if (!(Math.abs(offsetMinutes) < 1440) || year < 1) return null;
  const weekday = new Date(utcMillis(year, month, day)).getUTCDay();
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    weekday,
    offsetMinutes,
    date: formatDateParts({ year, month, day }),
    time: `${pad(hour, 2)}:${pad(minute, 2)}`,
  };
}

/** Offset of `timeZone` from UTC at `instant` in minutes (east positive), or null. */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number | null {
  return wallClock(instant, timeZone)?.offsetMinutes ?? null;
}
