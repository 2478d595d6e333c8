// What one row of the episodes sidebar shows, computed without any DOM: every string,
// in a compact shape (chip, number and title; date, how far off and the guests; the
// progress that matters now and the next item; at most one alert line until expanded).
// The view only turns rows into elements, and compares `signature`s to redraw only
// rows that changed.
import { numberLabel } from "../note/season";
import type { Phase } from "../types";
import type { EpisodeRecord } from "../vault/episode-record";
import type { ReportItem } from "../status/report";
import type { Alert, Severity } from "../status/status";
import type { EpisodeState } from "../status/lifecycle";
import { seriesOf } from "../vault/classify";
import { formatDay } from "../time/format-date";
import { relativeDate } from "../time/relative-date";
import { plainText } from "../text/plain";
import { othersOf, type SeriesNote } from "../vault/numbering";
import type { ShowSettings } from "../settings/settings";
import type { TaskRef } from "../tick/task-ref";
import { dueLabel, openItemDeadlines, type DueRules } from "../deadlines/item-due";
import { daysBetween } from "../time/calendar-date";
import { viewOf, type SidebarView } from "./views";
import type { ShowChip } from "./show-chips";
import { propertyAlerts } from "./reading-alerts";
import { sameNumberMessage } from "./same-number-text";
import { syncCopyMessage } from "../vault/conflict-copy";
import { dropDiacritics } from "../text/fold";

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
  /** The show's group key (`show:<id>`, `series:<code>`, or `series:`). */
  group: string;
  groupLabel: string;
  chip: ShowChip | null;
  number: string;
  title: string;
  state: EpisodeState;
  /**
   * The state as the row names it, or "" where the date already says it (scheduled: "in 3
   * days"; published: "10 days ago").
   */
  stateLabel: string;
  view: SidebarView;
  archived: boolean;
  /** "Fri 5 Jan 2024", "No date", "Date unknown". */
  date: string;
  /** `YYYY-MM-DD` or "" without a date: the sort key. */
  sortDate: string;
  relative: string;
  /** Guest names, or "" when there is none yet. */
  guests: string;
  /** What the row says about the guests: their names, "no guest yet", or "no guest" once the show is over. */
  guestsLabel: string;
  /** When a missing guest is a warning, its severity: shown on the guests, not as another line. */
  guestAlert: Severity | null;
  /** The phases that matter now: "prep 9/13 · before 2/10", with the sum for a thin bar. */
  progress: { text: string; done: number; total: number } | null;
  /** Every phase with items, for the expanded row. */
  phases: PhaseBar[];
  /** The phases whose items matter in this state: the expanded row lists those first. */
  focus: Phase[];
  next: string | null;
  /** The open item due soonest and when: "Create a thumbnail, due in 2 days"; null when it is `next` (said once). */
  nextDue: string | null;
  /** Open items late by a date of their own (📅); those late by their phase are in an alert. */
  overdue: number;
  /** Alert lines, the most severe first (the missing guest is left to `guestAlert`). */
  alerts: Alert[];
  /** An archived episode's items left open: "3 after-show items left open". */
  quiet: string | null;
  leftOpen: number;
  /** Open items that matter now (status.ts focusPhases): those the expanded row lists first; 0 when none does. */
  openCount: number;
  /** Every open item, moot ones included. */
  openTotal: number;
  /** An episode of no show among several: "No show: A&A, CCG or GOH? Assign it to one"; null otherwise. */
  noShow: string | null;
  /** Folded text the search box matches. */
  search: string;
  /** Changes whenever anything the row displays changes. */
  signature: string;
}

/** A note named in a series that is not an episode, with the show it sits under. */
export interface NamedOther extends SeriesNote {
  show: ShowSettings | null;
}

const PHASE_LABELS: Record<Phase, string> = { prep: "Prep", before: "Before", after: "After", other: "Other" };
const SHOWN_PHASES: Phase[] = ["prep", "before", "after"];
const SEVERITY_ORDER: Record<Severity, number> = { late: 0, soon: 1, info: 2 };
/** States of a show that is over (or will not happen): a missing guest is no longer "yet". */
const OVER = new Set<EpisodeState>(["aired", "published", "done", "cancelled"]);

/** The key a group is filed under: the show's id, or the series code, or "". */
export function groupKey(item: Pick<ReportItem, "episode" | "show">): string {
  return item.show ? `show:${item.show.id}` : `series:${seriesOf(item.episode, null) ?? ""}`;
}

export function groupLabel(item: Pick<ReportItem, "episode" | "show">): string {
  return item.show?.name ?? seriesOf(item.episode, null) ?? "Other episodes";
}

/** The group key a named note that is not an episode is filed under (as `groupKey`). */
export function otherGroupKey(other: NamedOther): string {
  return other.show ? `show:${other.show.id}` : `series:${other.series ?? ""}`;
}

/**
 * The notes of `others` (already filed under a group's key) that count in the numbering of
 * a group whose episodes are `members`: a show's notes are grouped by the show already; a
 * series without a show by its code (vault/numbering.ts, othersOf).
 */
export function groupOthers(first: Pick<ReportItem, "episode" | "show">, members: readonly { number: number | null; path: string }[], others: readonly NamedOther[]): readonly SeriesNote[] {
  return first.show ? others : othersOf(seriesOf(first.episode, null), members, others);
}

// The quiet line under a group's title, in its own file.
export { numberingText, numberRanges } from "./numbering-text";

/** Lower case without accents, for forgiving search. */
export function fold(text: string): string {
  return dropDiacritics(text)
    .toLowerCase();
}

function stateLabel(state: EpisodeState): string {
  return state === "scheduled" || state === "published" ? "" : state;
}

export interface RowOptions {
  today: string;
  duplicateNumber: boolean;
  /** The other episodes (paths) using the same number, named in the message (the first few: `sameNumberCount` says how many in all); without them it names none. */
  sameNumber?: readonly string[];
  sameNumberCount?: number;
  /** The note's sync conflict copies (paths), which are no episodes of their own (vault/sync-copies.ts). */
  syncCopies?: readonly string[];
  chip: ShowChip | null;
  locale?: string;
  /** Stands for everything the row is made from; without one the row's content is the signature. */
  key?: string;
  /** What the row says of an episode of no show (no-show.ts, unclaimedLabel). */
  noShow?: string | null;
}

export function buildRow(item: ReportItem, options: RowOptions): EpisodeRow {
  const { episode, status } = item;
  const locale = options.locale ?? "en";
  // Properties that could not be read come first among their severity: they may explain the rest.
  const unread = propertyAlerts(episode.readerWarnings);
  const alerts = [...unread, ...status.alerts.filter((a) => a.about !== "guest")];
  const guestAlert = status.alerts.find((a) => a.about === "guest")?.severity ?? null;
  if (options.duplicateNumber && status.state !== "cancelled" && !status.archived) {
    const others = options.sameNumber ?? [];
    alerts.push({ severity: "soon", message: others.length > 0 ? sameNumberMessage(numberLabel(episode), episode.path, others, options.sameNumberCount) : `Number ${numberLabel(episode)} is used by another episode` });
  }
  // Whatever its state: a copy holds what one device wrote, and may be all that is left of it.
  if (options.syncCopies && options.syncCopies.length > 0) alerts.push({ severity: "soon", message: syncCopyMessage(episode.path, options.syncCopies) });
  alerts.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const phases = SHOWN_PHASES.map((phase) => ({ phase, label: PHASE_LABELS[phase], ...status.phases[phase] })).filter((bar) => bar.total > 0);
  const current = status.current.map((phase) => status.phases[phase]);
  const progress =
    status.current.length === 0 || status.archived
      ? null
      : {
          text: status.current.map((phase) => `${phase} ${status.phases[phase].done}/${status.phases[phase].total}`).join(" · "),
          done: current.reduce((n, p) => n + p.done, 0),
          total: current.reduce((n, p) => n + p.total, 0),
        };
  const dateKnown = status.lifecycle.dateKnown;
  const guests = episode.guests.map((g) => g.name).join(", ");
  const next = status.next ? plainText(status.next.text) : null;
  const base = {
    path: episode.path,
    group: groupKey(item),
    groupLabel: groupLabel(item),
    chip: options.chip,
    number: numberLabel(episode),
    // The topic: the guests have their own place.
    title: episode.topic,
    state: status.state,
    stateLabel: stateLabel(status.state),
    // A note whose properties were not read needs attention, whatever state it was left in.
    view: unread.length > 0 ? "attention" : viewOf({ state: status.state, archived: status.archived, openNow: status.openNow, overdue: status.lateByOwnDate, alerts: alerts.length + (guestAlert ? 1 : 0) }),
    archived: status.archived,
    date: episode.date ? dateLabel(episode.date, locale) : dateKnown || status.state === "idea" || status.state === "scheduled" ? "No date" : "Date unknown",
    sortDate: episode.date ?? "",
    relative: episode.date ? relativeDate(options.today, episode.date) : "",
    guests,
    guestsLabel: guests !== "" ? guests : OVER.has(status.state) || episode.noGuest ? "no guest" : "no guest yet",
    guestAlert,
    progress,
    phases,
    focus: status.focus,
    next,
    // The item the row names as next is listed with its due date when expanded: "Due next" only for another one.
    nextDue: status.nextDue && status.nextDue.text !== status.next?.text ? `${plainText(status.nextDue.text)}, ${dueLabel(status.nextDue.daysUntil)}` : null,
    overdue: status.lateByOwnDate,
    alerts,
    quiet: status.quiet,
    leftOpen: status.leftOpen,
    openCount: status.openNow,
    openTotal: episode.open.length,
    noShow: options.noShow ?? null,
    search: fold(`${numberLabel(episode)} ${episode.topic} ${guests} ${next ?? ""} ${episode.path}`),
  };
  return { ...base, signature: options.key ?? JSON.stringify(base) };
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
export function showOptions(items: readonly Pick<ReportItem, "episode" | "show">[]): { key: string; label: string }[] {
  const groups = new Map<string, string>();
  for (const item of items) if (!groups.has(groupKey(item))) groups.set(groupKey(item), groupLabel(item));
  return [...groups.entries()].map(([key, label]) => ({ key, label })).sort((a, b) => a.label.localeCompare(b.label));
}

/** "Fri 5 Jan 2024": a date-only value shown without any zone shift. */
export function dateLabel(date: string, locale = "en"): string {
  return formatDay(date, "ddd D MMM YYYY", locale);
}

/** Paths of episodes whose number another episode of the same show also uses. */
export function duplicateNumberPaths(items: readonly Pick<ReportItem, "episode" | "show">[]): Set<string> {
  return new Set(sharedNumbers(items).keys());
}

/**
 * Each episode whose number another episode of the same show also uses, with the paths of
 * all that use it, itself included: one array per number, shared by its episodes (a list
 * per episode would grow with the square of a crowded number's episodes).
 */
export function sharedNumbers(items: readonly Pick<ReportItem, "episode" | "show">[]): Map<string, readonly string[]> {
  const byKey = new Map<string, string[]>();
  for (const item of items) {
    if (item.episode.number === null) continue;
    // Within its season: S01E01 and S02E01 are two numbers.
    const key = `${seriesOf(item.episode, item.show) ?? ""}#${item.episode.season ?? ""}#${item.episode.number}`;
    const paths = byKey.get(key);
    if (paths) paths.push(item.episode.path);
    else byKey.set(key, [item.episode.path]);
  }
  const shared = new Map<string, readonly string[]>();
  for (const paths of byKey.values()) {
    if (paths.length > 1) for (const path of paths) shared.set(path, paths);
  }
  return shared;
}
