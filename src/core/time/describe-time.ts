// One line that tells guests and viewers when the show starts in their own time,
// such as the seed checklist's "13:00 UTC (15:00 CEST)".

import { daysBetween } from "./calendar-date";
import { zoneAbbreviation } from "./zone-abbreviation";
import { isValidTimeZone, wallReading } from "./zone-clock";

/**
 * "13:00 UTC (15:00 CEST, 06:00 PDT)": the start in the primary zone, then in each other
 * zone (display zones in order, the guest's last), 24-hour clock, with abbreviations from
 * zoneAbbreviation.
 *
 * - A zone whose wall clock reads the same as the primary's is left out (London in
 *   winter next to UTC), and so is one that would repeat an entry already written
 *   (Paris after Berlin).
 * - A zone whose calendar day differs from the primary's gets " +1 day" or " -1 day":
 *   "19:00 UTC (00:30 IST +1 day)". Relative to the primary, so it reads right whatever
 *   the weekday of the show.
 * - Never throws: an invalid primary zone falls back to UTC and invalid other zones are
 *   skipped. Each time carries its own zone name, so the line stays true, only shorter.
 *   An invalid instant gives "".
 */
export function describeTime(instant: Date, primaryZone: string, displayZones: readonly string[], guestZone?: string): string {
  const primary = isValidTimeZone(primaryZone) ? primaryZone : "UTC";
  const home = wallReading(instant, primary);
  if (!home) return "";
  const head = `${home.time} ${zoneAbbreviation(instant, primary)}`;
  const others: string[] = [];
  const zones = guestZone === undefined ? displayZones : [...displayZones, guestZone];
  for (const zone of zones) {
    const there = wallReading(instant, zone);
    if (!there || (there.date === home.date && there.time === home.time)) continue;
    // Counted between the two wall dates: date-fns would compare both in one zone.
    const shift = daysBetween(home.date, there.date) ?? 0;
    const marker = shift === 0 ? "" : ` ${shift > 0 ? "+" : "-"}${Math.abs(shift)} day`;
    const entry = `${there.time} ${zoneAbbreviation(instant, zone)}${marker}`;
    if (entry !== head && !others.includes(entry)) others.push(entry);
  }
  return others.length === 0 ? head : `${head} (${others.join(", ")})`;
}

