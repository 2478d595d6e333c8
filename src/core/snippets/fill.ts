// Filling a snippet. No code ever runs: `{{name}}` is looked up, `{{date:EEEE d MMMM}}`
// formats the show's date, `{{time:Europe/Berlin}}` gives the start in another zone.
// A known placeholder without a value becomes a visible ==[blank]== and is listed as
// missing (the plugin asks for it); an unknown one stays exactly as written and is
// listed as unknown.
import { formatDate } from "../time/format-date";
import { zoneAbbreviation } from "../time/zone-abbreviation";
import { isValidTimeZone, writtenAsZone } from "../time/zone-clock";
import { blank } from "../new-episode/template/episode-values";
import { placeholderLinkRoles, valueForLinkRole } from "../text/link-placeholders";
import { ownValue } from "../records";
import { speaksSpanish } from "./snippet-language";
import { pastedText } from "./pasted-text";

export interface SnippetValues {
  /** By lower-case placeholder name; "" means not known yet. */
  fields: Record<string, string>;
  /**
   * Placeholders that must not be filled now, with the reason (YouTube chapters the
   * video would refuse): a snippet using one is not inserted, the reason is shown.
   */
  refusals?: Record<string, string>;
  start: Date | null;
  timeZone: string;
  locale: string;
}

export interface Filled {
  text: string;
  /** Questions to ask, by field name ("date", "url", "guests", …), each once. */
  missing: string[];
  /** Placeholders nobody knows, as written. */
  unknown: string[];
  /** Why the snippet cannot be used now (see SnippetValues.refusals); empty when it can. */
  refused: string[];
}

/** Parts a snippet may leave out: empty is a value, not a blank to ask for. */
const OPTIONAL = new Set(["chaptersblock", "yourtime", "guesttimesblock"]);

/** How a blank reads when it is not the field's name ("==[what the show covers]==", not "==[about]=="), in a Spanish snippet too. */
const BLANK_TEXT: Record<string, string> = { about: "what the show covers" };
const SPANISH_BLANK_TEXT: Record<string, string> = { about: "de qué trata el show" };

/** A value that cannot be known until another is: ask for that one instead. */
const ASK_INSTEAD: Record<string, string> = {
  showtime: "date",
  weekday: "date",
  invitewindow: "date",
  invitestart: "date",
  inviteend: "date",
  calendarlink: "date",
  guesttime: "date",
  episode: "number",
  guest: "guests",
  guestfirstname: "guests",
  guestlinks: "guests",
  guestbriefing: "guests",
  guestlocaltime: "guestzone",
  guesttimes: "guestzone",
};

export function fillSnippet(text: string, values: SnippetValues): Filled {
  // A value inside a link the snippet writes (`[{{show}}]({{calendarLink}})`) is made
  // safe for its place, or a ")" in a name ended the link.
  const roles = placeholderLinkRoles(text);
  const blankText = speaksSpanish(values.locale) ? SPANISH_BLANK_TEXT : BLANK_TEXT;
  const missing = new Set<string>();
  const unknown = new Set<string>();
  const refused = new Set<string>();
  let out = "";
  let i = 0;
  for (;;) {
    const open = text.indexOf("{{", i);
    const close = open < 0 ? -1 : text.indexOf("}}", open + 2);
    if (open < 0 || close < 0) break;
    out += text.slice(i, open);
    const tag = text.slice(open, close + 2);
    const inner = text.slice(open + 2, close).trim();
    const colon = inner.indexOf(":");
    const name = (colon < 0 ? inner : inner.slice(0, colon)).trim().toLowerCase();
    const arg = colon < 0 ? null : inner.slice(colon + 1).trim();
    const refusal = arg === null && values.refusals ? ownValue(values.refusals, name) : undefined;
    const value = lookup(name, arg, values);
    if (refusal !== undefined) refused.add(refusal);
    else if (value === undefined) {
      unknown.add(tag);
      out += tag;
    } else if (value === "" && !OPTIONAL.has(name)) {
      const ask = ownValue(ASK_INSTEAD, name) ?? (arg !== null ? "date" : name);
      missing.add(ask);
      out += blank(ownValue(blankText, ask) ?? ask);
    } else {
      const role = roles.get(open);
      // Controls and separators a pasted value carries are given their meaning, and what
      // it opens of right-to-left text is closed at each line's end (pasted-text.ts), in a
      // link's text too: "to Google Calendar" after a show name with U+202E read backwards.
      // context.ts has done the same for each piece of a value it composes. A link's
      // destination is left to markdownLinkUrl, which percent-encodes them all: a closer
      // added there would change where the link points.
      const piece = valueForLinkRole(role, role === "url" ? value : pastedText(value));
      out += piece;
      // "with Nicole V. and Antonio C." ends the sentence: the text's own full stop would double it.
      if (piece.endsWith(".") && text[close + 2] === ".") {
        i = close + 3;
        continue;
      }
    }
    i = close + 2;
  }
  return { text: out + text.slice(i), missing: [...missing], unknown: [...unknown], refused: [...refused] };
}

/** The value, "" when known but empty, undefined when the placeholder is unknown. */
function lookup(name: string, arg: string | null, values: SnippetValues): string | undefined {
  if (arg !== null && (name === "date" || name === "time")) {
    if (arg === "") return undefined;
    // A zone this device does not know (`Europe/Belrin`) is no format: read as one it wrote "Sun/AM+02:00…" into the text.
    if (name === "time" && writtenAsZone(arg) && !isValidTimeZone(arg)) return undefined;
    const start = values.start;
    if (!start) return "";
    if (name === "time" && isValidTimeZone(arg)) return `${formatDate(start, arg, "HH:mm", values.locale)} ${zoneAbbreviation(start, arg)}`;
    return formatDate(start, values.timeZone, arg, values.locale);
  }
  if (arg !== null) return undefined;
  // Own values only: `{{constructor}}` inserted "function Object() { [native code] }".
  return ownValue(values.fields, name);
}

/** Every placeholder the fill step understands, for the README and the picker's help. */
export const PLACEHOLDER_HELP: readonly [string, string][] = [
  ["{{show}}, {{code}}", "the show's name and short code"],
  ["{{number}}, {{numberPlain}}", "episode number, padded (05) and plain (5)"],
  ["{{episode}}, {{season}}", "“#05”, or “S02E05” for a show numbered within seasons; the season as its names write it (02)"],
  ["{{title}}, {{topic}}", "the note's name; the topic without “with <guests>”"],
  ["{{guests}}, {{guest}}, {{guestFirstName}}", "“Ann, Bo and Cy”; the first guest; their first name"],
  ["{{guestLinks}}", "one line per guest with their link when the note has one"],
  ["{{host}}", "the host name from the settings"],
  ["{{about}}", "what the show covers, from the settings (“all things Grafana Labs and observability”)"],
  ["{{url}}", "the note's url property"],
  ["{{date}}, {{date:EEEE d MMMM}}", "the show date, as YYYY-MM-DD or in any format"],
  ["{{time}}, {{time:Europe/Berlin}}", "start time in the show's zone, or in another zone with its abbreviation"],
  ["{{showTime}}", "“13:00 UTC (15:00 CEST)”: the show's zone plus the display zones and the guest's zone"],
  ["{{guestTime}}", "the start in the first guest's zone (their guest note's timezone, else a Guest timezone:: field)"],
  ["{{guestLocalTime}}", "“Friday 5 December, 14:00 your time (Europe/Belgrade)”: the first guest's day and time"],
  ["{{yourTime}}", "“, that is Friday 5 December, 14:00 your time (Europe/Belgrade)”, or nothing when the zone is not known"],
  ["{{guestTimes}}, {{guestTimesBlock}}", "one line per guest in their own zone; the block adds “In your time zone:” and is empty without zones"],
  ["{{guestBriefing}}", "for the host: each guest's pronunciation, pronouns, role and time"],
  ["{{weekday}}, {{duration}}, {{durationText}}", "“Friday”, “60”, “an hour-long”"],
  ["{{frequency}}", "“weekly”, “fortnightly” for a show every other week, or “monthly” for a show on one week of the month"],
  ["{{inviteWindow}}, {{inviteStart}}, {{inviteEnd}}", "the calendar invite, with tech check and debrief"],
  ["{{minutesBefore}}, {{minutesAfter}}", "the invite's extra minutes"],
  ["{{channel}}, {{playlist}}, {{meetup}}, {{studio}}", "links from the settings"],
  ["{{showLink}}, {{channelLink}}, {{playlistLink}}, {{meetupLink}}, {{studioLink}}", "the same as Markdown links"],
  ["{{recordingTitle}}, {{recordingLink}}, {{feedLink}}", "a recorded podcast's: “Show #5 recording with Ann”, the studio and channel links as “the recording studio” and “our podcast feed”"],
  ["{{calendarLink}}", "an “add to Google Calendar” link for the invite"],
  ["{{beforeItems}}", "the note's “just before the show” items as a list"],
  ["{{timestamps}}", "the note's chapters, or its talking points as an outline with blank times to fill"],
  ["{{youtubeChapters}}", "the note's chapters for the video description, only when YouTube would accept them"],
  ["{{chaptersBlock}}", "“Timestamps:” and the chapters when the note has some, else nothing"],
];
