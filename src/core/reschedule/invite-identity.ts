// Which exported .ics is the episode's. The plugin's UID for an episode without a number
// is made from its note's path, which a reschedule's rename changes: the invite it wrote
// then carries the UID of the old path. It is still known by what the reschedule kept:
// the file name next to the note, the plugin's PRODID, one event, starting when the note
// says the invite starts. That event's UID is the one to keep.
import { utcStamp } from "../calendar/utc-stamp";

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
