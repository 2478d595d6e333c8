// The structure a ref names an item by: heading paths (a heading's parents, as in
// Obsidian's outline), which of the sections with the same path, and twin keys (the
// item's line with its checkbox blanked out).
import type { Episode } from "../types";
import { taskOnLine } from "../note/scan";
import { statusAtOf } from "./sides";

/**
 * The line with its status character blanked out: lines with the same key are the same
 * item text at the same indentation, whatever their checkbox says. Null for a line that
 * is not a task.
 */
export function twinKey(raw: string): string | null {
  const task = taskOnLine(raw);
  if (!task) return null;
  return keyAt(raw, task.statusAt, task.status.length);
}

/** twinKey() of a task the reader found (its status known, so the line is not read again). */
export function taskTwinKey(task: { raw: string; status: string }): string {
  const at = statusAtOf(task);
  return at < 0 ? (twinKey(task.raw) ?? task.raw) : keyAt(task.raw, at, task.status.length);
}

function keyAt(raw: string, statusAt: number, width: number): string {
  return `${raw.slice(0, statusAt)}\u0000${raw.slice(statusAt + width)}`;
}

/** A heading path as one comparable string (heading texts never hold a line break). */
export function pathKey(path: readonly string[]): string {
  return path.join("\n");
}

/**
 * The heading path of every section, in the reader's numbering: section 0 is the part
 * before the first heading, section i the i-th heading. A heading's parent is the
 * nearest heading above it with a smaller level, as in Obsidian's outline.
 */
export function sectionPaths(headings: readonly { level: number; text: string }[]): string[][] {
  const paths: string[][] = [[]];
  const stack: { level: number; path: string[] }[] = [];
  for (const heading of headings) {
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= heading.level) stack.pop();
    const path = [...(stack[stack.length - 1]?.path ?? []), heading.text];
    stack.push({ level: heading.level, path });
    paths.push(path);
  }
  return paths;
}

/** Per section (reader's numbering): which of the sections with its heading path it is, of how many. */
export function sectionOrdinals(paths: readonly (readonly string[])[]): { ordinal: number; count: number }[] {
  const counts = new Map<string, number>();
  const ordinals = paths.map((path) => {
    const key = pathKey(path);
    const ordinal = counts.get(key) ?? 0;
    counts.set(key, ordinal + 1);
    return { key, ordinal };
  });
  return ordinals.map(({ key, ordinal }) => ({ ordinal, count: counts.get(key) ?? 1 }));
}

/** The heading paths of an Episode's sections. */
export function episodePaths(episode: { readonly sections: readonly Pick<Episode["sections"][number], "level" | "heading">[] }): string[][] {
  return sectionPaths(episode.sections.slice(1).map((s) => ({ level: s.level, text: s.heading ?? "" })));
}

/**
 * Where each heading's part of the note ends: the line of the next heading of the same
 * or a higher level (its subsections included), or `lineCount`.
 */
export function subtreeEnds(headings: readonly { level: number; line: number }[], lineCount: number): number[] {
  const ends = headings.map(() => lineCount);
  const open: number[] = [];
  headings.forEach((heading, i) => {
    while (open.length > 0 && (headings[open[open.length - 1] ?? 0]?.level ?? 0) >= heading.level) ends[open.pop() ?? 0] = heading.line;
    open.push(i);
  });
  return ends;
}
