// The UTC form of DATE-TIME (RFC 5545 §3.3.5 FORM #2), also what Google Calendar links use.

import { tz } from "@date-fns/tz";
import { format } from "date-fns";

const inUtc = tz("UTC");

/**
 * `instant` as 'YYYYMMDDTHHMMSSZ' (milliseconds dropped). Throws RangeError for an
 * invalid Date or a year outside 0001–9999: instants reach the calendar writers from
 * zonedToInstant, so a bad one is a programming error, not user input.
 */
export function utcStamp(instant: Date): string {
  const year = instant.getUTCFullYear();
  // Written as a positive range test so an invalid Date (NaN) fails it too.
  if (!(year >= 1 && year <= 9999)) throw new RangeError("Calendar times must be valid dates in the years 0001–9999.");
  return format(instant, "yyyyMMdd'T'HHmmss'Z'", { in: inUtc });
}
