// Which exported .ics is the episode's. The plugin's UID for an episode without a number
// is made from its note's path, which a reschedule's rename changes: the invite it wrote
// then carries the UID of the old path. It is still known by what the reschedule kept:
// the file name next to the note, the plugin's PRODID, one event, starting when the note
// says the invite starts. That event's UID is the one to keep. Every write over the invite
// ("Create calendar invite", a reschedule, its undo) asks nextRevision on the very text it
// replaces, so they update the same file as the same event, always with a higher SEQUENCE.
import type { Episode } from "../types";
import type { ShowSettings } from "../settings/settings";
import { utcStamp } from "../calendar/utc-stamp";
import { sequenceFor } from "../calendar/ics-writer";
import { MAX_SEQUENCE, readSequence, unfoldedLines as contentLines } from "../calendar/ics-read";
import { icsCheck } from "../calendar/ics-check";
import { episodeSlot } from "../deadlines/conflicts";
import { episodeUid, isOurInvite, PRODID, seasonlessUid, type InviteRevision } from "../snippets/episode-invite";

/** The episode's invite as found: its UID, and its SEQUENCE (null: one that cannot be read, see readSequence). */
export interface OwnInvite {
  uid: string;
  sequence: number | null;
}

/** The UID of the one event in `text` when the plugin (`prodId`) wrote it and it starts at `start`; null otherwise. */
export function inviteUidAt(text: string, prodId: string, start: Date): string | null {
  const lines = contentLines(text);
  if (!lines.includes(`PRODID:${prodId}`)) return null;
  const uids = lines.filter((line) => line.startsWith("UID:"));
  const starts = lines.filter((line) => line.startsWith("DTSTART"));
  if (uids.length !== 1 || starts.length !== 1 || starts[0] !== `DTSTART:${utcStamp(start)}`) return null;
  // The UID as text (§3.3.11): written again, it is escaped again, so it must be read unescaped
  // or every rewrite would add backslashes and make it another event.
  const uid = (uids[0] ?? "").slice("UID:".length).replace(/\\([\\;,nN])/g, (_, ch: string) => (ch === "n" || ch === "N" ? "\n" : ch));
  return uid === "" ? null : uid;
}

/**
 * The event's UID and SEQUENCE when `text` (the .ics at the episode's invite path) is the
 * episode's own invite: the episode's UID, or for an episode without a number the one
 * event starting when the note says. Null for anyone else's file, which is never replaced.
 */
export function ownInvite(text: string, episode: Episode, show: ShowSettings): OwnInvite | null {
  let uid: string | null = episodeUid(episode, show);
  // Exported before the UID counted the season: the event the guests have keeps its UID.
  const earlier = seasonlessUid(episode, show);
  if (earlier !== null && !isOurInvite(text, uid) && isOurInvite(text, earlier)) uid = earlier;
  if (!isOurInvite(text, uid)) {
    // Renamed by an earlier reschedule, a numberless episode's UID was its old path's.
    const slot = episode.number === null ? episodeSlot(episode, show) : null;
    uid = slot ? inviteUidAt(text, PRODID, slot.window.start) : null;
    if (uid === null) return null;
  }
  return { uid, sequence: readSequence(text) };
}

/**
 * The SEQUENCE of an invite written at `now` over `replaced` (null: a new file): the
 * minute's (a later write wins), and never at or below the replaced file's, which another
 * device may have raised, nor at or below `issued`, the last this plugin wrote for the UID
 * (see sequence-ledger.ts: the file may have been deleted since, or written twice in one
 * minute); calendar apps keep their event when the SEQUENCE does not go up.
 * Null when no higher one can be written: the file's cannot be read, or it or the issued one is the largest.
 */
export function nextSequence(replaced: OwnInvite | null, now: Date, issued: number | null = null): number | null {
  const byClock = sequenceFor(now);
  const afterIssued = issued === null ? 0 : issued + 1;
  if (replaced !== null && replaced.sequence === null) return null;
  const next = Math.max(byClock, afterIssued, replaced?.sequence === undefined || replaced.sequence === null ? 0 : replaced.sequence + 1);
  return next > MAX_SEQUENCE ? null : next;
}

/** `foreign`: the text is not the episode's invite (another file took its name), rather than one no higher SEQUENCE can follow. */
export type NextRevision = { ok: true; revision: InviteRevision } | { ok: false; reason: string; foreign: boolean };

/** Why an invite edited by hand is not written over, and what to do. */
export const EDITED = "it was edited since Office Hours wrote it, and writing over it would lose those edits. Rename or delete it, then export the invite again";

/** The last SEQUENCE the plugin issued for a UID (null: none remembered); see sequence-ledger.ts. */
export type IssuedSequence = (uid: string) => number | null;

const noLedger: IssuedSequence = () => null;

/**
 * The one rule for every write over the episode's invite (export, reschedule, undo), asked
 * on the text being replaced: the same event (its UID) at the next SEQUENCE, or why the
 * file must be left as it is (another's file, edited by hand since it was written, or no
 * higher SEQUENCE possible). `episode` is the note as the invite in `text` shows it.
 */
export function nextRevision(text: string, episode: Episode, show: ShowSettings, now: Date, issued: IssuedSequence = noLedger): NextRevision {
  const own = ownInvite(text, episode, show);
  if (own === null) return { ok: false, reason: "it is no longer this episode's invite", foreign: true };
  // Still the episode's invite, but changed by hand since the plugin wrote it: the changes are
  // the user's, and a rewrite would drop them. A file without the check (written before it
  // existed) is rewritten as before: nothing tells its edits from the plugin's text.
  if (icsCheck(text) === "edited") return { ok: false, reason: EDITED, foreign: false };
  const sequence = nextSequence(own, now, issued(own.uid));
  if (sequence === null) {
    return {
      ok: false,
      reason:
        own.sequence === null
          ? "its SEQUENCE cannot be read, so no calendar would take a rewrite as newer"
          : own.sequence >= MAX_SEQUENCE
            ? "its SEQUENCE is the largest a calendar takes, so no rewrite can be newer"
            : "the last SEQUENCE issued for it is the largest a calendar takes, so no rewrite can be newer",
      foreign: false,
    };
  }
  return { ok: true, revision: { uid: own.uid, sequence } };
}

/**
 * The revision of an invite written as a new file (none at its name): the episode's UID, at
 * a SEQUENCE above the last one issued for it (the old file may have been deleted after a
 * calendar took it). Null only when that one was already the largest a calendar takes.
 */
export function newRevision(episode: Episode, show: ShowSettings, now: Date, issued: IssuedSequence = noLedger): InviteRevision | null {
  const uid = episodeUid(episode, show);
  const sequence = nextSequence(null, now, issued(uid));
  return sequence === null ? null : { uid, sequence };
}
