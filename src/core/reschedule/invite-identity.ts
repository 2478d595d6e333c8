// Which exported .ics is the episode's. The plugin's UID for an episode without a number
// is made from its note's path, which a reschedule's rename changes: the invite it wrote
// then carries the UID of the old path. It is still known by what the reschedule kept:
// the file name next to the note, the plugin's PRODID, one event, starting when the note
// says the invite starts. That event's UID is the one to keep. The reschedule and "Create
// calendar invite" both ask ownInvite, so they update the same file as the same event.
import type { Episode } from "../types";
import type { ShowSettings } from "../settings/settings";
import { utcStamp } from "../calendar/utc-stamp";
import { sequenceFor } from "../calendar/ics-writer";
import { episodeSlot } from "../deadlines/conflicts";
import { episodeUid, icsSequence, isOurInvite, PRODID, type InviteRevision } from "../snippets/episode-invite";

/** The .ics text's content lines, folded lines joined. */
function contentLines(text: string): string[] {
  return text.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
}

/** The UID of the one event in `text` when the plugin (`prodId`) wrote it and it starts at `start`; null otherwise. */
export function inviteUidAt(text: string, prodId: string, start: Date): string | null {
  const lines = contentLines(text);
  if (!lines.includes(`PRODID:${prodId}`)) return null;
  const uids = lines.filter((line) => line.startsWith("UID:"));
  const starts = lines.filter((line) => line.startsWith("DTSTART"));
  if (uids.length !== 1 || starts.length !== 1 || starts[0] !== `DTSTART:${utcStamp(start)}`) return null;
  const uid = (uids[0] ?? "").slice("UID:".length);
  return uid === "" ? null : uid;
}

/**
 * The event's UID and SEQUENCE when `text` (the .ics at the episode's invite path) is the
 * episode's own invite: the episode's UID, or for an episode without a number the one
 * event starting when the note says. Null for anyone else's file, which is never replaced.
 */
export function ownInvite(text: string, episode: Episode, show: ShowSettings): InviteRevision | null {
  let uid: string | null = episodeUid(episode, show);
  if (!isOurInvite(text, uid)) {
    // Renamed by an earlier reschedule, a numberless episode's UID was its old path's.
    const slot = episode.number === null ? episodeSlot(episode, show) : null;
    uid = slot ? inviteUidAt(text, PRODID, slot.window.start) : null;
    if (uid === null) return null;
  }
  return { uid, sequence: icsSequence(text) ?? 0 };
}

/**
 * The SEQUENCE an export writes over the invite it replaces: the export's minute (a later
 * export wins), and never at or below the file's own, which a reschedule raised by one
 * each time; calendar apps keep their event when the SEQUENCE does not go up.
 */
export function exportSequence(replaced: InviteRevision | null, now: Date): number {
  const byClock = sequenceFor(now);
  return replaced === null ? byClock : Math.max(byClock, replaced.sequence + 1);
}
