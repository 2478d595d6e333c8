// The open checklist items of an indexed episode, kept compact: each item's line as
// written (pooled, see string-pool.ts) and a few small numbers in one typed array per
// episode. The numbers are what a tick needs to find the item again (tick/task-ref.ts)
// and the item's own deadline as a day number, worked out while the note's text was at
// hand, so the index never keeps the text and the agenda never re-reads a line to sort
// it. Done and cancelled items are only counted (Section.done/total/cancelled).
import type { Section, TaskItem } from "../types";
import type { Offset } from "../deadlines/offset";
import { taskOnLine } from "../note/scan";
import type { OpenItemList } from "../deadlines/item-due";
import { readLine, type ReadLine } from "./open-item-line";
import { dateOfDay, dayNumber } from "../deadlines/day-number";
import { episodePaths, sectionOrdinals } from "../tick/structure";
import { offsetPattern, statusPattern } from "../tick/hash";
import type { TaskRef } from "../tick/task-ref";
import { LINE, PLACE, NEIGHBOURS, ABOVE, OUTSIDE, DUE, ITEM_STRIDE, SECTION_BITS, DEPTH_SHIFT, DEPTH_LIMIT, SECTION_LINES, LOOKALIKES, SECTION_STRIDE } from "./open-item-layout";
import { REPEATED_STRIDE, SECTION, DEPTH, TWINS, OCCURRENCE, TWIN_STATUSES, TWIN_OFFSETS, COPIES, HIDDEN, OTHER_STRIDE, NOTE_STRIDE, NO_DUE, OFFSET_DUE } from "./open-item-layout";

/** An open item as the index keeps it: a task whose state is "open", with its due date. */
export interface OpenTask extends TaskItem {
  state: "open";
  /** `📅 2026-11-27` (or `[due:: 2026-11-27]`) in the item, as `YYYY-MM-DD`; null without one. */
  due: string | null;
}

/**
 * One open item as it goes in: the task as read and its ref, made from the note's text;
 * null in an index made for a report, which never ticks (see EpisodeIndex).
 */
export interface OpenItemInput {
  task: TaskItem;
  ref: TaskRef | null;
}

/** The twin numbers an item alone among look-alikes has: its own checkbox and distance from the heading. */
function aloneTwins(status: string, offset: number): { twinStatuses: number; twinOffsets: number } {
  const self = [{ status, offset }];
  return { twinStatuses: statusPattern(self), twinOffsets: offsetPattern(self) };
}

function ownDue(task: TaskItem): number {
  if (typeof task.due === "string") {
    const day = dayNumber(task.due);
    if (Number.isFinite(day)) return day;
  }
  return task.dueOffset !== undefined ? OFFSET_DUE : NO_DUE;
}

export class OpenItems implements OpenItemList {
  private constructor(
    private readonly raws: readonly string[],
    private readonly data: Int32Array,
    private readonly sectionsAt: number,
    /** -1 unless a heading path occurs more than once in the note (rare). */
    private readonly repeatedAt: number,
    private readonly othersAt: number,
    /** False when made without refs: `refs()` then refuses rather than hand out identities that match nothing. */
    private readonly tickable = true,
  ) {}

  static readonly EMPTY = new OpenItems([], new Int32Array(0), 0, -1, 0);

  /** `intern` gives the copy of each line to keep (never a slice of the note). */
  static from(items: readonly OpenItemInput[], sections: readonly Section[], intern: (text: string) => string): OpenItems {
    if (items.length === 0) return OpenItems.EMPTY;
    const sectionCount = sections.length;
    const tickable = items.every(({ ref }) => ref !== null);
    const repeats = items.some(({ ref }) => ref !== null && ref.sections > 1);
    const packed = items.map(({ task, ref }) => (ref === null || isAlone(task, ref, sections)) && task.section <= SECTION_BITS && task.depth < DEPTH_LIMIT);
    const others = packed.filter((p) => !p).length;
    const sectionsAt = items.length * ITEM_STRIDE;
    const repeatedAt = repeats ? sectionsAt + sectionCount * SECTION_STRIDE : -1;
    const othersAt = sectionsAt + sectionCount * SECTION_STRIDE + (repeats ? sectionCount * REPEATED_STRIDE : 0);
    const noteAt = othersAt + others * OTHER_STRIDE;
    const data = new Int32Array(noteAt + NOTE_STRIDE);
    let other = 0;
    items.forEach(({ task, ref }, i) => {
      const at = i * ITEM_STRIDE;
      data[at + LINE] = task.line;
      data[at + DUE] = ownDue(task);
      // Out of the ordinary: its place whole in the block of the others (and its twin numbers, with a ref).
      let o = -1;
      if (packed[i]) data[at + PLACE] = task.section | (task.depth << DEPTH_SHIFT);
      else {
        data[at + PLACE] = ~other;
        o = othersAt + other * OTHER_STRIDE;
        data[o + SECTION] = task.section;
        data[o + DEPTH] = task.depth;
        other++;
      }
      if (ref === null) return;
      data[at + NEIGHBOURS] = ref.neighbours;
      data[at + ABOVE] = ref.above;
      data[at + OUTSIDE] = ref.outside;
      data[noteAt] = ref.headings;
      if (o >= 0) {
        data[o + TWINS] = ref.twins;
        data[o + OCCURRENCE] = ref.occurrence;
        data[o + TWIN_STATUSES] = ref.twinStatuses;
        data[o + TWIN_OFFSETS] = ref.twinOffsets;
        data[o + COPIES] = ref.copies;
        data[o + HIDDEN] = ref.hidden;
      }
      const s = sectionsAt + task.section * SECTION_STRIDE;
      data[s + SECTION_LINES] = ref.sectionLines;
      data[s + LOOKALIKES] = ref.lookalikes;
      if (ref.sections > 1) {
        const r = repeatedAt + task.section * REPEATED_STRIDE;
        data[r] = ref.sectionHash;
        data[r + 1] = ref.sameOrdinal;
        data[r + 2] = ref.sameSections;
      }
    });
    return new OpenItems(
      items.map(({ task }) => intern(task.raw)),
      data,
      sectionsAt,
      repeatedAt,
      othersAt,
      tickable,
    );
  }

  get length(): number {
    return this.raws.length;
  }

  /** The lines kept, for the index's string pool. */
  lines(): readonly string[] {
    return this.raws;
  }

  /** The 0-based line item `i` was on. */
  line(i: number): number {
    return this.data[i * ITEM_STRIDE + LINE] ?? 0;
  }

  /** The index of the section item `i` is in. */
  section(i: number): number {
    const place = this.data[i * ITEM_STRIDE + PLACE] ?? 0;
    return place >= 0 ? place & SECTION_BITS : (this.data[this.other(place) + SECTION] ?? 0);
  }

  private depth(i: number): number {
    const place = this.data[i * ITEM_STRIDE + PLACE] ?? 0;
    return place >= 0 ? place >>> DEPTH_SHIFT : (this.data[this.other(place) + DEPTH] ?? 0);
  }

  /** Where the entry of an item out of the ordinary starts, from its PLACE. */
  private other(place: number): number {
    return this.othersAt + ~place * OTHER_STRIDE;
  }

  /** The day number of item `i`'s own date (`📅 2026-11-27`), null without one: no line is read. */
  dueDay(i: number): number | null {
    const due = this.data[i * ITEM_STRIDE + DUE] ?? NO_DUE;
    return due === NO_DUE || due === OFFSET_DUE ? null : due;
  }

  /** Item `i`'s own date, null without one: from its day number, no line is read. */
  dueDate(i: number): string | null {
    const day = this.dueDay(i);
    return day === null ? null : dateOfDay(day);
  }

  /** Item `i`'s offset from the show (`📅 -7d`) when its line has no date: its line is read again only then. */
  dueOffset(i: number): Offset | undefined {
    if (this.data[i * ITEM_STRIDE + DUE] !== OFFSET_DUE) return undefined;
    const due = this.readItem(i)?.due;
    return due && due.date === null && due.offset !== null ? due.offset.offset : undefined;
  }

  /** Item `i`'s text after the checkbox, without its deadline marks (its line is read again). */
  text(i: number): string {
    return this.readItem(i)?.text ?? "";
  }

  private readItem(i: number): ReadLine | null {
    const raw = this.raws[i];
    return raw === undefined ? null : readLine(raw);
  }

  /** Item `i` as a task (made on demand: the index keeps only the line and the numbers). */
  task(i: number): OpenTask | null {
    const raw = this.raws[i];
    if (raw === undefined) return null;
    const { status, text, due } = readLine(raw);
    const at = i * ITEM_STRIDE;
    const task: OpenTask = {
      line: this.data[at + LINE] ?? 0,
      raw,
      status,
      state: "open",
      text,
      depth: this.depth(i),
      section: this.section(i),
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
    if (!this.tickable) throw new Error("These items were indexed for a report, without what a tick needs to find them again.");
    const paths = episodePaths({ sections });
    const ordinals = sectionOrdinals(paths);
    const refs: TaskRef[] = [];
    const data = this.data;
    const headings = (data[data.length - NOTE_STRIDE] ?? 0) >>> 0;
    for (let i = 0; i < this.raws.length; i++) {
      const at = i * ITEM_STRIDE;
      const raw = this.raws[i] ?? "";
      const section = this.section(i);
      const line = data[at + LINE] ?? 0;
      const offset = line - (sections[section]?.line ?? -1);
      const count = ordinals[section]?.count ?? 1;
      const r = this.repeatedAt + section * REPEATED_STRIDE;
      const repeated = count > 1 && this.repeatedAt >= 0;
      const s = this.sectionsAt + section * SECTION_STRIDE;
      const place = data[at + PLACE] ?? 0;
      const o = this.other(place);
      const twins =
        place >= 0
          ? { twins: 1, occurrence: 0, copies: 1, hidden: 0, ...aloneTwins(taskOnLine(raw)?.status ?? " ", offset) }
          : {
              twins: data[o + TWINS] ?? 1,
              copies: data[o + COPIES] ?? 1,
              hidden: data[o + HIDDEN] ?? 0,
              occurrence: data[o + OCCURRENCE] ?? 0,
              twinStatuses: (data[o + TWIN_STATUSES] ?? 0) >>> 0,
              twinOffsets: (data[o + TWIN_OFFSETS] ?? 0) >>> 0,
            };
      refs.push({
        raw,
        line,
        path: paths[section] ?? [],
        sectionOrdinal: ordinals[section]?.ordinal ?? 0,
        sections: count,
        sectionHash: repeated ? (data[r] ?? 0) >>> 0 : 0,
        sameOrdinal: repeated ? (data[r + 1] ?? 0) : 0,
        sameSections: repeated ? (data[r + 2] ?? 1) : 1,
        offset,
        occurrence: twins.occurrence,
        twins: twins.twins,
        twinStatuses: twins.twinStatuses,
        twinOffsets: twins.twinOffsets,
        neighbours: (data[at + NEIGHBOURS] ?? 0) >>> 0,
        above: (data[at + ABOVE] ?? 0) >>> 0,
        outside: (data[at + OUTSIDE] ?? 0) >>> 0,
        sectionLines: (data[s + SECTION_LINES] ?? 0) >>> 0,
        lookalikes: data[s + LOOKALIKES] ?? 0,
        copies: twins.copies,
        hidden: twins.hidden,
        headings,
      });
    }
    return refs;
  }
}

/** Whether the item's twin numbers are those of an item alone in the note (so they need not be kept). */
function isAlone(task: TaskItem, ref: TaskRef, sections: readonly Section[]): boolean {
  if (ref.twins !== 1 || ref.occurrence !== 0 || ref.copies !== 1 || ref.hidden !== 0) return false;
  const alone = aloneTwins(task.status, task.line - (sections[task.section]?.line ?? -1));
  return alone.twinStatuses === ref.twinStatuses >>> 0 && alone.twinOffsets === ref.twinOffsets >>> 0;
}
