// The values snippets are filled with for one episode: the template fields plus the
// invite window, the calendar link, guest links, the guest's own time, the note's
// "just before the show" items and its chapters (core/live/chapter-snippets.ts). Answers the
// user typed for missing values take part in the computation (a date answered makes
// every time placeholder work).
import type { Episode, EpisodeSummary } from "../types";
import type { ShowSettings } from "../settings/settings";
import { fillSnippet, type SnippetValues } from "./fill";
import { episodeFields, type EpisodeFacts } from "../new-episode/template/episode-values";
import { textNumberWidth } from "../new-episode/template/number-in-text";
import { inviteWindow } from "../calendar/invite-window";
import { googleCalendarLink } from "../calendar/google-calendar-link";
import { formatDate } from "../time/format-date";
import { zoneAbbreviation } from "../time/zone-abbreviation";
import { isValidTimeZone } from "../time/zone-clock";
import { isValidDate } from "../time/calendar-date";
import { splitGuestInput } from "../new-episode/new-episode";
import { chapterFields } from "../live/chapter-snippets";
import { showFormat } from "../settings/show-format";
import { readEpisode } from "../note/episode";
import { NO_FRONTMATTER } from "../note/frontmatter";
import { builtinTemplateFor } from "../new-episode/template/builtin";
import { describeTime } from "../time/describe-time";
import { guestLocalTime, guestTimeLines } from "../guests/guest-time";
import { briefingLine, descriptionLine, type GuestProfile } from "../guests/profile";
import { noteStudioLink } from "./studio-link";
import { webLink } from "./web-link";
import { markdownLink } from "../text/markdown-link";
import { speaksSpanish } from "./snippet-language";
import { spanishGuestFields, spanishWords, type ZonedProfile } from "./spanish-values";
import { pastedText, pastedUrl } from "./pasted-text";

/** Field names that can hold the guest's time zone (compared canonically). */
const GUEST_ZONE_FIELDS = ["guest-timezone", "guest-time-zone", "guest-tz", "timezone"];

/** The guest's zone from a `Guest timezone::` field; the index's lean records keep no fields. */
export function guestTimeZone(episode: Partial<Pick<Episode, "fields">>): string | null {
  for (const key of GUEST_ZONE_FIELDS) {
    const value = episode.fields?.[key]?.[0]?.trim();
    if (value && isValidTimeZone(value)) return value;
  }
  return null;
}

/** A `Guest timezone::` value that is no zone this device knows, when the note has no usable one: for the invite's notice. */
export function unknownGuestZone(episode: Partial<Pick<Episode, "fields">>): string | null {
  if (guestTimeZone(episode) !== null) return null;
  for (const key of GUEST_ZONE_FIELDS) {
    const value = episode.fields?.[key]?.[0]?.trim();
    if (value) return value;
  }
  return null;
}

export function episodeFacts(
  episode: EpisodeSummary & Partial<Pick<Episode, "fields">>,
  answers: Record<string, string> = {},
  profiles: readonly GuestProfile[] = [],
  /** The show's language: which words besides "and" split typed guests. */
  language = "",
): EpisodeFacts {
  const answeredDate = answers.date?.trim();
  const answeredNumber = answers.number?.trim();
  return {
    title: episode.title,
    topic: answers.topic?.trim() || episode.topic,
    guests: answers.guests ? splitGuestInput(answers.guests, language) : episode.guests.map((g) => g.name),
    date: answeredDate && isValidDate(answeredDate) ? answeredDate : episode.date,
    time: episode.time,
    number: answeredNumber && /^\d+$/.test(answeredNumber) ? Number(answeredNumber) : episode.number,
    seasonText: episode.seasonText ?? undefined,
    // Only a web address: `javascript:…` in a note must not become a link in a post or invite.
    url: webLink(answers.url) ?? webLink(episode.url),
    // A zone typed in for the snippet, then the guest note's (kept up to date with "Save
    // guest details"), then the note's own field.
    guestTimeZone: answeredZone(answers) ?? profiles[0]?.timezone ?? guestTimeZone(episode),
  };
}

export function snippetValues(
  episode: Episode,
  rawShow: ShowSettings,
  noteText: string,
  answers: Record<string, string> = {},
  locale = "en",
  /** What the guest notes say about each of the episode's guests (see core/guests/profile.ts). */
  rawProfiles: readonly GuestProfile[] = [],
): SnippetValues {
  // Every piece of user text is cleaned of what pasting brings and closed where it ends (pasted-text.ts)
  // before it goes into a sentence: a show name's U+202E closed only at the end of
  // "Show #25 with Ann" turned "#25 with Ann" backwards, in the title and its link.
  const show = pastedShow(rawShow);
  const profiles = rawProfiles.map(pastedProfile);
  // "#13" as the note writes the show's numbers in its texts (number-in-text.ts), not the file name's "013".
  const facts = pastedFacts({ ...episodeFacts(episode, answers, rawProfiles, show.language), numberWidth: textNumberWidth(rawShow, noteText) });
  const { fields, start } = episodeFields(facts, show, locale);
  // A snippet written in Spanish gets its worded values in Spanish (snippet-language.ts).
  const spanish = speaksSpanish(locale);
  // The note's own studio link (this broadcast's) before the show's; a typed answer beats both.
  const studio = pastedUrl(answers.studio?.trim() || (noteStudioLink(episode, noteText) ?? ""));
  if (studio) {
    fields.studio = studio;
    fields.studiolink = markdownLink("the streaming studio", studio);
  }
  const zone = show.schedule.timeZone;
  const invite = start ? inviteWindow(start, show.schedule.durationMinutes, show.inviteMinutesBefore, show.inviteMinutesAfter) : null;
  const at = (d: Date, z: string) => `${formatDate(d, z, "HH:mm", locale)} ${zoneAbbreviation(d, z)}`;

  fields.invitestart = invite ? at(invite.start, zone) : "";
  fields.inviteend = invite ? at(invite.end, zone) : "";
  fields.invitewindow = invite ? windowText(invite, zone, locale) : "";
  // Without the guest's zone, the show's time with its zone: a bare "13:00" told a guest
  // elsewhere the wrong hour.
  fields.guesttime = start ? at(start, facts.guestTimeZone ?? zone) : "";
  fields.guestlinks = episodeGuestLines(episode, facts.guests, profiles, (profile) => descriptionLine(profile, spanish ? "en" : "at"));
  const zoned = zonedGuests(facts, profiles);
  Object.assign(fields, guestZoneFields(start, zoned, show, locale));
  if (spanish) Object.assign(fields, spanishGuestFields(start, zoned, locale));
  fields.beforeitems = beforeItems(episode, show, (text) => fillSnippet(text, { fields, start, timeZone: zone, locale }).text);
  const chapters = chapterFields(episode, noteText, spanish ? "es" : "en");
  Object.assign(fields, chapters.fields);
  if (spanish) Object.assign(fields, spanishWords(fields, facts.guests, show, locale));
  // The format's own invite title, as its built-in "invite-title" words it (a podcast's
  // recording session is no live show), in the snippet's language. Without guests yet it
  // would hold a ==[guest]== blank, which the link never asks about: the note's name then,
  // as the .ics does.
  const title = (showFormat(show) === "podcast" ? fields.recordingtitle : fields.invitetitle) ?? "";
  fields.calendarlink = invite
    ? googleCalendarLink({
        start: invite.start,
        end: invite.end,
        title: title === "" || fields.guests === "" ? pastedText(episode.basename) : title,
        details: fields.studio ? `${spanish ? "Estudio" : "Studio"}: ${fields.studio}` : "",
        location: fields.studio,
        shortened: spanish ? "… (acortado)" : "… (shortened)",
      })
    : "";
  // Anything else the user typed for a missing value is used as is.
  for (const [name, value] of Object.entries(answers)) {
    const key = name.toLowerCase();
    if (!(key in ANSWERS_USED_ABOVE) && value.trim() !== "") fields[key] = key in LINK_ANSWERS ? pastedUrl(value) : pastedText(value, true);
  }
  return { fields, start, timeZone: zone, locale, refusals: chapters.refusal === null ? {} : { youtubechapters: chapters.refusal } };
}

/**
 * "12:45–14:15 UTC": the zone named once when both ends read in it alike. A window across a
 * clock change names each end's ("02:15 CEST–02:45 CET"): with one name at the end, the
 * start read in the other offset, an hour off, and the 90 minutes looked like 30.
 */
function windowText(invite: { start: Date; end: Date }, zone: string, locale: string): string {
  const startZone = zoneAbbreviation(invite.start, zone);
  const endZone = zoneAbbreviation(invite.end, zone);
  const start = formatDate(invite.start, zone, "HH:mm", locale);
  const end = `${formatDate(invite.end, zone, "HH:mm", locale)} ${endZone}`;
  return startZone === endZone ? `${start}–${end}` : `${start} ${startZone}–${end}`;
}

/** The show's texts a snippet uses, each cleaned as pastedText, its links as pastedUrl. */
function pastedShow(show: ShowSettings): ShowSettings {
  const links = show.links;
  return {
    ...show,
    name: pastedText(show.name),
    code: pastedText(show.code),
    hostName: pastedText(show.hostName),
    about: pastedText(show.about),
    links: { ...links, channel: pastedUrl(links.channel), playlist: pastedUrl(links.playlist), meetup: pastedUrl(links.meetup), studio: pastedUrl(links.studio) },
  };
}

function pastedFacts(facts: EpisodeFacts): EpisodeFacts {
  // The topic and the guests were trimmed (typed or read from the note): they stay so.
  const trimmed = (value: string) => pastedText(value, true);
  return { ...facts, title: pastedText(facts.title), topic: trimmed(facts.topic), guests: facts.guests.map(trimmed), url: facts.url === null ? null : pastedUrl(facts.url) };
}

function pastedProfile(profile: GuestProfile): GuestProfile {
  const text = (value: string | null) => (value === null ? null : pastedText(value, true));
  return {
    ...profile,
    name: pastedText(profile.name, true),
    pronouns: text(profile.pronouns),
    pronunciation: text(profile.pronunciation),
    company: text(profile.company),
    role: text(profile.role),
    links: profile.links.map(pastedUrl),
  };
}

const ANSWERS_USED_ABOVE: Record<string, true> = { date: true, topic: true, guests: true, number: true, url: true, guestzone: true };
/** Answers that are web addresses: cleaned as pastedUrl, so they point where they pointed. */
const LINK_ANSWERS: Record<string, true> = { studio: true, channel: true, playlist: true, meetup: true };

function answeredZone(answers: Record<string, string>): string | null {
  const zone = answers.guestzone?.trim() ?? "";
  return zone !== "" && isValidTimeZone(zone) ? zone : null;
}

/** Each guest with their note and zone. */
function zonedGuests(facts: EpisodeFacts, profiles: readonly GuestProfile[]): ZonedProfile[] {
  // By name, first one wins: looked up once per guest, so a field of many guests stays linear.
  const byName = new Map<string, GuestProfile>();
  for (const profile of profiles) if (!byName.has(profile.name)) byName.set(profile.name, profile);
  // The first guest's zone is the one the facts settled on (typed in, note, or field).
  return facts.guests.map((name, i) => {
    const profile = byName.get(name) ?? null;
    return { name, profile, zone: i === 0 ? (facts.guestTimeZone ?? null) : (profile?.timezone ?? null) };
  });
}

/**
 * The guests' own times and the host's briefing. With a guest's zone known, the show time
 * also names UTC (the reference both sides can convert from) and every guest's zone.
 */
function guestZoneFields(start: Date | null, zoned: readonly ZonedProfile[], show: ShowSettings, locale: string): Record<string, string> {
  const first = zoned[0]?.zone ?? null;
  const local = start && first ? guestLocalTime(start, first, locale) : "";
  const lines = start ? guestTimeLines(start, zoned, locale) : "";
  const out: Record<string, string> = {
    guestlocaltime: local,
    yourtime: local === "" ? "" : `, that is ${local}`,
    guesttimes: lines,
    guesttimesblock: lines === "" ? "" : `\n\nIn your time zone:\n${lines}`,
    guestbriefing: zoned
      .map(({ name, profile, zone }) => {
        const there = start && zone ? guestLocalTime(start, zone, locale) : "";
        return briefingLine(profile ?? { name, timezone: null, pronouns: null, pronunciation: null, company: null, role: null, links: [] }, there);
      })
      .join("\n"),
  };
  // Each zone once: a panel of many guests in few zones names each zone once.
  const zones = [...new Set(zoned.map((g) => g.zone).filter((z): z is string => z !== null))];
  if (start && zones.length > 0) out.showtime = describeTime(start, show.schedule.timeZone, [...show.displayTimeZones, "UTC", ...zones]);
  return out;
}

function episodeGuestLines(episode: Episode, names: readonly string[], profiles: readonly GuestProfile[], describe: (profile: GuestProfile) => string): string {
  if (names.length === 0) return "";
  const byName = new Map<string, GuestProfile>();
  for (const profile of profiles) if (!byName.has(profile.name)) byName.set(profile.name, profile);
  const targets = new Map<string, string | null>();
  // By the name as the facts carry it, cleaned.
  for (const guest of episode.guests) if (!targets.has(pastedText(guest.name, true))) targets.set(pastedText(guest.name, true), guest.target);
  return names
    .map((name) => {
      const profile = byName.get(name);
      if (profile && (profile.links.length > 0 || profile.company || profile.role)) return describe(profile);
      const target = targets.get(name) ?? null;
      return target && /^https?:\/\//i.test(target) ? `- ${name}: ${target}` : `- ${name}`;
    })
    .join("\n");
}

/**
 * The note's "just before the show" items, or the built-in template's when it has none.
 * Those are template text: filled here, or the guest read "streaming to {{channelName}}"
 * (a value is never filled again once inserted into a snippet).
 */
function beforeItems(episode: Episode, show: ShowSettings, fill: (text: string) => string): string {
  const fromNote = tasksOfPhase(episode, "before");
  const items = fromNote.length > 0 ? fromNote : tasksOfPhase(readEpisode("template.md", builtinTemplateFor(show), {}, NO_FRONTMATTER), "before").map(fill);
  return items.map((text) => `- ${text}`).join("\n");
}

function tasksOfPhase(episode: Episode, phase: string): string[] {
  return episode.tasks.filter((t) => t.state !== "cancelled" && episode.sections[t.section]?.phase === phase).map((t) => t.text);
}
