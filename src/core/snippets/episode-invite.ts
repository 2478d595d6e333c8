// The calendar invite for an episode as an .ics file: from the show start minus the
// tech-check buffer to the end plus the debrief buffer, titled and described with the
// show's invite snippets, located at the studio link, with a UID that stays the same
// for the episode so exporting again updates the event instead of adding one.
import type { Episode } from "../types";
import type { ShowSettings } from "../settings/settings";
import type { Snippet } from "./catalog";
import { BUILTIN_SNIPPETS } from "./catalog";
import { fillSnippet } from "./fill";
import { snippetValues } from "./context";
import { inviteWindow } from "../calendar/invite-window";
import { buildIcs } from "../calendar/ics-writer";
import { stableUid } from "../calendar/stable-uid";
import { absoluteUri } from "../calendar/ics-text";
import type { GuestProfile } from "../guests/profile";

export const PRODID = "-//Office Hours//Obsidian plugin//EN";

export type InviteResult =
  /** `notes`: what the invite left out, for the notice. */
  | { ok: true; ics: string; uid: string; summary: string; start: Date; end: Date; notes: string[] }
  | { ok: false; reason: string };

export function episodeUid(episode: Episode, show: ShowSettings): string {
  // The number identifies an episode across renames; without one, its note does.
  const key = episode.number !== null ? `${show.id}#${episode.number}` : `${show.id}:${episode.path}`;
  return stableUid(key);
}

export function episodeInvite(
  episode: Episode,
  show: ShowSettings,
  noteText: string,
  snippets: readonly Snippet[],
  now: Date,
  locale = "en",
  /** The guests' notes: the description gives each guest the time in their own zone. */
  profiles: readonly GuestProfile[] = [],
): InviteResult {
  const values = snippetValues(episode, show, noteText, {}, locale, profiles);
  if (!values.start) {
    return { ok: false, reason: episode.date ? "The show's time or time zone is not valid; check the settings." : "The episode has no date yet." };
  }
  const pick = (id: string) => (snippets.find((s) => s.id === id) ?? BUILTIN_SNIPPETS.find((s) => s.id === id))?.text ?? "";
  const summary = fillSnippet(pick("invite-title"), values).text;
  const description = fillSnippet(pick("invite-body"), values).text;
  const window = inviteWindow(values.start, show.schedule.durationMinutes, show.inviteMinutesBefore, show.inviteMinutesAfter);
  const uid = episodeUid(episode, show);
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
        location: show.links.studio,
        url: episode.url ?? undefined,
      },
    ],
  });
  const notes = episode.url && absoluteUri(episode.url) === "" ? [`The note's url “${episode.url}” is not a full link (like https://…), so the invite has no URL.`] : [];
  return { ok: true, ics, uid, summary, start: window.start, end: window.end, notes };
}

/** Is this existing .ics file one we wrote for this event (so it may be replaced)? */
export function isOurInvite(text: string, uid: string): boolean {
  const lines = text.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
  // Whole lines for both: a foreign file that only quoted our PRODID in a DESCRIPTION
  // passed a substring test and would have been overwritten.
  return lines.some((line) => line === `PRODID:${PRODID}`) && lines.some((line) => line === `UID:${uid}`);
}
