// The agenda as the command line prints it: a plain list per group, or JSON for a
// script (a daily CI job that posts what is overdue).
import type { AgendaGroup, AgendaItem } from "./agenda";
import { dueLabel } from "./item-due";

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

function fit(text: string, width: number): string {
  const chars = [...text.replace(/\s+/g, " ")];
  return chars.length > width ? `${chars.slice(0, Math.max(0, width - 1)).join("")}…` : chars.join("");
}

/** Groups with their items (empty groups left out), then the schedule conflicts. */
export function formatAgenda(groups: readonly AgendaGroup[], conflicts: ReadonlyMap<string, string[]>, width = 120): string {
  const out: string[] = [];
  for (const group of groups) {
    if (group.items.length === 0) continue;
    out.push(`${group.label} (${group.items.length})`);
    for (const { entry, daysUntil } of group.items) {
      const when = daysUntil === null ? "" : dueLabel(daysUntil);
      const head = `  ${(entry.due ?? "").padEnd(10)}  ${when.padEnd(14)}  `;
      const episode = fit(entry.episodeLabel, 32);
      out.push(`${head}${episode.padEnd(32)}  ${fit(entry.text, Math.max(20, width - head.length - 34))}`.trimEnd());
    }
    out.push("");
  }
  if (conflicts.size > 0) {
    out.push(`Schedule conflicts (${conflicts.size})`);
    for (const [path, messages] of [...conflicts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      out.push(`  ${path}`);
      for (const message of messages) out.push(`    ${message}`);
    }
    out.push("");
  }
  return out.length === 0 ? "Nothing open." : out.join("\n").trimEnd();
}
