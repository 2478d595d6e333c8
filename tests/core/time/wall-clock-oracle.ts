// The wall clock of an instant in a zone as @date-fns/tz reads it: what the tests check
// zonedToInstant and nextSlot against (neither reads instants through a TZDate).
import { TZDate, tzOffset } from "@date-fns/tz";
import { format, getDay } from "date-fns";

export interface Wall {
  date: string;
  time: string;
  weekday: number;
}

export function wallClock(instant: Date, zone: string): Wall | null {
  const zoned = new TZDate(instant.getTime(), zone);
  if (Number.isNaN(zoned.getTime()) || Number.isNaN(zoned.getFullYear())) return null;
  return { date: format(zoned, "yyyy-MM-dd"), time: format(zoned, "HH:mm"), weekday: getDay(zoned) };
}

/** The zone's offset at `instant` in minutes, east positive (CEST = 120). */
export function offsetMinutes(instant: Date, zone: string): number {
  return tzOffset(zone, instant);
}
