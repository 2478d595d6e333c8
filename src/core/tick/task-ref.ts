// What a sidebar row remembers about a checklist item so a tick finds that item again
// and no other. A line number goes stale as soon as the note changes, and a line's text
// is not enough: "Post on LinkedIn" is often both a prep and an after-show item. So an
// item is named the way a reader would point at it: "the second of the two 'Post on
// LinkedIn' under After the show, third line under that heading, between these two
// lines". All of it is a few numbers plus the item's own line and its heading path: the
// path and the counts come from the indexed Episode, and the lines around the item (and
// the text of a section whose heading is repeated) only as 32-bit hashes made when the
// note is read (context.ts), so the index never keeps the note's text.
import type { Episode, TaskItem } from "../types";
import { episodePaths, pathKey, sectionOrdinals, twinKey } from "./structure";
import { noteContext, type NoteContext } from "./context";
import { offsetPattern, statusPattern } from "./hash";

export interface TaskRef {
  /** The item's whole line as it was read (status included), without its line ending. */
  raw: string;
  /** The 0-based line it was on. Shown and used as a key; never enough to find the item. */
  line: number;
  /** Heading texts from the outermost down to the item's own heading; [] before the first heading. */
  path: readonly string[];
  /** Which of the sections with this heading path it is (0-based), of how many. */
  sectionOrdinal: number;
  sections: number;
  /**
   * With several such sections: the hash of its section's text (see context.ts), and
   * which of the sections with this path and this very text it is, of how many.
   * Otherwise 0, 0 and 1.
   */
  sectionHash: number;
  sameOrdinal: number;
  sameSections: number;
  /** Lines from its heading down to it (before the first heading: from the top of the note, plus one). */
  offset: number;
  /** Which of the section's task lines that read like it, checkbox aside, it is (0-based), of how many. */
  occurrence: number;
  twins: number;
  /**
   * Those twins' checkboxes, and their distances from the heading, in order, hashed (see
   * hash.ts). The race test found that counts were not enough: a ticked twin deleted, an
   * open one added and the item ticked keeps every count and puts another open twin in
   * its place; a twin deleted above and a line below edited into a twin shifts the item's
   * place among its twins by one while another twin takes its line number.
   */
  twinStatuses: number;
  twinOffsets: number;
  /** Hash of the lines just above and below it, checkboxes aside (see sides.ts). */
  neighbours: number;
  /** Hash of every line above it, from the top of the note (see sides.ts). */
  above: number;
  /** Hash of every line above its heading and every line below it (see sides.ts). */
  outside: number;
  /**
   * Hash of its section's own lines, from its heading down to the next heading, checkboxes
   * aside, and how many sections with a heading read so (0 before the first heading). The race
   * test found a section's heading moved away, or deleted, and typed again over look-alike
   * lines elsewhere: path, distance from the heading, neighbours and twins all matched,
   * and the old lookup ticked the look-alike.
   */
  sectionLines: number;
  lookalikes: number;
}

/**
 * Which of its namesakes each section is: among the sections with the same heading path,
 * and when there are several, among those with the same text too.
 */
function sectionIdentities(paths: readonly (readonly string[])[], hashes: ArrayLike<number>) {
  const byPath = sectionOrdinals(paths);
  const keys = paths.map((path, i) => ((byPath[i]?.count ?? 1) > 1 ? `${hashes[i] ?? 0}\n${pathKey(path)}` : pathKey(path)));
  const byText = sectionOrdinals(keys.map((k) => [k]));
  return paths.map((_, i) => {
    const repeated = (byPath[i]?.count ?? 1) > 1;
    return {
      sectionOrdinal: byPath[i]?.ordinal ?? 0,
      sections: byPath[i]?.count ?? 1,
      sectionHash: repeated ? (hashes[i] ?? 0) : 0,
      sameOrdinal: repeated ? (byText[i]?.ordinal ?? 0) : 0,
      sameSections: repeated ? (byText[i]?.count ?? 1) : 1,
    };
  });
}

/**
 * The ref of every task of the episode, in the order of `episode.tasks`; `context` is
 * `noteContext(text, episode)`, made when the note was read. Linear time.
 */
export function taskRefs(episode: Pick<Episode, "sections" | "tasks">, context: NoteContext): TaskRef[] {
  const paths = episodePaths(episode);
  const identities = sectionIdentities(paths, context.sections);
  // Twins are grouped per section: `${section}\n${key}` (a key never holds a line break).
  const groups = new Map<string, { offset: number; status: string }[]>();
  const offsetOf = (task: TaskItem) => task.line - (episode.sections[task.section]?.line ?? -1);
  const keyed = episode.tasks.map((task) => {
    const key = `${task.section}\n${twinKey(task.raw) ?? task.raw}`;
    const twins = groups.get(key) ?? [];
    groups.set(key, twins);
    twins.push({ offset: offsetOf(task), status: task.status });
    return { twins, occurrence: twins.length - 1 };
  });
  // Once per group, not per task: a note with thousands of identical items stays linear.
  const patterns = new Map<readonly unknown[], { twinStatuses: number; twinOffsets: number }>();
  for (const twins of groups.values()) patterns.set(twins, { twinStatuses: statusPattern(twins), twinOffsets: offsetPattern(twins) });
  return episode.tasks.map((task, i) => {
    const k = keyed[i] ?? { twins: [], occurrence: 0 };
    const section = identities[task.section] ?? { sectionOrdinal: 0, sections: 1, sectionHash: 0, sameOrdinal: 0, sameSections: 1 };
    return {
      raw: task.raw,
      line: task.line,
      path: paths[task.section] ?? [],
      ...section,
      offset: offsetOf(task),
      occurrence: k.occurrence,
      twins: k.twins.length,
      ...(patterns.get(k.twins) ?? { twinStatuses: 0, twinOffsets: 0 }),
      neighbours: context.neighbours[i] ?? 0,
      above: context.above[i] ?? 0,
      outside: context.outside[i] ?? 0,
      sectionLines: context.own[task.section] ?? 0,
      lookalikes: context.alike[task.section] ?? 0,
    };
  });
}

/** The refs of a note read from `text` (the demo and tests, which hold the text). */
export function taskRefsOf(episode: Pick<Episode, "sections" | "tasks">, text: string): TaskRef[] {
  return taskRefs(episode, noteContext(text, episode));
}
