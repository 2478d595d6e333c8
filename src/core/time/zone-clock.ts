// Wall clocks in IANA zones through @date-fns/tz: with `{ in: tz(zone) }` every date-fns
// function reads (and writes) that zone's wall clock, through a TZDate. Which zones exist
// is Intl's answer, the source of zone rules on every Obsidian platform.

import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { Recent } from "./recent";

const knownZones = new Map<string, boolean>();

/**
 * True when an argument is written as an IANA zone name rather than a date format: an area,
 * a slash, more (`Europe/Berlin`, `America/Argentina/Salta`, `US/Pacific`). No date format
 * starts so (`DD/MM/YYYY` does not), so a misspelled zone (`Europe/Belrin`) is a zone this
 * device does not know, never date tokens ("Sunurope/Belrin").
 */
export function writtenAsZone(text: string): boolean {
  return ZONE_SHAPE.test(text);
}

const ZONE_SHAPE = /^(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc|US|Canada|Brazil|Chile|Mexico)\//i;

/**
 * True when Intl knows the zone. Intl also accepts case variants ('utc') and legacy
 * links ('Asia/Calcutta', 'EST5EDT'); they work everywhere in this module. TZDate
 * would also take a bare offset ('+01:00'), which is not a zone a show can be in.
 */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== "string" || timeZone.trim() === "") return false;
  // Building a DateTimeFormat to test a name costs tens of microseconds: ask once per name.
  let known = knownZones.get(timeZone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone });
      known = true;
    } catch {
      known = false;
    }
    // Names typed into the settings are remembered too; a bound keeps that small.
    if (knownZones.size >= 1000) knownZones.clear();
    knownZones.set(timeZone, known);
  }
  return known;
}

// Date's range is ±8.64e15 ms; a wall clock is less than a day from UTC, so the wall
// clock of an instant inside this bound is a Date too.
const READABLE_MS = 8.64e15 - 86_400_000;

/** True for a valid Date whose wall clock in any zone is a valid Date too. */
export function isReadableInstant(instant: Date): boolean {
  return instant instanceof Date && Math.abs(instant.getTime()) <= READABLE_MS;
}

/** A date-fns `in` option: the function turns any date into a TZDate of its zone. */
export type ZoneContext = ReturnType<typeof tz>;

/** date-fns's `in` option for `timeZone`, or null for a zone Intl does not know. */
export function inZone(timeZone: string): ZoneContext | null {
  return isValidTimeZone(timeZone) ? tz(timeZone) : null;
}

/** What a wall clock shows: 'YYYY-MM-DD' and 'HH:mm'. */
export interface WallReading {
  readonly date: string;
  readonly time: string;
}

const readings = new Recent<WallReading | null>(512);

/** The date and time the wall clock shows at `instant` in `timeZone`, or null for an invalid instant or zone. */
export function wallReading(instant: Date, timeZone: string): WallReading | null {
  return readings.get(`${instant.getTime()}|${timeZone}`, () => {
    const zone = inZone(timeZone);
    if (!zone || !isReadableInstant(instant)) return null;
    const [date = "", time = ""] = format(instant, "yyyy-MM-dd HH:mm", { in: zone }).split(" ");
    return Object.freeze({ date, time });
  });
}
