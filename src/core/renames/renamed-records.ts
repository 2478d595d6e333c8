// An episode renamed by hand (or by a sync tool): the index note's records of what the
// plugin wrote (own-marks.ts: the cancelled marks, own-guests.ts: the guest names) are
// keyed by the note's name, so they must follow it as Obsidian's link updater makes the
// list line follow it. Otherwise the next update reads the plugin's names on the relinked
// line as the user's and keeps them for good. Only the record lines of the plugin's block
// change, and only those the list's update reads as records (a comment alone on its line,
// not in code nor inside a comment opened above). Pure.
import { blockSpan } from "../index-note/index-note";
import { commentStarts, lineStates } from "../index-note/line-states";
import { renamedRecord } from "../index-note/own-marks";
import type { TextEdit } from "../live/edits";

/** One note renamed: its name before and after, without ".md". */
export interface NameChange {
  from: string;
  to: string;
}

/**
 * The edits that rename each `from` to its `to`, in order, in the record lines of
 * `text`'s episode list; none when no record names any of them.
 */
export function renamedRecordEdits(text: string, renames: readonly NameChange[]): TextEdit[] {
  const span = blockSpan(text);
  if (span === null || renames.length === 0) return [];
  const firstLine = countLines(text, span.from);
  const lines = text.slice(span.from, span.to).split("\n");
  const states = lineStates(lines);
  const edits: TextEdit[] = [];
  // Line 0 holds the start marker; the records stand on lines of their own under it.
  for (let n = 1; n < lines.length; n++) {
    const raw = lines[n] ?? "";
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const state = states[n];
    if (!state || state.code || state.carried) continue;
    const comments = commentStarts(state);
    const whole = comments.length === 1 && comments[0]?.closed === true && comments[0].to === line.trimEnd().length;
    if (!whole) continue;
    let next = line;
    for (const { from, to } of renames) next = renamedRecord(next, from, to) ?? next;
    if (next === line) continue;
    edits.push({ from: { line: firstLine + n, ch: 0 }, to: { line: firstLine + n, ch: line.length }, text: next });
  }
  return edits;
}

/** The number of line breaks before `offset`: the line `offset` stands on. */
function countLines(text: string, offset: number): number {
  let lines = 0;
  for (let at = text.indexOf("\n"); at >= 0 && at < offset; at = text.indexOf("\n", at + 1)) lines++;
  return lines;
}
