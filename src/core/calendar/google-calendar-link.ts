// An "add to Google Calendar" link: opens Google's new-event form filled in, for guests
// who would rather click than import a file.

import { cleanText } from "./ics-text";
import { utcStamp } from "./utc-stamp";
import { wholeCharactersWithin } from "./whole-characters";

export interface GoogleCalendarEvent {
  start: Date;
  end: Date;
  title: string;
  details?: string;
  location?: string;
  /** Put after a value cut to fit the link; "… (shortened)" unless given (the snippet's language). */
  shortened?: string;
}

/**
 * The longest link this writes, in characters (the link is ASCII, so also bytes). Google's
 * servers answer a request line of more than about 8 KB with an error, and some proxies
 * and browsers stop at 8,192 bytes; below that, with room for the Markdown link around it.
 */
export const GOOGLE_LINK_LIMIT = 8000;

const BASE = "https://calendar.google.com/calendar/render?";
const SHORTENED = "… (shortened)";

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
 *
 * The whole link is at most GOOGLE_LINK_LIMIT characters. What does not fit is cut, the
 * details first, then the location, then the title (the least needed to find the event
 * goes first), each at a whole character (never inside an emoji or a percent escape) and
 * followed by `shortened`, so the guest sees that the text goes on. A value with no room
 * even for that is left out; the title and dates always fit.
 * Throws RangeError for an invalid date, as utcStamp.
 */
export function googleCalendarLink(event: GoogleCalendarEvent): string {
  const marker = cleanText(event.shortened ?? SHORTENED);
  const title = cleanText(event.title);
  const details = cleanText(event.details ?? "");
  const location = cleanText(event.location ?? "");
  // The slash between the two times stays as is: it is legal in a query (RFC 3986 §3.4).
  const dates = `dates=${utcStamp(event.start)}/${utcStamp(event.end)}`;
  const full = { text: encode(title), details: encode(details), location: encode(location) };
  const length = (parts: { text: string; details: string; location: string }): number => link(parts, dates).length;
  if (length(full) <= GOOGLE_LINK_LIMIT) return link(full, dates);
  // Each value in turn gets what the others leave, as they would be with it left out.
  const fitted = { ...full };
  for (const [name, value] of [["details", details], ["location", location], ["text", title]] as const) {
    const over = length(fitted) - GOOGLE_LINK_LIMIT;
    if (over <= 0) break;
    // Cut to "", a value's "&name=" goes too, which only leaves more room.
    fitted[name] = cut(value, fitted[name].length - over, marker);
  }
  return link(fitted, dates);
}

function link(parts: { text: string; details: string; location: string }, dates: string): string {
  const query = ["action=TEMPLATE", `text=${parts.text}`, dates];
  if (parts.details) query.push(`details=${parts.details}`);
  if (parts.location) query.push(`location=${parts.location}`);
  return BASE + query.join("&");
}

/** `value` encoded in at most `room` characters: cut at a whole character and followed by `marker`, or "" when not even the marker fits. */
function cut(value: string, room: number, marker: string): string {
  const end = encode(marker);
  if (room < end.length) return "";
  return encode(wholeCharactersWithin(value, room - end.length, (character) => encode(character).length)) + end;
}

/** `value` (cleaned already) as encodeURIComponent gives it, and ! ' ( ) * too. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
