// The show's start in a guest's own time zone, for the texts sent to them: "Friday 5
// December, 14:00 your time (Europe/Belgrade)". Computed for the episode's instant, so
// daylight saving is exact on the day of the show, and the weekday is the guest's (a
// show on Thursday evening in New York is Friday morning in Sydney).
import { formatDate } from "../time/format-date";
import { isValidTimeZone, isReadableInstant } from "../time/zone-clock";

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
