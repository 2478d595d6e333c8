// The UTC form of DATE-TIME (RFC 5545 §3.3.5 FORM #2), also what Google Calendar links use.

/**
 * `instant` as 'YYYYMMDDTHHMMSSZ' (milliseconds dropped). Throws RangeError for an
 * invalid Date or a year outside 0001–9999: instants reach the calendar writers from
 * zonedToInstant, so a bad one is a programming error, not user input.
 */
export function utcStamp(instant: Date): string {
  const time = instant.getTime();
  const year = instant.getUTCFullYear();
  if (Number.isNaN(time) || year < 1 || year > 9999) throw new RangeError("Calendar times must be valid dates in the years 0001–9999.");
  const two = (n: number): string => String(n).padStart(2, "0");
  return (
    String(year).padStart(4, "0") +
    two(instant.getUTCMonth() + 1) +
    two(instant.getUTCDate()) +
    "T" +
    two(instant.getUTCHours()) +
    two(instant.getUTCMinutes()) +
    two(instant.getUTCSeconds()) +
    "Z"
  );
}
