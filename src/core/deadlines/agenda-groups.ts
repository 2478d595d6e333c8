// How the agenda is shown: its groups by deadline (Overdue / Today / This week / Later /
// No date), an item as drawn (days until its deadline), and the order of the late ones.
import type { AgendaEntry } from "./agenda-entry";

export type AgendaGroupName = "overdue" | "today" | "week" | "later" | "undated";

export const AGENDA_GROUPS: readonly { name: AgendaGroupName; label: string }[] = [
  { name: "overdue", label: "Overdue" },
  { name: "today", label: "Today" },
  { name: "week", label: "This week" },
  { name: "later", label: "Later" },
  { name: "undated", label: "No date" },
];

/** "This week" is the next seven days, so Friday's show is "this week" on a Saturday too. */
export const WEEK_DAYS = 7;

export interface AgendaItem {
  entry: AgendaEntry;
  /** Days from the show's today to the deadline (negative: late), null without one. */
  daysUntil: number | null;
}

export interface AgendaGroup {
  name: AgendaGroupName;
  label: string;
  items: AgendaItem[];
}

export interface AgendaOptions {
  /** Only what is due within this many days (and what is late); undated items are left out. */
  days?: number;
}

/** Overdue items most recently due first (last week's are not buried under last year's), note order within a day. */
export function latestFirst(items: AgendaItem[]): AgendaItem[] {
  const runs: AgendaItem[][] = [];
  for (const item of items) {
    const run = runs[runs.length - 1];
    if (run && run[0]?.entry.day === item.entry.day) run.push(item);
    else runs.push([item]);
  }
  return runs.reverse().flat();
}
