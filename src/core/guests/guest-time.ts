// The show's start in a guest's own time zone, for the texts sent to them: "Friday 5
// December, 14:00 your time (Europe/Belgrade)". Computed for the episode's instant, so
// daylight saving is exact on the day of the show, and the weekday is the guest's (a
// show on Thursday evening in New York is Friday morning in Sydney).
import { formatDate } from "../time/format-date";
import { daysBetween } from "../time/calendar-date";
import { zoneAbbreviation } from "../time/zone-abbreviation";
import { isValidTimeZone, isReadableInstant, wallReading } from "../time/zone-clock";
import { joinNames } from "../new-episode/naming";

/** "Friday 5 December, 14:00 your time (Europe/Belgrade)"; "" for an unknown zone or instant. */
export function guestLocalTime(start: Date, zone: string, locale = "en"): string {
  if (!isValidTimeZone(zone) || !isReadableInstant(start)) return "";
  return `${formatDate(start, zone, "EEEE d MMMM", locale)}, ${formatDate(start, zone, "HH:mm", locale)} your time (${zone})`;
}

export interface ZonedGuest {
  name: string;
  zone: string | null;
}

/**
 * One line per guest whose zone is known, each in their own zone:
 * "- Nikola Grcevski: Friday 5 December, 14:00 your time (Europe/Belgrade)". Guests
 * without a zone are left out (the show's time, next to it, is theirs to convert).
 */
export function guestTimeLines(start: Date, guests: readonly ZonedGuest[], locale = "en"): string {
  const lines: string[] = [];
  for (const guest of guests) {
    const text = guest.zone === null ? "" : guestLocalTime(start, guest.zone, locale);
    if (text !== "") lines.push(`- ${guest.name}: ${text}`);
  }
  return lines.join("\n");
}

/**
 * For the host, the start in each guest's zone, guests of one zone together: "10:00 CDT
 * for Ann Lee", "00:30 AEDT +1 day for Bo and Cy". A zone that reads like the show's (the
 * guest lives there) and guests without a zone are left out: the show's time is theirs.
 * The reschedule form shows these, so a move across a daylight-saving change that the
 * guest's country makes on another day shows the hour the guest must be told.
 */
export function guestZoneEntries(start: Date, showZone: string, guests: readonly ZonedGuest[]): string[] {
  const home = wallReading(start, showZone);
  if (!home) return [];
  const byZone = new Map<string, string[]>();
  for (const guest of guests) {
    if (guest.zone === null || !isValidTimeZone(guest.zone)) continue;
    byZone.set(guest.zone, [...(byZone.get(guest.zone) ?? []), guest.name]);
  }
  const entries: string[] = [];
  for (const [zone, names] of byZone) {
    const there = wallReading(start, zone);
    if (!there || (there.date === home.date && there.time === home.time)) continue;
    const shift = daysBetween(home.date, there.date) ?? 0;
    const marker = shift === 0 ? "" : ` ${shift > 0 ? "+" : "-"}${Math.abs(shift)} day`;
    entries.push(`${there.time} ${zoneAbbreviation(start, zone)}${marker} for ${joinNames(names)}`);
  }
  return entries;
}
