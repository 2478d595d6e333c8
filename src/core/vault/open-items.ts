// The open checklist items of an indexed episode, kept compact: each item's line as
// written (pooled, see string-pool.ts) and twelve small numbers in one typed array. The
// numbers are what a tick needs to find the item again (tick/task-ref.ts), worked out
// while the note's text was at hand, so the index never keeps the text. Done and
// cancelled items are only counted (Section.done/total/cancelled).
import type { Section, TaskItem } from "../types";
import { taskOnLine } from "../note/scan";
import { readLineDue, withoutMarks } from "../deadlines/line-due";
import { episodePaths, sectionOrdinals } from "../tick/structure";
import type { TaskRef } from "../tick/task-ref";

/** An open item as the index keeps it: a task whose state is "open", with its due date. */
export interface OpenTask extends TaskItem {
  state: "open";
  /** `📅 2026-11-27` (or `[due:: 2026-11-27]`) in the item, as `YYYY-MM-DD`; null without one. */
  due: string | null;
}

// Per item, in this order.
const LINE = 0;
const SECTION = 1;
const DEPTH = 2;
const OCCURRENCE = 3;
const TWINS = 4;
const TWIN_STATUSES = 5;
const TWIN_OFFSETS = 6;
const NEIGHBOURS = 7;
const ABOVE = 8;
const OUTSIDE = 9;
const SECTION_LINES = 10;
const LOOKALIKES = 11;
const STRIDE = 12;

/** Per section with a repeated heading path: its text's hash and its place among namesakes with that text. */
const REPEATED_STRIDE = 3;

/** One open item as it goes in: the task as read and its ref, made from the note's text. */
export interface OpenItemInput {
  task: TaskItem;
  ref: TaskRef;
}

export class OpenItems {
  private constructor(
    private readonly raws: readonly string[],
    private readonly data: Int32Array,
    /** Null unless a heading path occurs more than once in the note (rare). */
    private readonly repeated: Int32Array | null,
  ) {}

  static readonly EMPTY = new OpenItems([], new Int32Array(0), null);

  /** `intern` gives the copy of each line to keep (never a slice of the note). */
  static from(items: readonly OpenItemInput[], sectionCount: number, intern: (text: string) => string): OpenItems {
    if (items.length === 0) return OpenItems.EMPTY;
    const data = new Int32Array(items.length * STRIDE);
    let repeated: Int32Array | null = null;
    items.forEach(({ task, ref }, i) => {
      const at = i * STRIDE;
      data[at + LINE] = task.line;
      data[at + SECTION] = task.section;
      data[at + DEPTH] = task.depth;
      data[at + OCCURRENCE] = ref.occurrence;
      data[at + TWINS] = ref.twins;
      data[at + TWIN_STATUSES] = ref.twinStatuses;
      data[at + TWIN_OFFSETS] = ref.twinOffsets;
      data[at + NEIGHBOURS] = ref.neighbours;
      data[at + ABOVE] = ref.above;
      data[at + OUTSIDE] = ref.outside;
      data[at + SECTION_LINES] = ref.sectionLines;
      data[at + LOOKALIKES] = ref.lookalikes;
      if (ref.sections > 1) {
        repeated ??= new Int32Array(sectionCount * REPEATED_STRIDE);
        const s = task.section * REPEATED_STRIDE;
        repeated[s] = ref.sectionHash;
        repeated[s + 1] = ref.sameOrdinal;
        repeated[s + 2] = ref.sameSections;
      }
    });
    return new OpenItems(
      items.map(({ task }) => intern(task.raw)),
      data,
      repeated,
    );
  }

  get length(): number {
    return this.raws.length;
  }

  /** The lines kept, for the index's string pool. */
  lines(): readonly string[] {
    return this.raws;
  }

  /** Item `i` as a task (made on demand: the index keeps only the line and the numbers). */
  task(i: number): OpenTask | null {
    const raw = this.raws[i];
    if (raw === undefined) return null;
    const found = taskOnLine(raw);
    const status = found?.status ?? " ";
    const written = found ? raw.slice(found.statusAt + status.length + 1).trim() : raw.trim();
    // Read as the reader reads it (note/episode.ts): the deadline apart, the text without it.
    const due = readLineDue(written);
    const text = withoutMarks(written, due.spans);
    const at = i * STRIDE;
    const task: OpenTask = {
      line: this.data[at + LINE] ?? 0,
      raw,
      status,
      state: "open",
      text,
      depth: this.data[at + DEPTH] ?? 0,
      section: this.data[at + SECTION] ?? 0,
      due: due.date?.value ?? null,
    };
    if (due.date === null && due.offset !== null) task.dueOffset = due.offset.offset;
    return task;
  }

  tasks(): OpenTask[] {
    const out: OpenTask[] = [];
    for (let i = 0; i < this.raws.length; i++) {
      const task = this.task(i);
      if (task) out.push(task);
    }
    return out;
  }

  /**
   * The ref of every open item, in order, given the episode's sections (the heading paths
   * and which namesake each section is come from them). The same refs `taskRefs` made
   * from the note's text when it was read (a test compares them on the real notes).
   */
  refs(sections: readonly Section[]): TaskRef[] {
    const paths = episodePaths({ sections });
    const ordinals = sectionOrdinals(paths);
    const refs: TaskRef[] = [];
    for (let i = 0; i < this.raws.length; i++) {
      const at = i * STRIDE;
      const section = this.data[at + SECTION] ?? 0;
      const line = this.data[at + LINE] ?? 0;
      const count = ordinals[section]?.count ?? 1;
      const s = section * REPEATED_STRIDE;
      const repeated = count > 1 && this.repeated !== null;
      refs.push({
        raw: this.raws[i] ?? "",
        line,
        path: paths[section] ?? [],
        sectionOrdinal: ordinals[section]?.ordinal ?? 0,
        sections: count,
        sectionHash: repeated ? (this.repeated?.[s] ?? 0) >>> 0 : 0,
        sameOrdinal: repeated ? (this.repeated?.[s + 1] ?? 0) : 0,
        sameSections: repeated ? (this.repeated?.[s + 2] ?? 1) : 1,
        offset: line - (sections[section]?.line ?? -1),
        occurrence: this.data[at + OCCURRENCE] ?? 0,
        twins: this.data[at + TWINS] ?? 0,
        twinStatuses: (this.data[at + TWIN_STATUSES] ?? 0) >>> 0,
        twinOffsets: (this.data[at + TWIN_OFFSETS] ?? 0) >>> 0,
        neighbours: (this.data[at + NEIGHBOURS] ?? 0) >>> 0,
        above: (this.data[at + ABOVE] ?? 0) >>> 0,
        outside: (this.data[at + OUTSIDE] ?? 0) >>> 0,
        sectionLines: (this.data[at + SECTION_LINES] ?? 0) >>> 0,
        lookalikes: this.data[at + LOOKALIKES] ?? 0,
      });
    }
    return refs;
  }
}
