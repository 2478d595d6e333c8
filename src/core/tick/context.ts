// What a ref needs from the note's text, kept as 32-bit hashes made when the note is
// read, so the index never keeps any of the note's text:
//
// - per task, its neighbours: the line above and the line below, checkboxes aside
//   (ticking a neighbour is harmless). Enough to notice that the line a ref would land
//   on is not where the item was: a copy typed elsewhere, a twin next door after lines
//   moved. Headings count as lines like any other: the race test found that taking any
//   heading for "edge of the section" let an item edited into a heading pass for the end
//   of its section.
// - per section whose heading path occurs more than once ("## Links" twice), its whole
//   text with its subsections, checkboxes included: namesake sections are told apart by
//   what they hold as well as by their order, which changes whenever sections are moved.
//   The subsections count because the race test found two "# Show" whose own lines were
//   the same and whose "### Social" below were not.
import type { Episode } from "../types";
import { splitLines, stripBom } from "../text/lines";
import { episodePaths, sectionOrdinals, subtreeEnds, twinKey } from "./structure";
import { hashText as hash } from "./hash";

export interface NoteContext {
  /** Per task, in `episode.tasks` order. */
  neighbours: Uint32Array;
  /** Per section (reader's numbering); 0 where the heading path is the only one of its kind. */
  sections: Uint32Array;
}

/** The neighbours' hash of line `n` of `lines` (lines without endings, BOM off). */
export function neighbourHash(lines: readonly string[], n: number): number {
  const around = (i: number) => {
    const line = lines[i];
    return line === undefined ? "\u0001" : (twinKey(line) ?? line);
  };
  return hash(`${around(n - 1)}\n${around(n + 1)}`);
}

/** The hash of lines `start` to `end` (exclusive): a heading's line to the end of its subtree. */
export function sectionHash(lines: readonly string[], start: number, end: number): number {
  let h = hash("\u0002");
  for (let i = Math.max(0, start); i < end; i++) h = hash(`${lines[i] ?? ""}\n`, h);
  return h;
}

/** The context of a note read from `text` into `episode`: what the index keeps beside it. */
export function noteContext(text: string, episode: Pick<Episode, "sections" | "tasks">): NoteContext {
  const lines = splitLines(stripBom(text));
  const ordinals = sectionOrdinals(episodePaths(episode));
  // Section 0 (before any heading) is never repeated; the others are the headings.
  const ends = subtreeEnds(episode.sections.slice(1), lines.length);
  return {
    neighbours: Uint32Array.from(episode.tasks, (task) => neighbourHash(lines, task.line)),
    sections: Uint32Array.from(episode.sections, (section, i) =>
      i > 0 && (ordinals[i]?.count ?? 1) > 1 ? sectionHash(lines, section.line, ends[i - 1] ?? lines.length) : 0,
    ),
  };
}
