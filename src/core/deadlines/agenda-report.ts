// The agenda as the command line prints it: a plain list per group, or JSON for a
// script (a daily CI job that posts what is overdue).
import type { AgendaGroup, AgendaItem } from "./agenda";
import { dueLabel } from "./item-due";
import { columnsOf, controlCharactersShown, cutToColumns, padToColumns, wrapToColumns } from "../text/terminal-columns";

export interface AgendaItemJson {
  path: string;
  episode: string;
  show: string;
  text: string;
  section: string;
  phase: string;
  due: string | null;
  /** Days from today to the deadline, negative when late. */
  daysUntil: number | null;
  /** "date" (written on the line), "offset" (from the show) or "phase" (the phase's deadline). */
  source: string | null;
  /** 1-based, as editors count. */
  line: number;
}

export interface ScheduleWarningJson {
  path: string;
  messages: string[];
}

export interface AgendaJson {
  groups: { name: string; label: string; items: AgendaItemJson[] }[];
  /** Overlapping invites and episodes on a break, among the episodes to come. */
  conflicts: ScheduleWarningJson[];
}

function itemJson({ entry, daysUntil }: AgendaItem): AgendaItemJson {
  return {
    path: entry.path,
    episode: entry.episodeLabel,
    show: entry.showName,
    text: entry.text,
    section: entry.section,
    phase: entry.phase,
    due: entry.due,
    daysUntil,
    source: entry.source,
    line: entry.line + 1,
  };
}

export function agendaJson(groups: readonly AgendaGroup[], conflicts: ReadonlyMap<string, string[]>): AgendaJson {
  return {
    groups: groups.map((g) => ({ name: g.name, label: g.label, items: g.items.map(itemJson) })),
    conflicts: [...conflicts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, messages]) => ({ path, messages })),
  };
}

/** One line of a note's text for the terminal: control characters shown, white space one space. */
function shown(text: string): string {
  return controlCharactersShown(text).replace(/ {2,}/g, " ");
}

const EPISODE_MAX = 32;
/** Below this the episode is cut further to leave the item room; below ITEM_MIN the item takes a line of its own. */
const EPISODE_MIN = 12;
const ITEM_MIN = 20;

/**
 * Groups with their items (empty groups left out), then the schedule conflicts. Every line
 * fits `width` terminal columns (a wide character counts two): the due date, then "when"
 * as wide as its longest label in the whole list (so "due in 102 days" shifts nothing),
 * then the episode (at most 32 columns, cut to give the item at least 20), then the item,
 * cut with "…". When even that leaves the item too little room, the item goes on a line
 * of its own under the row. A note's control characters are shown, never sent raw.
 */
export function formatAgenda(groups: readonly AgendaGroup[], conflicts: ReadonlyMap<string, string[]>, width = 120): string {
  const out: string[] = [];
  const all = groups.flatMap((g) => g.items);
  const whenOf = (daysUntil: number | null) => (daysUntil === null ? "" : dueLabel(daysUntil));
  const whenWidth = all.reduce((most, i) => Math.max(most, whenOf(i.daysUntil).length), 0);
  const episodes = all.map((i) => shown(i.entry.episodeLabel));
  const episodeWidthWanted = Math.min(EPISODE_MAX, episodes.reduce((most, e) => Math.max(most, columnsOf(e)), 0));
  const headWidth = 2 + 10 + 2 + whenWidth + 2;
  const room = width - headWidth;
  const episodeWidth = Math.max(0, Math.min(episodeWidthWanted, Math.max(EPISODE_MIN, room - 2 - ITEM_MIN)));
  const itemWidth = room - episodeWidth - 2;
  const ownLine = itemWidth < ITEM_MIN;
  let at = 0;
  for (const group of groups) {
    if (group.items.length === 0) continue;
    out.push(cutToColumns(`${group.label} (${group.items.length})`, width));
    for (const { entry, daysUntil } of group.items) {
      const episode = episodes[at++] ?? "";
      const head = `  ${(entry.due ?? "").padEnd(10)}  ${whenOf(daysUntil).padEnd(whenWidth)}  `;
      const text = shown(entry.text);
      if (ownLine) {
        out.push(cutToColumns(`${head}${episode}`, width).trimEnd());
        out.push(`    ${cutToColumns(text, width - 4)}`.trimEnd());
      } else out.push(`${head}${padToColumns(episode, episodeWidth)}  ${cutToColumns(text, itemWidth)}`.trimEnd());
    }
    out.push("");
  }
  if (conflicts.size > 0) {
    out.push(`Schedule conflicts (${conflicts.size})`);
    for (const [path, messages] of [...conflicts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      // Wrapped, not cut: a path or a conflict's message is read whole.
      for (const part of wrapToColumns(shown(path), width - 2)) out.push(`  ${part}`);
      for (const message of messages) for (const part of wrapToColumns(shown(message), width - 4)) out.push(`    ${part}`);
    }
    out.push("");
  }
  return out.length === 0 ? "Nothing open." : out.join("\n").trimEnd();
}
