// Git's conflict markers left in a note: a merge (by hand, or a git-based sync plugin)
// that stopped on a conflict writes both sides into the file,
//
//     <<<<<<< HEAD            (ours, with a label)
//     - [x] Book the guest
//     ||||||| base            (diff3 and zdiff3 styles only: the common ancestor)
//     - [ ] Book the guest
//     =======                 (alone on its line)
//     - [ ] Book the guest
//     >>>>>>> origin/main     (theirs, with a label)
//
// and Obsidian shows every line of it. The items inside are twice over (ticked on one side,
// open on the other), so neither side's checkbox says what is done: the reader leaves them
// out of the counts and says so (episode.ts), and a tick on one is refused
// (tick/merge-refusal.ts).
//
// A marker is exactly seven of its character at the start of the line, as git writes them
// (with the default conflict-marker-size), then the end of the line or a space and a label;
// `=======` stands alone. A marker counts only in order: `<<<<<<<`, optionally `|||||||`,
// `=======`, `>>>>>>>`. So a `=======` line anywhere else is what Markdown makes of it (a
// setext heading's underline, or text), and so is a stray `>>>>>>>` (a quote three levels
// deep). Lines in fenced code blocks are no markers: a note may explain git with an example.
// One pass, each line looked at by its first character and at most its first eight, so the
// time is linear in the number of lines however long they are.
import type { LineRange } from "./comments";
import { inSortedRanges } from "../text/sorted-ranges";

/** One conflict: the lines of its `<<<<<<<` and `>>>>>>>` markers (0-based, both included), and of its `=======`. */
export interface MergeConflict {
  start: number;
  separator: number;
  end: number;
}

const SIZE = 7;
const OURS = 60; // <
const BASE = 124; // |
const SEPARATOR = 61; // =
const THEIRS = 62; // >

/** Seven of `char` opening the line and not an eighth; `alone`: nothing after them but spaces. */
function isMarker(line: string, char: number, alone: boolean): boolean {
  if (line.length < SIZE) return false;
  for (let i = 0; i < SIZE; i++) if (line.charCodeAt(i) !== char) return false;
  if (line.length === SIZE) return true;
  const after = line.charCodeAt(SIZE);
  if (after !== 32 && after !== 9) return false;
  return !alone || line.slice(SIZE).trim() === "";
}

/**
 * The conflicts git left in `lines`, in order. `code`: the note's fenced code blocks
 * (scan.code, in order), whose lines are never markers. A `<<<<<<<` seen again before its
 * conflict closed starts over from there: git never nests them, so the first was no
 * conflict (or one half deleted by hand).
 */
export function mergeConflicts(lines: readonly string[], code: readonly LineRange[] = []): MergeConflict[] {
  const conflicts: MergeConflict[] = [];
  let start = -1;
  let separator = -1;
  let block = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] ?? "";
    const first = line.charCodeAt(0);
    if (first !== OURS && first !== BASE && first !== SEPARATOR && first !== THEIRS) continue;
    while (block < code.length && (code[block]?.to ?? 0) < n) block++;
    if (block < code.length && (code[block]?.from ?? Infinity) <= n) continue;
    if (first === OURS && isMarker(line, OURS, false)) {
      start = n;
      separator = -1;
    } else if (start < 0) continue;
    else if (separator < 0 && first === SEPARATOR && isMarker(line, SEPARATOR, true)) separator = n;
    else if (separator >= 0 && first === THEIRS && isMarker(line, THEIRS, false)) {
      conflicts.push({ start, separator, end: n });
      start = -1;
      separator = -1;
    }
  }
  return conflicts;
}

/** Whether line `n` lies inside one of `conflicts` (sorted, as mergeConflicts returns them), its markers included. */
export function inConflict(conflicts: readonly MergeConflict[], n: number): boolean {
  return inSortedRanges(conflicts, n, (c) => c.start, (c) => c.end);
}

/** "12–18", "12–18 and 30–41", "12–18, 30–41 and 3 more": 1-based, as the editor numbers lines. */
function lineList(conflicts: readonly MergeConflict[]): string {
  const span = (c: MergeConflict) => `${c.start + 1}–${c.end + 1}`;
  if (conflicts.length > 3) return `${conflicts.slice(0, 2).map(span).join(", ")} and ${conflicts.length - 2} more`;
  const shown = conflicts.map(span);
  return shown.length === 1 ? (shown[0] ?? "") : `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1] ?? ""}`;
}

/**
 * What the reader says of a note with conflicts: where they are, what became of their items
 * (`items`: how many the conflicts hold, all sides), and what to do.
 */
export function mergeConflictMessage(conflicts: readonly MergeConflict[], items: number): string {
  const one = conflicts.length === 1;
  const where = `Unresolved merge conflict${one ? "" : "s"} (lines ${lineList(conflicts)})`;
  const left = items === 0 ? "" : ` ${items === 1 ? "Its checklist item is" : `Its ${items} checklist items are`} not counted until ${one ? "it is" : "they are"} resolved.`;
  return `${where}: git left both sides in the note.${left} Keep the side you want, delete the other and the marker lines (<<<<<<<, =======, >>>>>>>).`;
}
