// Which body lines of a note are fenced code, worked out once per note: the schedule,
// index-note and show-name readers each ask, and a note with fences costs a pass each.
import { codeLines, type NoteFacts } from "./note-facts";

const known = new WeakMap<NoteFacts, (n: number) => boolean>();

/** codeLines for the note's own lines and body start, remembered while the note lives. */
export function noteCode(note: NoteFacts): (n: number) => boolean {
  let code = known.get(note);
  if (!code) {
    code = codeLines(note.lines, note.bodyStart);
    known.set(note, code);
  }
  return code;
}
