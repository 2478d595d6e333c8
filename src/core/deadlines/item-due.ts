// When each open item of an episode is due: its own date (`📅 2026-11-27`), else its
// offset from the show (`📅 -7d` in a note made by another template tool), else its
// phase's deadline, as the plugin always had (prep N days before the show, after-show
// items N days after, the rest on the show's day). An episode without a date has no
// deadlines but the items' own dates.
import type { EpisodeSummary, Phase, Section, TaskItem } from "../types";
import type { ShowDeadlines, ShowSchedule } from "../settings/settings";
import { addDays, isValidDate } from "../time/calendar-date";
import { dayNumber } from "./day-number";
import { Recent } from "../time/recent";
import { resolveOffset, type Offset, type ShowStart } from "./offset";

export type DueSource = "date" | "offset" | "phase";

export interface ItemDue {
  /** Made when first asked: from the index's record, that reads the item's line again. */
  readonly task: TaskItem;
  /** Index of the item among the episode's open items (the index's record keeps only those). */
  index: number;
  phase: Phase;
  /** `YYYY-MM-DD`, or null when nothing gives the item a deadline. */
  readonly due: string | null;
  /** `due` as a day number (deadlines/day-number.ts), Infinity without one: what sums and comparisons use. */
  day: number;
  source: DueSource | null;
}

export interface DueRules {
  deadlines: ShowDeadlines;
  /** For offsets in hours, and an episode without its own time. */
  schedule: Pick<ShowSchedule, "time" | "timeZone">;
}

// The sidebar asks for every open item of every episode on each redraw, and the same few
// date sums come up again and again (a show's date minus 2 days): a date-fns sum costs
// microseconds, an answer kept costs a lookup.
const sums = new Recent<string | null>(4000);

function plusDays(date: string, days: number): string | null {
  return days === 0 ? date : sums.get(`${date}${days}`, () => addDays(date, days));
}

/**
 * True when the note keeps phase checklists (prep, just before, after). Then its other
 * checkboxes (talking points, questions, show notes) are the show's content, ticked on
 * air if at all: no deadline from the show, only one of their own (📅 or an offset). A
 * note with no phase checklist has only "other" items, and those are its work.
 */
export function hasPhaseChecklists(sections: readonly Pick<Section, "phase" | "total">[]): boolean {
  return sections.some((s) => s.phase !== "other" && s.total > 0);
}

/** The deadline a phase gives its items, for a show on `date`. */
export function phaseDue(phase: Phase, date: string, deadlines: ShowDeadlines): string | null {
  if (phase === "prep") return plusDays(date, -deadlines.prepDaysBefore);
  if (phase === "after") return plusDays(date, deadlines.afterDaysAfter);
  return date;
}

function offsetDue(offset: Offset, start: ShowStart): string | null {
  if (offset.unit === "d") return plusDays(start.date, offset.amount);
  if (offset.unit === "w") return plusDays(start.date, offset.amount * 7);
  return resolveOffset(offset, start);
}

/**
 * An episode's open items, read by number: the index's record (vault/open-items.ts)
 * answers these without reading a line again; only `task` and `dueDate` read it.
 */
export interface OpenItemList {
  readonly length: number;
  section(i: number): number;
  /** The day number of the item's own date, null without one. */
  dueDay(i: number): number | null;
  /** The item's own date as written, null without one. */
  dueDate(i: number): string | null;
  /** The item's offset from the show, when it has one and no date. */
  dueOffset(i: number): Offset | undefined;
  task(i: number): TaskItem | null;
}

/** The open items of a note read whole (every task at hand). */
class TaskList implements OpenItemList {
  constructor(private readonly open: readonly TaskItem[]) {}
  get length(): number {
    return this.open.length;
  }
  section(i: number): number {
    return this.open[i]?.section ?? 0;
  }
  dueDay(i: number): number | null {
    const due = this.dueDate(i);
    return due === null ? null : dayNumber(due);
  }
  dueDate(i: number): string | null {
    const due = this.open[i]?.due;
    return typeof due === "string" ? due : null;
  }
  dueOffset(i: number): Offset | undefined {
    return this.open[i]?.dueOffset;
  }
  task(i: number): TaskItem | null {
    return this.open[i] ?? null;
  }
}

/**
 * An episode as read (every task) or as the index keeps it (the open items only, made on
 * demand from the record: vault/open-items.ts).
 */
export type WithOpenItems = Pick<EpisodeSummary, "sections" | "date" | "time"> & ({ tasks: readonly TaskItem[] } | { open: OpenItemList });

export function openItemsOf(episode: WithOpenItems): OpenItemList {
  return "open" in episode ? episode.open : new TaskList(episode.tasks.filter((t) => t.state === "open"));
}

/**
 * Each open item's deadline, in note order, without making the items: `due` is undefined
 * when it is the item's own date (`list.dueDate(index)` gives it as written). The phase
 * deadlines are summed once per episode, not once per item.
 */
export function visitOpenItemDeadlines(
  episode: Pick<EpisodeSummary, "sections" | "date" | "time">,
  list: OpenItemList,
  rules: DueRules,
  visit: (index: number, phase: Phase, source: DueSource | null, day: number, due: string | null | undefined) => void,
): void {
  const start = episode.date === null ? null : { date: episode.date, time: episode.time ?? rules.schedule.time, timeZone: rules.schedule.timeZone };
  const phases = new Map<Phase, { due: string | null; day: number }>();
  const ofPhase = (phase: Phase, date: string) => {
    let known = phases.get(phase);
    if (!known) {
      const due = phaseDue(phase, date, rules.deadlines);
      known = { due, day: dayNumber(due) };
      phases.set(phase, known);
    }
    return known;
  };
  const content = hasPhaseChecklists(episode.sections);
  for (let i = 0; i < list.length; i++) {
    const phase = episode.sections[list.section(i)]?.phase ?? "other";
    const own = list.dueDay(i);
    if (own !== null) {
      visit(i, phase, "date", own, undefined);
      continue;
    }
    const offset = start ? list.dueOffset(i) : undefined;
    const due = offset && start ? offsetDue(offset, start) : null;
    if (due !== null) visit(i, phase, "offset", dayNumber(due), due);
    else if (phase === "other" && content) visit(i, phase, null, Infinity, null);
    else if (start) {
      const known = ofPhase(phase, start.date);
      visit(i, phase, known.due === null ? null : "phase", known.day, known.due);
    } else visit(i, phase, null, Infinity, null);
  }
}

/** An item's deadline; its task and its own date are read from its line only when asked. */
class Due implements ItemDue {
  private made: TaskItem | null = null;
  constructor(
    private readonly list: OpenItemList,
    readonly index: number,
    readonly phase: Phase,
    readonly source: DueSource | null,
    readonly day: number,
    private readonly known: string | null | undefined,
  ) {}

  get task(): TaskItem {
    this.made ??= this.list.task(this.index);
    if (this.made === null) throw new Error(`No open item ${this.index}.`);
    return this.made;
  }

  get due(): string | null {
    return this.known === undefined ? this.list.dueDate(this.index) : this.known;
  }
}

/** Every open item of the episode with its deadline, in note order. */
export function openItemDeadlines(episode: WithOpenItems, rules: DueRules): ItemDue[] {
  const out: ItemDue[] = [];
  const list = openItemsOf(episode);
  visitOpenItemDeadlines(episode, list, rules, (index, phase, source, day, due) => out.push(new Due(list, index, phase, source, day, due)));
  return out;
}

export interface DueSummary {
  /** Open items due before today. */
  overdue: number;
  /** The open item due soonest from today on (ties: note order), or null. */
  next: { text: string; due: string; daysUntil: number } | null;
}

/** Day numbers, not dates: the status sums every open item of every episode on each redraw. */
export function summarizeDue(items: readonly ItemDue[], today: string): DueSummary {
  if (!isValidDate(today)) return { overdue: 0, next: null };
  const todayDay = dayNumber(today);
  let overdue = 0;
  let next: { item: ItemDue; days: number } | null = null;
  for (const item of items) {
    if (item.day === Infinity) continue;
    const days = item.day - todayDay;
    if (days < 0) overdue++;
    else if (next === null || days < next.days) next = { item, days };
  }
  const due = next?.item.due ?? null;
  return { overdue, next: next && due !== null ? { text: next.item.task.text, due, daysUntil: next.days } : null };
}

/** "in 2 days", "today", "3 days late": an item's deadline as the lists show it. */
export function dueLabel(daysUntil: number): string {
  if (daysUntil === 0) return "due today";
  if (daysUntil === 1) return "due tomorrow";
  if (daysUntil > 1) return `due in ${daysUntil} days`;
  return daysUntil === -1 ? "1 day late" : `${-daysUntil} days late`;
}
