// What a ref needs from the note's text, kept as 32-bit hashes made when the note is
// read, so the index never keeps any of the note's text:
//
// - per task, its sides (sides.ts): every line above it, and every line outside the
//   stretch from its heading down to it. One of them as it was is enough to find it.
// - per task, its neighbours: the line above and the line below, checkboxes aside
//   (ticking a neighbour is harmless), for when both sides changed. Enough to notice
//   that the line a ref would land on is not where the item was: a copy typed
//   elsewhere, a twin next door after lines moved. Headings count as lines like any
//   other: the race test found that taking any heading for "edge of the section" let an
//   item edited into a heading pass for the end of its section.
// - per note, its heading and fence lines order aside, and which task lines stand under
//   which heading (note-wide.ts).
// - per section whose heading path occurs more than once ("## Links" twice), its whole
//   text with its subsections, checkboxes included: namesake sections are told apart by
//   what they hold as well as by their order, which changes whenever sections are moved.
//   The subsections count because the race test found two "# Show" whose own lines were
//   the same and whose "### Social" below were not.
import type { Episode } from "../types";
import { episodePaths, sectionOrdinals, subtreeEnds, taskTwinKey } from "./structure";
import { hashText } from "./hash";
import { taskSides } from "./sides";
import { countHiddenCopies, fenceLines, headingSet, looksLikeFence, noteShape } from "./note-wide";

/** Line `n` of a note without its line ending (BOM off), or undefined past the end. */
export type LineAt = (n: number) => string | undefined;

export interface NoteContext {
  /** Per task, in `episode.tasks` order: the lines just above and below it (sides.ts). */
  neighbours: Uint32Array;
  /** Per task: every line above it (sides.ts). */
  above: Uint32Array;
  /** Per task: every line above its heading and below it (sides.ts). */
  outside: Uint32Array;
  /** Per section (reader's numbering): its own lines, heading to next heading, checkboxes aside (sides.ts). */
  own: Uint32Array;
  /** Per section: how many sections with a heading read like it, checkboxes aside (sides.ts). */
  alike: Uint32Array;
  /** Per section (reader's numbering); 0 where the heading path is the only one of its kind. */
  sections: Uint32Array;
  /** The note's heading and fence lines order aside, and its task lines by heading (note-wide.ts). */
  headings: number;
  /** Per task: how many lines that are no items (code, comments) read as it (note-wide.ts); 0 when not wanted. */
  hidden: Uint32Array;
  /** Per section: its heading path (structure.ts), made once for the context and the refs. */
  paths?: string[][];
}

/** The hash of lines `start` to `end` (exclusive): a heading's line to the end of its subtree. */
export function sectionHash(line: LineAt, start: number, end: number): number {
  let h = hashText("\u0002");
  for (let i = Math.max(0, start); i < end; i++) h = hashText(line(i) ?? "", h);
  return h;
}

/**
 * The lines of `text` by number, without splitting it: the index makes a context for
 * every episode it reads, and cutting every line of a long note out as a string cost
 * more than hashing it. `lineHash` hashes a line where it stands in `text`. Same lines
 * as splitLines(stripBom(text)).
 */
function lineLookup(text: string): { line: LineAt; lineHash: (n: number) => number; fenceAt: (n: number) => boolean; lengthOf: (n: number) => number; count: number } {
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const starts: number[] = [];
  for (let at = from; at < text.length; ) {
    starts.push(at);
    const next = text.indexOf("\n", at);
    at = next < 0 ? text.length : next + 1;
  }
  const endOf = (n: number, start: number): number => {
    const next = starts[n + 1];
    let end = next === undefined ? (text.endsWith("\n") ? text.length - 1 : text.length) : next - 1;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    return end;
  };
  const line = (n: number): string | undefined => {
    const start = starts[n];
    return start === undefined ? undefined : text.slice(start, endOf(n, start));
  };
  const lineHash = (n: number): number => {
    const start = starts[n] ?? 0;
    return hashText(text, undefined, start, endOf(n, start));
  };
  const fenceAt = (n: number): boolean => {
    const start = starts[n] ?? 0;
    return looksLikeFence(text, start, endOf(n, start));
  };
  const lengthOf = (n: number): number => {
    const start = starts[n] ?? 0;
    return endOf(n, start) - start;
  };
  return { line, lineHash, fenceAt, lengthOf, count: starts.length };
}

/**
 * The context of a note read from `text` into `episode`: what the index keeps beside it.
 * With `openOnly`, done and cancelled tasks get 0 (the sidebar only ticks open items, and
 * in a vault of past episodes most items are done).
 */
export function noteContext(text: string, episode: Pick<Episode, "sections" | "tasks">, openOnly = false): NoteContext {
  const { line, lineHash, fenceAt, lengthOf, count } = lineLookup(text);
  const wanted = (i: number) => !openOnly || episode.tasks[i]?.state === "open";
  const { above, outside, neighbours, own, alike, spread } = taskSides(count, lineHash, episode, wanted);
  const sections = new Uint32Array(episode.sections.length);
  const paths = episodePaths(episode);
  const ordinals = sectionOrdinals(paths);
  if (ordinals.some((o) => o.count > 1)) {
    // Section 0 (before any heading) is never repeated; the others are the headings.
    const ends = subtreeEnds(episode.sections.slice(1), count);
    episode.sections.forEach((section, i) => {
      if (i > 0 && (ordinals[i]?.count ?? 1) > 1) sections[i] = sectionHash(line, section.line, ends[i - 1] ?? count);
    });
  }
  const headingLines = episode.sections.slice(1).map((s) => s.line);
  const headings = noteShape(headingSet(headingLines.concat(fenceLines(count, fenceAt)), lineHash), spread);
  return { neighbours, above, outside, own, alike, sections, paths, headings, hidden: hiddenCopies(count, lengthOf, line, episode, wanted) };
}

/** NoteContext.hidden: per wanted task, the lines that are no items but read as it. */
function hiddenCopies(count: number, lengthOf: (n: number) => number, line: LineAt, episode: Pick<Episode, "tasks">, wanted: (i: number) => boolean): Uint32Array {
  const hidden = new Uint32Array(episode.tasks.length);
  const keys = episode.tasks.map((task, i) => (wanted(i) ? taskTwinKey(task) : null));
  const counts = new Map<string, number>();
  for (const key of keys) if (key !== null) counts.set(key, 0);
  if (counts.size === 0) return hidden;
  countHiddenCopies(count, lengthOf, line, episode.tasks.map((t) => t.line), counts);
  keys.forEach((key, i) => {
    if (key !== null) hidden[i] = counts.get(key) ?? 0;
  });
  return hidden;
}
