// What lies on either side of an item, as two hashes: `above`, every line above it from
// the top of the note; `outside`, every line above its heading and every line below it to
// the end of the note (all but the stretch from its heading down to it). When either is
// exactly as it was, every change is on one side of the item (below it, or between its
// heading and it), so a line there that reads as the item is the item to anyone
// comparing the two texts, whatever changed on that side.
//
// "Every line below it" alone is not enough: the race test found sections moved so that
// another line reading as the item came last in the note under the same heading path,
// with "nothing below it" just as the item had had. A section can be moved to the end of
// the note but never above its first heading, and every line above the item's heading
// is also what fixes which heading it is.
//
// Lines count whole, checkboxes and frontmatter included, without line endings. Each
// line is hashed once and the hashes summed as a polynomial (sums[k] for lines 0..k-1),
// so any run of lines has a hash from two sums: one pass over the note gives both sides
// of every item, which the index needs for every note with open items it reads.
import type { Episode } from "../types";
import { taskOnLine } from "../note/scan";
import { hashText } from "./hash";
import { taskSpread } from "./note-wide";

export const BASE = 0x9e3779b1;
const PRIME = 0x01000193;
const ABOVE = 0x2545f491;
const BELOW = 0x4f1bbcdd;
const OUTSIDE = 0x6a09e667;
const NEIGHBOURS = 0x3c6ef372;
const NO_LINE = 0x1;

/** sums[k]: the lines 0..k-1 folded together (sums[0] = 0, none), from each line's own hash. */
export function lineSums(count: number, lineHash: (n: number) => number): Uint32Array {
  const sums = new Uint32Array(count + 1);
  for (let n = 0; n < count; n++) sums[n + 1] = (Math.imul(sums[n] ?? 0, BASE) + lineHash(n)) >>> 0;
  return sums;
}

/** BASE (or `of`) to the power `k`, by squaring. */
export function power(k: number, of = BASE): number {
  let result = 1;
  let base = of;
  for (let e = k; e > 0; e >>>= 1) {
    if (e & 1) result = Math.imul(result, base);
    base = Math.imul(base, base);
  }
  return result;
}

/** The inverse of an odd number modulo 2^32 (Newton's iteration: each step doubles the bits right). */
function inverse(odd: number): number {
  let x = odd;
  for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(odd, x));
  return x;
}

/** BASE's inverse: a sum can be divided by a power of BASE (one-removed.ts). */
export const BASE_INVERSE = inverse(BASE);
const PRIME_INVERSE = inverse(PRIME);

/** A run's sum and length sealed under a seed, so runs of different lengths or sides differ. */
function seal(seed: number, sum: number, length: number): number {
  return Math.imul(Math.imul(seed ^ sum, PRIME) ^ length, PRIME) >>> 0;
}

/** Lines `start` to `end` (exclusive), out of the difference of two sums. */
export function runOf(sums: Uint32Array, start: number, end: number): number {
  return seal(BELOW, rawRun(sums, start, end), end - start);
}

/** The `sum` a seal() was made of, given its seed and length: every step of seal() is invertible. */
function unseal(seed: number, sealed: number, length: number): number {
  return (Math.imul(Math.imul(sealed, PRIME_INVERSE) ^ length, PRIME_INVERSE) ^ seed) >>> 0;
}

/**
 * What a ref's `above` and `outside` were made of (one-removed.ts): the folded lines above
 * the item (`k` of them), and the folded lines below it (`length` of them) given the hash
 * of the lines above its heading. The hashes are kept as they are; this reads them back.
 */
export function aboveSum(above: number, k: number): number {
  return unseal(ABOVE, above, k);
}

export function belowSum(outside: number, aboveHeading: number, length: number): number {
  return unseal(BELOW, unseal(OUTSIDE ^ aboveHeading, outside, 0), length);
}

/** aboveOf() and outsideOf() from folded sums instead of a note's line sums. */
export function aboveFrom(sum: number, k: number): number {
  return seal(ABOVE, sum, k);
}

export function outsideFrom(aboveHeading: number, below: number, length: number): number {
  return seal(OUTSIDE ^ aboveHeading, seal(BELOW, below, length), 0);
}

/** Lines `start` to `end` (exclusive) folded, unsealed. */
export function rawRun(sums: Uint32Array, start: number, end: number): number {
  return ((sums[end] ?? 0) - Math.imul(sums[start] ?? 0, power(end - start))) >>> 0;
}

/**
 * aboveOf(at) and outsideOf(heading, at) of the note with its line `q` taken out (`at`
 * and `heading` count in that note), from the sums of the note as it is: whether the
 * note is the one a ref was made from with one line added (one-added.ts). O(log n).
 */
export function sidesWithout(sums: Uint32Array, q: number, heading: number, at: number): { above: number; outside: number } {
  const count = sums.length - 1;
  // The first k lines without line q.
  const prefix = (k: number) => (k <= q ? (sums[k] ?? 0) : (Math.imul(sums[q] ?? 0, power(k - q)) + rawRun(sums, q + 1, k + 1)) >>> 0);
  const above = (k: number) => seal(ABOVE, prefix(Math.max(0, k)), Math.max(0, k));
  // Lines at+1 to the end without line q: after it, or on both sides of it.
  const length = count - at - 2;
  const below = at >= q ? rawRun(sums, at + 2, count) : (Math.imul(rawRun(sums, at + 1, q), power(count - q - 1)) + rawRun(sums, q + 1, count)) >>> 0;
  return { above: above(at), outside: seal(OUTSIDE ^ above(heading), seal(BELOW, below, length), 0) };
}

/** Every line above line `at` (0 or less: none). */
export function aboveOf(sums: Uint32Array, at: number): number {
  const k = Math.max(0, at);
  return seal(ABOVE, sums[k] ?? 0, k);
}

/** Every line below line `at`: lines at+1 to the end, out of the difference of two sums. */
function belowOf(sums: Uint32Array, at: number): number {
  return runOf(sums, at + 1, sums.length - 1);
}

/** Every line above line `heading` (-1 for the part before any heading) and every line below line `at`. */
export function outsideOf(sums: Uint32Array, heading: number, at: number): number {
  return seal(OUTSIDE ^ aboveOf(sums, heading), belowOf(sums, at), 0);
}

/**
 * Per section (reader's numbering): its own lines, from its heading down to the next
 * heading (section 0: from the top of the note to the first heading).
 */
export function ownLines(sums: Uint32Array, headingLines: readonly number[]): Uint32Array {
  const count = sums.length - 1;
  const own = new Uint32Array(headingLines.length + 1);
  own[0] = runOf(sums, 0, headingLines[0] ?? count);
  headingLines.forEach((line, h) => {
    own[h + 1] = runOf(sums, line, headingLines[h + 1] ?? count);
  });
  return own;
}

/**
 * How many sections with a heading read like section `section` (0 for section 0), given
 * their own lines checkboxes aside (ownLines over blindSums): a tick in another section
 * never changes the count.
 */
export function lookalikes(blindOwn: Uint32Array, section: number): number {
  if (section === 0) return 0;
  let count = 0;
  for (let s = 1; s < blindOwn.length; s++) if (blindOwn[s] === blindOwn[section]) count++;
  return count;
}

/** lookalikes() of every section at once (a count per own-lines hash). */
function lookalikeCounts(blindOwn: Uint32Array): Uint32Array {
  const counts = new Map<number, number>();
  for (let s = 1; s < blindOwn.length; s++) counts.set(blindOwn[s] ?? 0, (counts.get(blindOwn[s] ?? 0) ?? 0) + 1);
  const out = new Uint32Array(blindOwn.length);
  for (let s = 1; s < blindOwn.length; s++) out[s] = counts.get(blindOwn[s] ?? 0) ?? 0;
  return out;
}

/** A task line's hash with its status character left out, hashed in place (no copy). */
export function blindLineHash(raw: string): number {
  const task = taskOnLine(raw);
  if (!task) return hashText(raw);
  return blindAt(raw, task.statusAt, task.status.length);
}

function blindAt(raw: string, statusAt: number, width: number): number {
  return hashText(raw, hashText(raw, undefined, 0, statusAt), statusAt + width, raw.length);
}

/**
 * Where the status character of a task the reader found sits in its line, without
 * reading the line again: nothing before a checkbox (quote marks, indentation, a list
 * marker) is a `[`, so it is just after the line's first `[`. -1 when the status the
 * reader saw is not there: the callers then read the line (the index finds the checkbox
 * of every task of every note it reads, twice, and reading the line was a tenth of it).
 */
export function statusAtOf(task: { raw: string; status: string }): number {
  const at = task.raw.indexOf("[") + 1;
  return at > 0 && task.raw.startsWith(task.status, at) && task.raw.charCodeAt(at + task.status.length) === 93 ? at : -1;
}

/** blindLineHash() of a task the reader found (its status known). */
export function blindTaskHash(task: { raw: string; status: string }): number {
  const at = statusAtOf(task);
  return at < 0 ? blindLineHash(task.raw) : blindAt(task.raw, at, task.status.length);
}

/**
 * Every line's hash with each task line's checkbox left out: the reader's task lines,
 * so a line in a code block counts as written. `hashes` holds every line's own hash.
 */
export function blindHashes(hashes: Uint32Array, tasks: readonly { line: number; raw: string; status: string }[]): Uint32Array {
  const blind = hashes.slice();
  for (const task of tasks) blind[task.line] = blindTaskHash(task);
  return blind;
}

/**
 * ownLines() of one section, lines `start` to `end` (exclusive), from every line's own
 * hash (`hashes`) and the note's tasks: what a tick compares when one side of the item
 * is as it was, without making the blind hashes of the whole note.
 */
export function ownLinesOf(hashes: Uint32Array, tasks: readonly { line: number; raw: string; status: string }[], start: number, end: number): number {
  const blind = hashes.slice(start, end);
  for (const task of tasks) if (task.line >= start && task.line < end) blind[task.line - start] = blindTaskHash(task);
  return runOf(blindSums(blind), 0, blind.length);
}

/** lineSums over blindHashes(). */
export function blindSums(blind: Uint32Array): Uint32Array {
  return lineSums(blind.length, (n) => blind[n] ?? 0);
}

/**
 * The lines just above and below line `n`, checkboxes aside (from blindHashes): the
 * race test found an item's look-alike at the end of a section that read as the item's
 * did, told apart only by the heading (or end of note) under it.
 */
export function neighboursOf(blind: Uint32Array, n: number): number {
  const at = (i: number) => (i < 0 || i >= blind.length ? NO_LINE : (blind[i] ?? NO_LINE));
  return seal(NEIGHBOURS, (Math.imul(at(n - 1), BASE) + at(n + 1)) >>> 0, 2);
}

/**
 * Both sides and the neighbours of every wanted task (0 for the others), the own lines
 * of every section checkboxes aside and how many sections read like each, and the
 * note's task spread (note-wide.ts); nothing to hash when no task is wanted.
 */
export function taskSides(count: number, lineHash: (n: number) => number, episode: Pick<Episode, "sections" | "tasks">, wanted: (i: number) => boolean) {
  const { tasks, sections } = episode;
  const above = new Uint32Array(tasks.length);
  const outside = new Uint32Array(tasks.length);
  const neighbours = new Uint32Array(tasks.length);
  if (!tasks.some((_, i) => wanted(i))) return { above, outside, neighbours, own: new Uint32Array(sections.length), alike: new Uint32Array(sections.length), spread: 0 };
  const hashes = new Uint32Array(count);
  for (let n = 0; n < count; n++) hashes[n] = lineHash(n);
  const sums = lineSums(count, (n) => hashes[n] ?? 0);
  const blind = blindHashes(hashes, tasks);
  tasks.forEach((task, i) => {
    if (!wanted(i)) return;
    above[i] = aboveOf(sums, task.line);
    outside[i] = outsideOf(sums, sections[task.section]?.line ?? -1, task.line);
    neighbours[i] = neighboursOf(blind, task.line);
  });
  const own = ownLines(blindSums(blind), sections.slice(1).map((s) => s.line));
  const spread = taskSpread(
    sections.slice(1).map((s) => hashes[s.line] ?? 0),
    tasks,
    (i) => blind[tasks[i]?.line ?? 0] ?? 0,
  );
  return { above, outside, neighbours, own, alike: lookalikeCounts(own), spread };
}

/** taskSpread() (note-wide.ts) of a note split into `lines`, given its heading lines and its tasks as the reader found them. */
export function taskSpreadOf(lines: readonly string[], headingLines: readonly number[], tasks: readonly { section: number; raw: string; status: string }[]): number {
  return taskSpread(
    headingLines.map((n) => hashText(lines[n] ?? "")),
    tasks,
    (i) => blindTaskHash(tasks[i] ?? { raw: "", status: "" }),
  );
}
