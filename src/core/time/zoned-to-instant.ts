// Turns a wall-clock date and time in an IANA zone into an instant, exactly, on the
// days clocks change. This is the step that decides when an episode actually starts.

import { parseDate, utcMillis } from "./calendar-date";
import { parseTime } from "./wall-time";
import { isValidTimeZone, zoneOffsetMinutes } from "./zone-clock";

export type TimeErrorCode = "invalid-date" | "invalid-time" | "invalid-time-zone" | "invalid-instant" | "invalid-weekday" | "invalid-duration";

/** What went wrong with user input: a code for the program and an English sentence for people. */
export interface TimeError {
  ok: false;
  error: TimeErrorCode;
  message: string;
}

export type InstantResult = { ok: true; instant: Date } | TimeError;

export function timeError(error: TimeErrorCode, message: string): TimeError {
  return { ok: false, error, message };
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * The instant when the wall clock in `timeZone` reads `date` ('YYYY-MM-DD') `time` ('HH:mm').
 *
 * - Spring-forward gap (e.g. 02:30 on 2024-03-31 in Europe/Berlin, which never happens):
 *   the time is read with the offset in force before the gap, so it moves forward by the
 *   gap's length (02:30 → 03:30 CEST). This is the rule RFC 5545 §3.3.5 sets for calendar
 *   data, and Temporal's default ('compatible') disambiguation.
 * - Fall-back overlap (e.g. 02:30 on 2024-10-27 in Europe/Berlin, which happens twice):
 *   the first occurrence (02:30 CEST = 00:30 UTC), again as RFC 5545 and Temporal.
 * - Bad input gives `{ ok: false, error, message }` instead of throwing.
 *
 * The process time zone plays no part.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): InstantResult {
  const day = parseDate(date);
  if (!day) return timeError("invalid-date", `"${String(date)}" is not a date written YYYY-MM-DD.`);
  const clock = parseTime(time);
  if (!clock) return timeError("invalid-time", `"${String(time)}" is not a time written HH:mm (00:00–23:59).`);
  if (!isValidTimeZone(timeZone)) return timeError("invalid-time-zone", `"${String(timeZone)}" is not a time zone this device knows (use an IANA name such as Europe/Berlin).`);

  // The wall clock read as if it were UTC; the answer is this minus the zone's offset.
  const wall = utcMillis(day.year, day.month, day.day, clock.hour, clock.minute);
  // A day either side lies outside any transition near this wall time, so these are the
  // offsets in force before and after it (equal on ordinary days). At the ends of years
  // 0001–9999 a probe can fall outside what wallClock reads; the wall time's own
  // neighbourhood stands in.
  const here = offsetMs(wall, timeZone);
  const before = offsetMs(wall - DAY_MS, timeZone) ?? here;
  const after = offsetMs(wall + DAY_MS, timeZone) ?? here;
  if (before === null || after === null) return timeError("invalid-date", `${date} ${time} is outside the range this device can convert.`);

  const early = wall - before;
  const late = wall - after;
  const earlyFits = offsetMs(new Date(early), timeZone) === before;
  const lateFits = offsetMs(new Date(late), timeZone) === after;
  let instant: number;
  if (earlyFits && lateFits) instant = Math.min(early, late); // overlap: first occurrence
  else if (earlyFits) instant = early;
  else if (lateFits) instant = late;
  else instant = early; // gap: the offset before the gap pushes the time forward
  return { ok: true, instant: new Date(instant) };
}

function offsetMs(at: Date | number, timeZone: string): number | null {
  const minutes = zoneOffsetMinutes(typeof at === "number" ? new Date(at) : at, timeZone);
  return minutes === null ? null : Math.round(minutes * MINUTE_MS);
}
