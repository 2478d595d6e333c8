// When each open item of an episode is due: its own date (`📅 2026-11-27`), else its
// offset from the show (`📅 -7d` in a note made by another template tool), else its
// phase's deadline, as the plugin always had (prep N days before the show, after-show
// items N days after, the rest on the show's day). An episode without a date has no
// deadlines but the items' own dates.
import type { EpisodeSummary, Phase, TaskItem } from "../types";
import type { ShowDeadlines, ShowSchedule } from "../settings/settings";
import { addDays, daysBetween } from "../time/calendar-date";
import { Recent } from "../time/recent";
import { resolveOffset, type Offset, type ShowStart } from "./offset";

export type DueSource = "date" | "offset" | "phase";

export interface ItemDue {
  task: TaskItem;
  /** Index of the item among the episode's open items (the index's record keeps only those). */
  index: number;
  phase: Phase;
  /** `YYYY-MM-DD`, or null when nothing gives the item a deadline. */
  due: string | null;
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
 * An episode as read (every task) or as the index keeps it (the open items only, made on
 * demand from the record: vault/open-items.ts).
 */
export type WithOpenItems = Pick<EpisodeSummary, "sections" | "date" | "time"> & ({ tasks: readonly TaskItem[] } | { open: { tasks(): readonly TaskItem[] } });

export function openTasksOf(episode: WithOpenItems): readonly TaskItem[] {
  return "open" in episode ? episode.open.tasks() : episode.tasks.filter((t) => t.state === "open");
}

/** Every open item of the episode with its deadline, in note order. */
export function openItemDeadlines(episode: WithOpenItems, rules: DueRules): ItemDue[] {
  const out: ItemDue[] = [];
  const start = episode.date === null ? null : { date: episode.date, time: episode.time ?? rules.schedule.time, timeZone: rules.schedule.timeZone };
  openTasksOf(episode).forEach((task, index) => {
    const phase = episode.sections[task.section]?.phase ?? "other";
    let due: string | null = null;
    let source: DueSource | null = null;
    if (typeof task.due === "string") {
      due = task.due;
      source = "date";
    } else if (task.dueOffset !== undefined && start) {
      due = offsetDue(task.dueOffset, start);
      source = due === null ? null : "offset";
    }
    if (due === null && start) {
      due = phaseDue(phase, start.date, rules.deadlines);
      source = due === null ? null : "phase";
    }
    out.push({ task, index, phase, due, source });
  });
  return out;
}

export interface DueSummary {
  /** Open items due before today. */
  overdue: number;
  /** The open item due soonest from today on (ties: note order), or null. */
  next: { text: string; due: string; daysUntil: number } | null;
}

export function summarizeDue(items: readonly ItemDue[], today: string): DueSummary {
  let overdue = 0;
  let next: DueSummary["next"] = null;
  for (const item of items) {
    if (item.due === null) continue;
    const days = daysBetween(today, item.due);
    if (days === null) continue;
    if (days < 0) overdue++;
    else if (next === null || days < next.daysUntil) next = { text: item.task.text, due: item.due, daysUntil: days };
  }
  return { overdue, next };
}

/** "in 2 days", "today", "3 days late": an item's deadline as the lists show it. */
export function dueLabel(daysUntil: number): string {
  if (daysUntil === 0) return "due today";
  if (daysUntil === 1) return "due tomorrow";
  if (daysUntil > 1) return `due in ${daysUntil} days`;
  return daysUntil === -1 ? "1 day late" : `${-daysUntil} days late`;
}
