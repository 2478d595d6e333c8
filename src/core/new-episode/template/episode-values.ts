// The values a template or snippet can use for one episode, by placeholder name.
import type { ShowSettings } from "../../settings/settings";
import type { TemplateValues } from "./render";
import { joinNames } from "../naming";
import { isFortnightly } from "../../settings/cadence";
import { padNumber } from "../../vault/numbering";
import { describeTime } from "../../time/describe-time";
import { formatDate } from "../../time/format-date";
import { zonedToInstant } from "../../time/zoned-to-instant";
import { markdownLink as link } from "../../text/markdown-link";

export interface EpisodeFacts {
  title: string;
  topic: string;
  guests: readonly string[];
  /** `YYYY-MM-DD` or null when not scheduled yet. */
  date: string | null;
  /** `HH:mm` in the show's zone; the show's usual time when null. */
  time: string | null;
  number: number | null;
  /** The season as the name writes it ("02"), for a show numbered within seasons; else absent or null. */
  seasonText?: string | null;
  url: string | null;
  /** The guest's own zone, when the note says (Guest timezone:: …). */
  guestTimeZone?: string | null;
  /**
   * Digits a text writes the number with ("#13" not the file name's "013"): as the show's
   * template or note writes it (number-in-text.ts); the file names' padding when absent.
   */
  numberWidth?: number;
}

/** Where a host has to fill something in by hand. */
export function blank(what: string): string {
  return `==[${what}]==`;
}

/** "an hour-long", "a 90-minute", "a 2-hour": with its article, so templates read well. */
export function durationText(minutes: number): string {
  if (minutes === 60) return "an hour-long";
  if (minutes % 60 === 0) return `${article(minutes / 60)} ${minutes / 60}-hour`;
  return `${article(minutes)} ${minutes}-minute`;
}

/** "an" before numbers said with a vowel sound: eight, eleven, eighteen, eighty…, eight hundred…
 * Hours used to get "a" always ("a 8-hour"), and 800–899 minutes "a 810-minute". */
function article(n: number): string {
  return n === 8 || n === 11 || n === 18 || (n >= 80 && n < 90) || (n >= 800 && n < 900) ? "an" : "a";
}

/** The show's start for an episode, or null without a date or with a bad zone/time. */
export function episodeStart(facts: EpisodeFacts, show: ShowSettings): Date | null {
  if (!facts.date) return null;
  const result = zonedToInstant(facts.date, facts.time ?? show.schedule.time, show.schedule.timeZone);
  return result.ok ? result.instant : null;
}

/**
 * Every value a template or snippet can name, by lower-case placeholder name. An empty
 * string means "not known yet": templates show a highlighted blank there, snippets ask.
 */
export function episodeFields(facts: EpisodeFacts, show: ShowSettings, locale = "en"): { fields: Record<string, string>; start: Date | null } {
  const start = episodeStart(facts, show);
  const zone = show.schedule.timeZone;
  const number = facts.number === null ? "" : padNumber(facts.number, show.numberPadding);
  const first = facts.guests[0] ?? "";
  // "#13" as the show's texts write it (the file name's "013" sorts files, number-in-text.ts),
  // or "S02E05" for a show numbered within seasons, where "#5" is one of several fives.
  const inText = facts.number === null ? "" : padNumber(facts.number, facts.numberWidth ?? show.numberPadding);
  const episode = number === "" ? "" : facts.seasonText ? `S${facts.seasonText}E${number}` : `#${inText}`;
  const numberTag = episode === "" ? "" : ` ${episode}`;
  const guests = joinNames(facts.guests);
  const fields: Record<string, string> = {
    title: facts.title,
    show: show.name,
    code: show.code,
    number,
    numberplain: facts.number === null ? "" : String(facts.number),
    episode,
    season: facts.seasonText ?? "",
    topic: facts.topic,
    guests,
    guestlist: facts.guests.join(", "),
    guest: first,
    guestfirstname: first.split(/\s+/)[0] ?? "",
    host: show.hostName.trim(),
    about: show.about.trim(),
    url: facts.url ?? "",
    date: facts.date ?? "",
    time: start ? formatDate(start, zone, "HH:mm", locale) : (facts.time ?? show.schedule.time),
    weekday: start ? formatDate(start, zone, "dddd", locale) : "",
    showtime: start ? describeTime(start, zone, show.displayTimeZones, facts.guestTimeZone ?? undefined) : "",
    // "We do a weekly livestream": a monthly show is not weekly.
    frequency: show.schedule.weekOfMonth !== undefined ? "monthly" : isFortnightly(show.schedule) ? "fortnightly" : "weekly",
    durationtext: durationText(show.schedule.durationMinutes),
    duration: String(show.schedule.durationMinutes),
    minutesbefore: String(show.inviteMinutesBefore),
    minutesafter: String(show.inviteMinutesAfter),
    invitetitle: `${show.name}${numberTag} with ${guests === "" ? blank("guest") : guests}`,
    // The recorded podcast's template (podcast.ts) names these; every value is the same for
    // either format, so a template note of the user's own reads the same whatever it is.
    recordingtitle: `${show.name}${numberTag} recording with ${guests === "" ? blank("guest") : guests}`,
    broadcasttitle: `${facts.topic === "" ? blank("topic") : facts.topic} (${show.name}${numberTag})`,
    channel: show.links.channel,
    playlist: show.links.playlist,
    meetup: show.links.meetup,
    studio: show.links.studio,
    showlink: link(show.name, show.links.playlist || show.links.channel),
    channelname: show.links.channel.trim() === "" ? "our channel" : "the channel",
    channellink: link("our channel", show.links.channel),
    playlistlink: link(`the ${show.name} playlist`, show.links.playlist),
    meetuplink: link("the events page", show.links.meetup),
    studiolink: link("the streaming studio", show.links.studio),
    recordinglink: link("the recording studio", show.links.studio),
    feedlink: link("our podcast feed", show.links.channel),
  };
  return { fields, start };
}

/** Placeholders a new note shows as a highlighted blank while their value is unknown. */
const BLANK_IN_TEMPLATES: Record<string, string> = {
  topic: "topic",
  guests: "guest",
  guest: "guest",
  guestfirstname: "guest",
  host: "your name",
  showtime: "time",
  about: "what the show covers",
};

export function episodeValues(
  facts: EpisodeFacts,
  show: ShowSettings,
  now: Date,
  locale = "en",
  /** The worded values in the template's language, over the English ones (snippets/spanish-values.ts). */
  words?: (fields: Readonly<Record<string, string>>) => Record<string, string>,
): TemplateValues {
  const { fields, start } = episodeFields(facts, show, locale);
  if (words) Object.assign(fields, words(fields));
  for (const [name, what] of Object.entries(BLANK_IN_TEMPLATES)) if (fields[name] === "") fields[name] = blank(what);
  // The guests one by one, for a whole item of a YAML list (list-items.ts).
  const lists = { guests: [...facts.guests], guestlist: [...facts.guests] };
  return { fields, start, now, timeZone: show.schedule.timeZone, locale, lists };
}
