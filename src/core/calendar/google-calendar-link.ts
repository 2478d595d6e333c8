// An "add to Google Calendar" link: opens Google's new-event form filled in, for guests
// who would rather click than import a file.

import { cleanText } from "./ics-text";
import { utcStamp } from "./utc-stamp";

export interface GoogleCalendarEvent {
  start: Date;
  end: Date;
  title: string;
  details?: string;
  location?: string;
}

/**
 * https://calendar.google.com/calendar/render?action=TEMPLATE&text=…&dates=START/END&details=…&location=…
 * Times in UTC ('YYYYMMDDTHHMMSSZ'), so Google shows them in the viewer's own zone.
 * Values are percent-encoded with encodeURIComponent (space as %20, which every parser
 * reads, where + is only read as a space by form decoders), and so are the ! ' ( ) *
 * it leaves alone: a ")" in a guest's name ended the Markdown link the snippet puts
 * this URL in. Each value is first cleaned as the .ics cleans its text (cleanText: line
 * breaks as LF, control characters such as NUL dropped, lone surrogates as U+FFFD, which
 * encodeURIComponent would throw on), so the link and the file carry the same event text.
 * Details and location empty once cleaned are left out.
 * Throws RangeError for an invalid date, as utcStamp.
 */
export function googleCalendarLink(event: GoogleCalendarEvent): string {
  // The slash between the two times stays as is: it is legal in a query (RFC 3986 §3.4).
  const query = ["action=TEMPLATE", `text=${encode(cleanText(event.title))}`, `dates=${utcStamp(event.start)}/${utcStamp(event.end)}`];
  const details = cleanText(event.details ?? "");
  const location = cleanText(event.location ?? "");
  if (details) query.push(`details=${encode(details)}`);
  if (location) query.push(`location=${encode(location)}`);
  return `https://calendar.google.com/calendar/render?${query.join("&")}`;
}

/** `value` (cleaned already) as encodeURIComponent gives it, and ! ' ( ) * too. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
