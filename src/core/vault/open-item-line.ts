// An open item's line read again, the way the reader read it when the note was indexed
// (note/episode.ts): its checkbox, its text as shown (note/shown-text.ts), and its deadline marks.
// The index keeps only the line; this is for the few items a view shows.
import { taskOnLine } from "../note/scan";
import { readLineDue } from "../deadlines/line-due";
import { shownText } from "../note/shown-text";
import type { LineDue } from "../deadlines/line-due";

/** What an item's line says once read: its checkbox, its text without deadline marks and Tasks' fields, its marks. */
export interface ReadLine {
  status: string;
  text: string;
  due: LineDue;
}

/** Read as the reader reads it (note/episode.ts): the deadline apart, the text as shown. */
export function readLine(raw: string): ReadLine {
  const found = taskOnLine(raw);
  const status = found?.status ?? " ";
  const written = found ? raw.slice(found.statusAt + status.length + 1).trim() : raw.trim();
  const due = readLineDue(written);
  return { status, text: shownText(written, due.spans), due };
}
