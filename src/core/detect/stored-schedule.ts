// When the notes' schedule statement agrees with the show as stored, though it is written
// from another zone's side: "Thursdays 15:00 UTC (16:00 Europe/Berlin in winter)" with the
// show stored at 16:00 Europe/Berlin. Detect reads the first time as the show's (15:00
// UTC) and would "correct" the stored zone to UTC: the show an hour late once Berlin
// moves to summer time. The host who stored Berlin chose which clock the show follows;
// the text names that clock at that time, so nothing is corrected. The same for a zone
// abbreviation: "16:00 CET" is Paris's clock as much as Berlin's, the zone Detect guesses
// for it.
import { zonedToInstant } from "../time/zoned-to-instant";

/** A winter and a summer day of both hemispheres (zone-instant.ts reads zone words on the same days). */
const SAMPLE_DAYS = ["2024-01-15", "2024-07-15"];

/** Two zones keep the same clock: the same UTC offset on a winter and a summer day (Europe/Paris and Europe/Berlin, Asia/Calcutta and Asia/Kolkata). */
export function sameClock(a: string, b: string): boolean {
  if (a === b) return true;
  return SAMPLE_DAYS.every((day) => {
    const x = zonedToInstant(day, "12:00", a);
    const y = zonedToInstant(day, "12:00", b);
    return x.ok && y.ok && x.instant.getTime() === y.instant.getTime();
  });
}

export interface Clock {
  time: string;
  timeZone: string;
}

/**
 * Whether the stored time and zone are one of the statement's times: the stored zone is the
 * statement's zone or one written beside it (`beside`, the display zones it gives), or keeps
 * the same clock as one, and the stored time on it is the statement's instant on a winter or
 * a summer day (a time beside another is a conversion, often a season off: "16:00 Berlin
 * in winter" beside 15:00 UTC).
 */
export function storedClockStands(stored: Clock, found: Clock, beside: readonly string[]): boolean {
  if (![found.timeZone, ...beside].some((zone) => sameClock(zone, stored.timeZone))) return false;
  // The same day for both: 16:00 Berlin in winter and 17:00 Berlin in summer are both 15:00 UTC, yet never one show.
  return SAMPLE_DAYS.some((day) => {
    const a = minuteOfDay(day, stored);
    return a !== null && a === minuteOfDay(day, found);
  });
}

/** The UTC minute of the day a clock's time falls on (a time past midnight in UTC is the same show). */
function minuteOfDay(day: string, clock: Clock): number | null {
  const at = zonedToInstant(day, clock.time, clock.timeZone);
  return at.ok ? at.instant.getUTCHours() * 60 + at.instant.getUTCMinutes() : null;
}
