// Turns a wall-clock date and time in an IANA zone into an instant, exactly, on the
// days clocks change. This is the step that decides when an episode actually starts.
//
// The zone's offsets come from @date-fns/tz (tzOffset). TZDate's own constructor is not
// used for this direction: in a fall-back overlap it returns the first or the second
// occurrence depending on the device's zone (date-fns/tz#40; 02:30 on 2024-10-27 in
// Berlin is 00:30Z on a device in Berlin, 01:30Z on one in UTC), it reads years 0–99 as
// 1900–1999 as Date does, and its setters lose the seconds of old local mean times.
// The rule below is the same on every device.

import { tzOffset } from "@date-fns/tz";
import { isValidDate } from "./calendar-date";
import { parseTime } from "./wall-time";
import { isValidTimeZone } from "./zone-clock";

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
  if (!isValidDate(date)) return timeError("invalid-date", `"${String(date)}" is not a date written YYYY-MM-DD.`);
  const clock = parseTime(time);
  if (!clock) return timeError("invalid-time", `"${String(time)}" is not a time written HH:mm (00:00–23:59).`);
  if (!isValidTimeZone(timeZone)) return timeError("invalid-time-zone", `"${String(timeZone)}" is not a time zone this device knows (use an IANA name such as Europe/Berlin).`);

  // The wall clock read as if it were UTC (setUTCFullYear keeps years 0–99); the answer
  // is this minus the zone's offset. The numbers come from the text, not a local Date,
  // so the device's own zone plays no part.
  const [year = NaN, month = NaN, day = NaN] = date.split("-").map(Number);
  const wallDate = new Date(0);
  wallDate.setUTCFullYear(year, month - 1, day);
  wallDate.setUTCHours(clock.hour, clock.minute);
  const wall = wallDate.getTime();
  // A day either side lies outside any transition near this wall time, so these are the
  // offsets in force before and after it (equal on ordinary days). Should a probe have
  // no offset, the wall time's own neighbourhood stands in.
  // (Each offset is an Intl call, so the wall time's own is only asked for when needed.)
  let before = offsetMs(wall - DAY_MS, timeZone);
  let after = offsetMs(wall + DAY_MS, timeZone);
  if (before === null || after === null) {
    const here = offsetMs(wall, timeZone);
    before ??= here;
    after ??= here;
  }
  if (before === null || after === null) return timeError("invalid-date", `${date} ${time} is outside the range this device can convert.`);

  const early = wall - before;
  const late = wall - after;
  const earlyFits = offsetMs(early, timeZone) === before;
  // On an ordinary day both readings are the same instant.
  const lateFits = late === early ? earlyFits : offsetMs(late, timeZone) === after;
  let instant: number;
  if (earlyFits && lateFits) instant = Math.min(early, late); // overlap: first occurrence
  else if (earlyFits) instant = early;
  else if (lateFits) instant = late;
  else instant = early; // gap: the offset before the gap pushes the time forward
  return { ok: true, instant: new Date(instant) };
}

/** The zone's offset at `at` in whole milliseconds (old local mean times carry seconds), or null. */
function offsetMs(at: number, timeZone: string): number | null {
  const minutes = tzOffset(timeZone, new Date(at));
  return Number.isFinite(minutes) ? Math.round(minutes * MINUTE_MS) : null;
}
