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
import { episodePaths, pathKey, sectionOrdinals, taskTwinKey } from "./structure";
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
  /**
   * How many task lines of the whole note read like it, checkbox aside (its twins and
   * those under other headings), and the note's heading and code fence lines, order aside (note-wide.ts).
   * The race test found the item edited or deleted and its neighbourhood rebuilt around a
   * look-alike with every local number above unchanged: one of these two changes then.
   */
  copies: number;
  headings: number;
  /**
   * How many lines that are no items (in code, a comment, the frontmatter) read like it.
   * More lines reading as it, items or not, than before refuse a tick (toggle.ts): the
   * race test found the item moved into code and a copy made where it was.
   */
  hidden: number;
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
 * `noteContext(text, episode)`, made when the note was read. Linear time. With `only`,
 * the refs of the tasks it picks (still in order): twins are counted among all tasks.
 */
export function taskRefs(episode: Pick<Episode, "sections" | "tasks">, context: NoteContext, only?: (task: TaskItem) => boolean): TaskRef[] {
  const paths = context.paths ?? episodePaths(episode);
  const identities = sectionIdentities(paths, context.sections);
  // Twins are grouped per section, by twin key. One map per section: no key strings made
  // of section and line, and the index builds the refs of every note it reads.
  const bySection = new Map<number, Map<string, Twins>>();
  const offsetOf = (task: TaskItem) => task.line - (episode.sections[task.section]?.line ?? -1);
  const keyed: { twins: Twins; occurrence: number; key: string }[] = [];
  // Every task line's twin key in the whole note, counted: the copies of each item.
  const copies = new Map<string, number>();
  let groups: Map<string, Twins> | undefined;
  let groupsOf = -1;
  for (const task of episode.tasks) {
    if (task.section !== groupsOf || groups === undefined) {
      groupsOf = task.section;
      groups = bySection.get(groupsOf) ?? new Map<string, Twins>();
      bySection.set(groupsOf, groups);
    }
    const key = taskTwinKey(task);
    let twins = groups.get(key);
    if (twins === undefined) {
      twins = { members: [], statuses: 0, offsets: 0 };
      groups.set(key, twins);
    }
    twins.members.push({ offset: offsetOf(task), status: task.status });
    keyed.push({ twins, occurrence: twins.members.length - 1, key });
    copies.set(key, (copies.get(key) ?? 0) + 1);
  }
  // Once per group, not per task: a note with thousands of identical items stays linear.
  for (const groupsIn of bySection.values()) {
    for (const twins of groupsIn.values()) {
      twins.statuses = statusPattern(twins.members);
      twins.offsets = offsetPattern(twins.members);
    }
  }
  const refs: TaskRef[] = [];
  episode.tasks.forEach((task, i) => {
    if (only && !only(task)) return;
    const k = keyed[i] ?? { twins: { members: [], statuses: 0, offsets: 0 }, occurrence: 0, key: "" };
    const section = identities[task.section] ?? { sectionOrdinal: 0, sections: 1, sectionHash: 0, sameOrdinal: 0, sameSections: 1 };
    // Field by field (no spreads): every ref gets one shape, and spreading cost a tenth of the index's reading.
    refs.push({
      raw: task.raw,
      line: task.line,
      path: paths[task.section] ?? [],
      sectionOrdinal: section.sectionOrdinal,
      sections: section.sections,
      sectionHash: section.sectionHash,
      sameOrdinal: section.sameOrdinal,
      sameSections: section.sameSections,
      offset: offsetOf(task),
      occurrence: k.occurrence,
      twins: k.twins.members.length,
      twinStatuses: k.twins.statuses,
      twinOffsets: k.twins.offsets,
      neighbours: context.neighbours[i] ?? 0,
      above: context.above[i] ?? 0,
      outside: context.outside[i] ?? 0,
      sectionLines: context.own[task.section] ?? 0,
      lookalikes: context.alike[task.section] ?? 0,
      copies: copies.get(k.key) ?? 1,
      hidden: context.hidden[i] ?? 0,
      headings: context.headings,
    });
  });
  return refs;
}

/** The items of one section that read alike, checkbox aside, and their patterns (hash.ts). */
interface Twins {
  members: { offset: number; status: string }[];
  statuses: number;
  offsets: number;
}

/** The refs of a note read from `text` (the demo and tests, which hold the text). */
export function taskRefsOf(episode: Pick<Episode, "sections" | "tasks">, text: string): TaskRef[] {
  return taskRefs(episode, noteContext(text, episode));
}
