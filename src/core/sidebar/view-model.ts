// What the episodes sidebar shows, computed without any DOM: grouping by show,
// upcoming before past, filters, and every string a row displays. The view only turns
// rows into elements, and compares `signature`s to redraw only rows that changed.
import type { Phase } from "../types";
import type { EpisodeRecord } from "../vault/episode-record";
import type { ReportItem } from "../status/report";
import type { Alert } from "../status/status";
import { relativeDays } from "../status/status";
import { seriesOf } from "../vault/classify";
import { formatDay } from "../time/format-date";
import { plainText } from "../text/plain";
import { numbering, othersOf, type SeriesNote } from "../vault/numbering";
import type { ShowSettings } from "../settings/settings";
import type { TaskRef } from "../tick/task-ref";
import { dueLabel, openItemDeadlines, type DueRules } from "../deadlines/item-due";
import { daysBetween } from "../time/calendar-date";

export type WhenFilter = "upcoming" | "past" | "all";

export interface ViewFilters {
  /** A group key from `groups`, or "" for every show. */
  show: string;
  when: WhenFilter;
  text: string;
}

export interface PhaseBar {
  phase: Phase;
  label: string;
  done: number;
  total: number;
}

export interface OpenItem {
  line: number;
  raw: string;
  /** What a tick uses to find this item again, and only this one. */
  ref: TaskRef;
  text: string;
  depth: number;
  section: string;
  phase: Phase;
  /** "due in 2 days", "3 days late", "" without a deadline. */
  dueLabel: string;
  overdue: boolean;
}

export interface EpisodeRow {
  path: string;
  number: string;
  title: string;
  guests: string;
  date: string;
  relative: string;
  upcoming: boolean;
  bars: PhaseBar[];
  next: string | null;
  /** The open item due soonest and when: "Create a thumbnail, due in 2 days". */
  nextDue: string | null;
  /** Open items past their deadline. */
  overdue: number;
  alerts: Alert[];
  /** Open items, listed (openItems) only when the row is expanded. */
  openCount: number;
  /** Changes whenever anything the row displays changes. */
  signature: string;
}

export interface ShowGroup {
  key: string;
  label: string;
  upcoming: EpisodeRow[];
  past: EpisodeRow[];
  /** Numbers missing between the show's lowest and highest (over all its episodes and its other numbered notes). */
  gaps: number[];
  /** Notes named in the show's series that are not read as episodes, by path. */
  notEpisodes: string[];
}

/** A note named in a series that is not an episode, with the show it sits under. */
export interface NamedOther extends SeriesNote {
  show: ShowSettings | null;
}

const PHASE_LABELS: Record<Phase, string> = { prep: "Prep", before: "Before", after: "After", other: "Other" };
const SHOWN_PHASES: Phase[] = ["prep", "before", "after"];

/** The key a group is filed under: the show's id, or the series code, or "". */
export function groupKey(item: ReportItem): string {
  return item.show ? `show:${item.show.id}` : `series:${seriesOf(item.episode, null) ?? ""}`;
}

function groupLabel(item: ReportItem): string {
  return item.show?.name ?? seriesOf(item.episode, null) ?? "Other episodes";
}

export function buildGroups(
  items: readonly ReportItem[],
  filters: ViewFilters,
  duplicates: ReadonlySet<string>,
  locale = "en",
  others: readonly NamedOther[] = [],
): ShowGroup[] {
  const groups = new Map<string, ShowGroup>();
  const query = fold(filters.text.trim());
  const members = new Map<string, { number: number | null; path: string }[]>();
  for (const item of items) {
    const list = members.get(groupKey(item)) ?? [];
    list.push({ number: item.episode.number, path: item.episode.path });
    members.set(groupKey(item), list);
  }
  const othersByKey = new Map<string, NamedOther[]>();
  for (const other of others) {
    const key = other.show ? `show:${other.show.id}` : `series:${other.series ?? ""}`;
    othersByKey.set(key, [...(othersByKey.get(key) ?? []), other]);
  }
  const numberingOf = (key: string, item: ReportItem) => {
    const list = members.get(key) ?? [];
    const mine = othersByKey.get(key) ?? [];
    // A show's notes are grouped by the show already; a series without a show by its code.
    return numbering(list, item.show ? mine : othersOf(seriesOf(item.episode, null), list, mine));
  };
  for (const item of items) {
    const key = groupKey(item);
    if (filters.show !== "" && filters.show !== key) continue;
    const upcoming = item.status.when !== "past";
    if ((filters.when === "upcoming" && !upcoming) || (filters.when === "past" && upcoming)) continue;
    const row = buildRow(item, duplicates.has(item.episode.path), locale);
    if (query !== "" && !fold(`${row.number} ${row.title} ${row.guests} ${row.next ?? ""} ${row.path}`).includes(query)) continue;
    let group = groups.get(key);
    if (!group) {
      const counted = numberingOf(key, item);
      group = { key, label: groupLabel(item), upcoming: [], past: [], gaps: counted.gaps, notEpisodes: counted.notEpisodes };
      groups.set(key, group);
    }
    (upcoming ? group.upcoming : group.past).push(row);
  }
  const byDate = new Map(items.map((i) => [i.episode.path, i.episode.date ?? ""]));
  for (const group of groups.values()) {
    // Soonest first among upcoming (undated last); most recent first among past.
    group.upcoming.sort((a, b) => compareDates(byDate.get(a.path) ?? "", byDate.get(b.path) ?? "", true) || comparePaths(a.path, b.path));
    group.past.sort((a, b) => compareDates(byDate.get(b.path) ?? "", byDate.get(a.path) ?? "", false) || comparePaths(a.path, b.path));
  }
  return [...groups.values()].sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * The quiet line under a show's title: the numbers no note has, and the notes named in
 * the show's series that are not read as episodes (they may need a guest field, a
 * checklist or the show's folder), so a missing episode is explained, not just counted.
 */
export function numberingText(group: Pick<ShowGroup, "gaps" | "notEpisodes">): string {
  const parts: string[] = [];
  if (group.gaps.length > 0) parts.push(`No episode numbered ${group.gaps.join(", ")}`);
  if (group.notEpisodes.length > 0) {
    const names = group.notEpisodes.slice(0, 3).map((path) => path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, ""));
    const more = group.notEpisodes.length > 3 ? ` and ${group.notEpisodes.length - 3} more` : "";
    parts.push(`Not read as ${group.notEpisodes.length === 1 ? "an episode" : "episodes"}: ${names.join(", ")}${more}`);
  }
  return parts.join(" · ");
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareDates(a: string, b: string, undatedLast: boolean): number {
  if (a === b) return 0;
  if (a === "") return undatedLast ? 1 : -1;
  if (b === "") return undatedLast ? -1 : 1;
  return a < b ? -1 : 1;
}

/** Lower case without accents, for forgiving search. */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

export function buildRow(item: ReportItem, duplicateNumber: boolean, locale = "en"): EpisodeRow {
  const { episode, status } = item;
  const alerts = [...status.alerts];
  if (duplicateNumber) alerts.push({ severity: "late", message: `Number ${episode.numberText ?? ""} is used by another episode` });
  const bars = SHOWN_PHASES.map((phase) => ({ phase, label: PHASE_LABELS[phase], ...status.phases[phase] })).filter(
    (bar) => bar.total > 0,
  );
  const relative = status.daysUntil === null ? "" : relativeDays(status.daysUntil);
  const alertKey = alerts.map((a) => a.message).join("|");
  const base = {
    path: episode.path,
    number: episode.numberText ?? "",
    // The topic: the guests have their own line.
    title: episode.topic,
    guests: episode.guests.map((g) => g.name).join(", "),
    date: episode.date ? dateLabel(episode.date, locale) : "No date",
    relative,
    upcoming: status.when !== "past",
    bars,
    next: episode.next ? plainText(episode.next.text) : null,
    nextDue: status.nextDue ? `${plainText(status.nextDue.text)}, ${dueLabel(status.nextDue.daysUntil)}` : null,
    overdue: status.overdue,
    alerts,
    openCount: episode.open.length,
  };
  // The note's version covers everything read from it; the rest depends on the day.
  const signature =
    item.version !== undefined ? `${item.version}|${relative}|${base.upcoming}|${alertKey}|${base.nextDue ?? ""}|${base.overdue}|${locale}` : JSON.stringify(base);
  return { ...base, signature };
}

/**
 * The items still open in an episode, as the expanded row lists them, each with the ref a
 * tick finds it again by (kept in the index's record, see vault/open-items.ts).
 */
export function openItems(episode: EpisodeRecord, deadlines?: { rules: DueRules; today: string }): OpenItem[] {
  const refs = episode.open.refs(episode.sections);
  const items: OpenItem[] = [];
  const dues = new Map<number, number | null>();
  if (deadlines) {
    for (const item of openItemDeadlines(episode, deadlines.rules)) dues.set(item.index, item.due === null ? null : daysBetween(deadlines.today, item.due));
  }
  episode.open.tasks().forEach((t, i) => {
    const ref = refs[i];
    if (!ref) return;
    const days = dues.get(i) ?? null;
    items.push({
      dueLabel: days === null ? "" : dueLabel(days),
      overdue: days !== null && days < 0,
      line: t.line,
      raw: t.raw,
      ref,
      text: plainText(t.text),
      depth: t.depth,
      section: episode.sections[t.section]?.heading ?? "",
      phase: episode.sections[t.section]?.phase ?? "other",
    });
  });
  return items;
}

/** The show filter's choices: every group, without building any row. */
export function showOptions(items: readonly ReportItem[]): { key: string; label: string }[] {
  const groups = new Map<string, string>();
  for (const item of items) if (!groups.has(groupKey(item))) groups.set(groupKey(item), groupLabel(item));
  return [...groups.entries()].map(([key, label]) => ({ key, label })).sort((a, b) => a.label.localeCompare(b.label));
}

/** "Fri 5 Jan 2024": a date-only value shown without any zone shift. */
export function dateLabel(date: string, locale = "en"): string {
  return formatDay(date, "ddd D MMM YYYY", locale);
}

/** Paths of episodes whose number another episode of the same show also uses. */
export function duplicateNumberPaths(items: readonly ReportItem[]): Set<string> {
  const byKey = new Map<string, string[]>();
  for (const item of items) {
    if (item.episode.number === null) continue;
    const key = `${seriesOf(item.episode, item.show) ?? ""}#${item.episode.number}`;
    const paths = byKey.get(key);
    if (paths) paths.push(item.episode.path);
    else byKey.set(key, [item.episode.path]);
  }
  return new Set([...byKey.values()].filter((paths) => paths.length > 1).flat());
}
