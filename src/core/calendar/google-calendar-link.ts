// An "add to Google Calendar" link: opens Google's new-event form filled in, for guests
// who would rather click than import a file.

import { toWellFormed } from "./unicode";
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
 * this URL in. Lone surrogates become U+FFFD first, since encodeURIComponent throws on
 * them. Empty details and location are left out.
 * Throws RangeError for an invalid date, as utcStamp.
 */
export function googleCalendarLink(event: GoogleCalendarEvent): string {
  // The slash between the two times stays as is: it is legal in a query (RFC 3986 §3.4).
  const query = ["action=TEMPLATE", `text=${encode(event.title)}`, `dates=${utcStamp(event.start)}/${utcStamp(event.end)}`];
  if (event.details) query.push(`details=${encode(event.details)}`);
  if (event.location) query.push(`location=${encode(event.location)}`);
  return `https://calendar.google.com/calendar/render?${query.join("&")}`;
}

function encode(value: string): string {
  return encodeURIComponent(toWellFormed(value)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
