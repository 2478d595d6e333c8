// Two numbers about the whole note that a ref keeps beside what names the item locally:
// how many lines in the note read as the item (checkbox aside), and the note's shape: its
// heading and code fence lines order aside, and which task lines stand under which
// heading. They guard a tick whose surroundings were all rebuilt.
//
// The race test, with random seeds, found ticks that every local check vouched for and
// that landed on a look-alike: the item edited or deleted (or its section moved away and
// its heading renamed), then a heading above a look-alike deleted so that the look-alike
// came to sit exactly where the item had, under the same heading, with the same lines
// above it or around it. Something about the note as a whole had to change for that: a
// line reading as the item went missing (the item itself), or a heading was added,
// removed or renamed (the one that had kept the look-alike apart).
//
// Code fence lines count with the headings (seed -1106696743): a section moved across a
// fence put the item in code and let a look-alike out of it, every heading and copy as
// before; a fence line moved or deleted is what changed. Any line that starts, after
// indentation and quote marks, with three backticks or tildes counts, a fence or not:
// the number only refuses, so counting a few lines too many is safe.
//
// Order aside, so that moving sections around (which the ref allows) leaves the heading
// number as it was; a sum of mixed hashes is as cheap to keep as one number per note.
//
// Seed 1289402713 (ticks6, open until ticks7): the item's heading deleted and typed again
// further down, over a look-alike's lines, with lines changed on both sides of the item:
// the same headings (in another order), every count and every line around the look-alike
// as around the item. What changed is which heading the items stand under: the item's
// copies, which stood under "## Prep", now stand under "## After the show", and the item
// before any heading. So the ref keeps that too: every section's heading line with the
// repeated task lines under it (checkboxes aside), order aside, for the sections that
// hold any. Sections moved, prose
// typed, other items ticked and items that read as no other typed or edited leave it as
// it was; a repeated task line typed, removed or edited, or a heading typed, removed or
// renamed over repeated task lines, changes it. It only guards a tick with both sides of the
// item changed and lines reading as it outside its section (toggle.ts).
//
// Both numbers share the one number per note the index keeps (open-item-layout.ts), 16
// bits each: each only guards a tick that every local check has allowed, so a 1 in
// 65,536 collision never picks a line on its own.
import { hashText } from "./hash";
import { taskTwinKey, twinKey } from "./structure";

const MIX = 0x9e3779b1;
const PRIME = 0x01000193;

/** A 32-bit hash folded to 16 bits. */
function fold(h: number): number {
  return (h ^ (h >>> 16)) & 0xffff;
}

/** The note's heading lines (each line as written, by number), order aside, as 16 bits. */
export function headingSet(headingLines: readonly number[], lineHash: (n: number) => number): number {
  let sum = 0;
  for (const line of headingLines) sum = (sum + Math.imul(lineHash(line) ^ MIX, MIX)) >>> 0;
  // Sealed with the count, so that two headings whose mixed hashes cancel out are not "none".
  return fold(Math.imul(sum ^ headingLines.length, PRIME) >>> 0);
}

/**
 * Every section's heading line (section 0: none) with its repeated task lines in order
 * (those that read as another task line of the note, checkboxes aside), for the sections
 * that hold any, order aside, as 16 bits. `blind(i)`: task i's line hash without its status (sides.ts). A look-alike is
 * made of repeated lines; an item that reads as no other can be typed, removed or edited
 * anywhere without changing the number (the sidebar test's "Book the studio").
 */
export function taskSpread(headingHashes: readonly number[], tasks: readonly { section: number }[], blind: (i: number) => number): number {
  const hashes = tasks.map((_, i) => blind(i));
  const seen = new Map<number, number>();
  for (const h of hashes) seen.set(h, (seen.get(h) ?? 0) + 1);
  const own = new Uint32Array(headingHashes.length + 1);
  own[0] = 0x811c9dc5;
  headingHashes.forEach((h, i) => (own[i + 1] = h));
  // Only sections that hold a repeated task line count: a heading over none (a setext
  // heading made by lines typed above the frontmatter, the plugin's tick-twins test) tells
  // nothing about where the items stand.
  const holds = new Uint8Array(own.length);
  tasks.forEach((task, i) => {
    const h = hashes[i] ?? 0;
    if ((seen.get(h) ?? 0) < 2) return;
    own[task.section] = Math.imul((own[task.section] ?? 0) ^ h, PRIME);
    holds[task.section] = 1;
  });
  let sum = 0;
  let count = 0;
  own.forEach((h, s) => {
    if (holds[s] !== 1) return;
    sum = (sum + Math.imul(h ^ MIX, MIX)) >>> 0;
    count++;
  });
  return fold(Math.imul(sum ^ count, PRIME) >>> 0);
}

/** TaskRef.headings: the task spread in the high 16 bits, the heading set in the low. */
export function noteShape(headings: number, spread: number): number {
  return ((spread << 16) | headings) >>> 0;
}

export const headingsOf = (shape: number): number => shape & 0xffff;
export const spreadOf = (shape: number): number => shape >>> 16;

/** Whether text[start, end) starts, after spaces, tabs and `>`, with three backticks or three tildes. */
export function looksLikeFence(text: string, start: number, end: number): boolean {
  let at = start;
  for (let c = text.charCodeAt(at); at < end && (c === 32 || c === 9 || c === 62); c = text.charCodeAt(++at));
  const mark = text.charCodeAt(at);
  return at + 3 <= end && (mark === 96 || mark === 126) && text.charCodeAt(at + 1) === mark && text.charCodeAt(at + 2) === mark;
}

/** The line numbers of `count` lines that looksLikeFence(), given each line's text and span. */
export function fenceLines(count: number, fenceAt: (n: number) => boolean): number[] {
  const found: number[] = [];
  for (let n = 0; n < count; n++) if (fenceAt(n)) found.push(n);
  return found;
}

/** headingSet() of the heading lines and fence-like lines of a note split into `lines`. */
export function headingSetOf(lines: readonly string[], headingLines: readonly number[]): number {
  const fences = fenceLines(lines.length, (n) => looksLikeFence(lines[n] ?? "", 0, (lines[n] ?? "").length));
  return headingSet(headingLines.concat(fences), (n) => hashText(lines[n] ?? ""));
}

/** How many of `tasks` read as `key` (twinKey): the task lines of the whole note that read as the item. */
export function copiesOf(tasks: readonly { raw: string; status: string }[], key: string): number {
  let count = 0;
  // A twin key is its line with the status replaced by one character: lines of another length are skipped unread.
  for (const task of tasks) if (task.raw.length - task.status.length + 1 === key.length && taskTwinKey(task) === key) count++;
  return count;
}

/**
 * Adds to `counts` (twin key to count, the keys wanted) the lines of a note that read as
 * one of its keys but are no items to the reader: in a code block, a comment or the
 * frontmatter. The ticks6 property found the item moved under a heading where its tab
 * made it an indented code block, and the line left in its place edited into a copy: as
 * many items as before read as it, but one line more. `taskLines` ascending; a line is
 * read (cut out and parsed) only when its length fits a key's and it holds a `[`.
 */
export function countHiddenCopies(count: number, lengthOf: (n: number) => number, lineAt: (n: number) => string | undefined, taskLines: readonly number[], counts: Map<string, number>): void {
  // The lengths a line reading as a key can have, by length: a key has one character
  // for the status, which may be two UTF-16 units in the line.
  let longest = 0;
  for (const key of counts.keys()) longest = Math.max(longest, key.length + 1);
  const fits = new Uint8Array(longest + 1);
  for (const key of counts.keys()) fits[key.length] = fits[key.length + 1] = 1;
  let t = 0;
  for (let n = 0; n < count; n++) {
    while ((taskLines[t] ?? count) < n) t++;
    if (taskLines[t] === n || fits[lengthOf(n)] !== 1) continue;
    const line = lineAt(n) ?? "";
    if (!line.includes("[")) continue;
    const key = twinKey(line);
    const had = key === null ? undefined : counts.get(key);
    if (key !== null && had !== undefined) counts.set(key, had + 1);
  }
}

/** How many lines of a note split into `lines` that are no items read as `key` (TaskRef.hidden). */
export function hiddenCopiesOf(lines: readonly string[], tasks: readonly { line: number }[], key: string): number {
  const counts = new Map([[key, 0]]);
  countHiddenCopies(lines.length, (n) => (lines[n] ?? "").length, (n) => lines[n], tasks.map((t) => t.line), counts);
  return counts.get(key) ?? 0;
}
