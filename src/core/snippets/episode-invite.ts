// The calendar invite for an episode as an .ics file: from the show start minus the
// tech-check buffer to the end plus the debrief buffer, titled and described with the
// show's invite snippets, located at the studio link, with a UID that stays the same
// for the episode so exporting again updates the event instead of adding one. A value
// the episode does not have yet is asked for first (inviteMissing, as the snippet
// commands do); what is still unknown is left out, never written as a ==[blank]==.
import type { Episode } from "../types";
import type { ShowSettings } from "../settings/settings";
import type { Snippet } from "./catalog";
import { BUILTIN_SNIPPETS } from "./catalog";
import { fillSnippet, type Filled, type SnippetValues } from "./fill";
import { snippetValues, unknownGuestZone } from "./context";
import { inviteWindow } from "../calendar/invite-window";
import { buildIcs } from "../calendar/ics-writer";
import { stableUid } from "../calendar/stable-uid";
import { absoluteUri } from "../calendar/ics-text";
import { webLink } from "./web-link";
import { pastedText } from "./pasted-text";
import { conflictingDateZone, noStartReason, unreadNoteTime } from "./invite-start";
import type { GuestProfile } from "../guests/profile";
import { ownValue } from "../records";
import { perLocale, primaryLanguage, snippetLocale } from "./snippet-language";

export const PRODID = "-//Office Hours//Obsidian plugin//EN";

export type InviteResult =
  /** `notes`: what the invite left out, for the notice. */
  | { ok: true; ics: string; uid: string; summary: string; start: Date; end: Date; notes: string[] }
  | { ok: false; reason: string };

export function episodeUid(episode: Episode, show: ShowSettings): string {
  // The number identifies an episode across renames; without one, its note does. Within
  // its season: S01E01 and S02E01 are two events (a show without seasons keeps its UIDs).
  const season = episode.season === undefined || episode.season === null ? "" : `S${episode.season}E`;
  const key = episode.number !== null ? `${show.id}#${season}${episode.number}` : `${show.id}:${episode.path}`;
  return stableUid(key);
}

/** A season episode's UID before the season counted (its number alone): what its earlier .ics carries; null for others. */
export function seasonlessUid(episode: Episode, show: ShowSettings): string | null {
  return episode.season === undefined || episode.season === null || episode.number === null ? null : stableUid(`${show.id}#${episode.number}`);
}

/** A reschedule keeps the event's UID (the note's path may have changed) and raises its SEQUENCE. */
export interface InviteRevision {
  uid: string;
  sequence: number;
}

/**
 * The invite's title and text, each filled with the values in its own language (a
 * Spanish show's built-ins in Spanish, a user's note in its `language:` or the show's).
 */
function filledInvite(episode: Episode, show: ShowSettings, noteText: string, snippets: readonly Snippet[], locale: string, answers: Record<string, string>, profiles: readonly GuestProfile[]) {
  type Used = Pick<Snippet, "text" | "language" | "warnings" | "source">;
  const pick = (id: string): Used => snippets.find((s) => s.id === id) ?? BUILTIN_SNIPPETS.find((s) => s.id === id) ?? { text: "", source: null };
  const valuesIn = perLocale((l) => snippetValues(episode, show, noteText, answers, l, profiles));
  const fill = (s: Used): { filled: Filled; values: SnippetValues; language?: string } => {
    const values = valuesIn(snippetLocale(s, show.language, locale));
    // Told to the calendar when known and not English: a built-in's own, or the show's for a user's note (Obsidian's says nothing about the note).
    const known = s.language === undefined ? (show.language.trim() === "" ? undefined : values.locale) : values.locale;
    return { filled: fillSnippet(s.text, values), values, language: known === undefined || primaryLanguage(known) === "en" ? undefined : known };
  };
  const titleSnippet = pick("invite-title");
  const bodySnippet = pick("invite-body");
  // The built-in title reads as the Google Calendar link titles the event (context.ts):
  // both are made of the same cleaned pieces, each closed where it ends
  // (tests/attack/invites-hostile-fields.test.ts).
  const title = fill(titleSnippet);
  const body = fill(bodySnippet);
  // The notes' own problems (a `language:` that is no language code): the export has no picker to show them.
  const warnings = [titleSnippet, bodySnippet].flatMap((s) => (s.warnings ?? []).map((w) => `${s.source ?? "A snippet note"}: ${w}`));
  return { title: title.filled, body: body.filled, values: body.values, language: { summary: title.language, description: body.language }, warnings };
}

/** The values the invite's title and text need that the episode does not have: to ask for before exporting. */
export function inviteMissing(episode: Episode, show: ShowSettings, noteText: string, snippets: readonly Snippet[], locale = "en", profiles: readonly GuestProfile[] = []): string[] {
  const { title, body, values } = filledInvite(episode, show, noteText, snippets, locale, {}, profiles);
  const missing = [...title.missing, ...body.missing];
  // Without a date there is no invite at all: asked first.
  return [...new Set(values.start ? missing : ["date", ...missing])];
}

/** What a left-out value is called in the notice. */
const LEFT_OUT: Record<string, string> = {
  studio: "the studio link",
  channel: "the channel link",
  playlist: "the playlist link",
  meetup: "the events page",
  host: "the host's name",
  url: "the video link",
  guests: "the guests",
  number: "the episode number",
  topic: "the topic",
  about: "what the show covers",
};

/**
 * Does the line hold a ==[blank]== (no `]` or line break inside)? A scan, not the regex
 * /==\[[^\]\n]*\]==/: that one tried every "==[" of a line against the rest of it, so a
 * topic of 10,000 "==[" took time in the square of its length (11.3 for n against 4n).
 * Every "==[" before the same first "]" shares its answer, so each is looked at once.
 */
function lineHasBlank(line: string): boolean {
  let from = 0;
  for (;;) {
    const open = line.indexOf("==[", from);
    if (open < 0) return false;
    const close = line.indexOf("]", open + 3);
    if (close < 0) return false;
    if (line.startsWith("]==", close)) return true;
    from = close + 1;
  }
}

function hasBlank(text: string): boolean {
  return text.split("\n").some(lineHasBlank);
}

/**
 * The invite's text with every line that still holds a blank left out ("Join the studio:
 * ==[studio]==" when no studio link is known), and no run of empty lines left behind.
 */
function withoutBlankLines(text: string): string {
  const kept = text.split("\n").filter((line) => !lineHasBlank(line));
  const out: string[] = [];
  for (const line of kept) if (line.trim() !== "" || (out.length > 0 && out[out.length - 1]?.trim() !== "")) out.push(line);
  while (out.length > 0 && out[out.length - 1]?.trim() === "") out.pop();
  return out.join("\n");
}

/**
 * The invite. `answers` are the values typed for what inviteMissing listed (as the snippet
 * commands take them); a title that still has a blank is replaced by the note's name.
 */
export function episodeInvite(
  episode: Episode,
  show: ShowSettings,
  noteText: string,
  snippets: readonly Snippet[],
  now: Date,
  locale = "en",
  answers: Record<string, string> = {},
  revision?: InviteRevision,
  /** The guests' notes: the description gives each guest the time in their own zone. */
  profiles: readonly GuestProfile[] = [],
): InviteResult {
  const badTime = unreadNoteTime(episode, noteText) ?? conflictingDateZone(episode, show, noteText);
  if (badTime !== null) return { ok: false, reason: badTime };
  const { title, body, values, language, warnings } = filledInvite(episode, show, noteText, snippets, locale, answers, profiles);
  if (!values.start) return { ok: false, reason: noStartReason(episode, show, noteText, answers) };
  const summary = hasBlank(title.text) ? pastedText(episode.basename) : title.text;
  const description = withoutBlankLines(body.text);
  const leftOut = [...new Set([...title.missing, ...body.missing])].map((name) => ownValue(LEFT_OUT, name) ?? name);
  const window = inviteWindow(values.start, show.schedule.durationMinutes, show.inviteMinutesBefore, show.inviteMinutesAfter);
  const uid = revision?.uid ?? episodeUid(episode, show);
  const ics = buildIcs({
    prodId: PRODID,
    events: [
      {
        uid,
        stamp: now,
        start: window.start,
        end: window.end,
        summary,
        description,
        location: values.fields.studio ?? "",
        url: webLink(episode.url) ?? undefined,
        sequence: revision?.sequence,
        language,
      },
    ],
  });
  const url = episode.url?.trim() ?? "";
  const notes = url !== "" && (webLink(url) === null || absoluteUri(url) === "") ? [`The note's url “${url}” is not a web link (https://…), so the invite has no URL.`] : [];
  if (leftOut.length > 0) notes.push(`Left out of the invite (not known yet): ${leftOut.join(", ")}.`);
  notes.push(...warnings);
  // The guest's note gives the zone first; only the note's own field can be unknown unseen.
  const badZone = profiles[0]?.timezone ? null : unknownGuestZone(episode);
  if (badZone !== null) notes.push(`The guest's time zone “${badZone}” in the note is not a time zone this device knows, so the invite gives no time in it; write an IANA name such as Europe/Berlin.`);
  return { ok: true, ics, uid, summary, start: window.start, end: window.end, notes };
}

/** Is this existing .ics file one we wrote for this event (so it may be replaced)? */
export function isOurInvite(text: string, uid: string): boolean {
  const lines = text.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
  // Whole lines for both: a foreign file that only quoted our PRODID in a DESCRIPTION
  // passed a substring test and would have been overwritten.
  return lines.some((line) => line === `PRODID:${PRODID}`) && lines.some((line) => line === `UID:${uid}`);
}
