// When the next episode of a weekly show starts, given the show's weekday and wall-clock
// time in its home zone. The caller passes `now`, so this stays pure and testable.

import { addMinutes } from "date-fns";
import { addDays, isWeekday, nextWeekdayOnOrAfter } from "./calendar-date";
import { timeError, zonedToInstant, type TimeError } from "./zoned-to-instant";
import { wallReading } from "./zone-clock";

export interface Slot {
  ok: true;
  start: Date;
  end: Date;
  /** The show's date in its own zone, 'YYYY-MM-DD': what an episode note is named after. */
  date: string;
}

export type SlotResult = Slot | TimeError;

/**
 * The next start at or after `now` of a show held every `weekday` (0 = Sunday) at `time`
 * ('HH:mm') in `timeZone`, with `end` = start + `durationMinutes` (default 60).
 *
 * A slot that started before `now` is over for this purpose, even while the show is
 * still running: the answer is then next week's. Each week's start is converted on its
 * own date, so it follows daylight-saving changes (13:00 Europe/Berlin is 12:00 UTC in
 * winter and 11:00 UTC in summer); a time in a spring-forward gap moves forward as in
 * zonedToInstant.
 */
export function nextSlot(now: Date, weekday: number, time: string, timeZone: string, durationMinutes = 60): SlotResult {
  if (!isWeekday(weekday)) return timeError("invalid-weekday", `${String(weekday)} is not a weekday number (0 = Sunday … 6 = Saturday).`);
  if (!Number.isFinite(durationMinutes) || durationMinutes < 0) return timeError("invalid-duration", `${String(durationMinutes)} is not a duration in minutes.`);
  const today = wallReading(now, timeZone);
  if (!today) {
    return Number.isNaN(now.getTime())
      ? timeError("invalid-instant", "The current time is not a valid date.")
      : timeError("invalid-time-zone", `"${String(timeZone)}" is not a time zone this device knows (use an IANA name such as Europe/Berlin).`);
  }
  let date = nextWeekdayOnOrAfter(today.date, weekday);
  // Two tries: this week's slot, then next week's if this one already began.
  for (let attempt = 0; attempt < 2 && date !== null; attempt += 1) {
    const start = zonedToInstant(date, time, timeZone);
    if (!start.ok) return start;
    if (start.instant.getTime() >= now.getTime()) {
      return { ok: true, start: start.instant, end: addMinutes(start.instant, durationMinutes), date };
    }
    date = addDays(date, 7);
  }
  return timeError("invalid-instant", "The next slot falls outside the years 0001–9999.");
}
