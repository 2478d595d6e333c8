// Where an episode stands today: its lifecycle state, per-phase progress, the item that
// comes next for that state, when its open items are due, and what is late. The caller
// passes today's date in the show's time zone (and the clock's instant for `live:` marks):
// no hidden clock.
import { PHASES, type EpisodeSummary, type Phase, type TaskItem } from "../types";
import type { ShowDeadlines, ShowSchedule } from "../settings/settings";
import { isOver, lifecycle, type EpisodeState, type Lifecycle } from "./lifecycle";
import { episodeAlerts, plural } from "./alerts";
import { relativeDays } from "../time/relative-date";
import { hasPhaseChecklists, openItemDeadlines, openItemsOf, summarizeDue, type DueSource, type DueSummary, type OpenItemList, type WithOpenItems } from "../deadlines/item-due";

export { relativeDays };

export type When = "upcoming" | "past" | "undated";

export interface PhaseProgress {
  done: number;
  total: number;
}

/** `late` (red): past a deadline and still worth doing. `soon` (amber): a deadline is near, or something to fix. `info`: a fact. */
export type Severity = "late" | "soon" | "info";

export interface Alert {
  severity: Severity;
  message: string;
  /** What the alert is about, when a row shows it elsewhere than on an alert line (the missing guest on the guests' place). */
  about?: "guest";
}

export interface EpisodeStatus {
  /** By the date alone: the index note's Upcoming / Past lists use it. */
  when: When;
  /** Calendar days from today to the show (negative once it is past), null without a date. */
  daysUntil: number | null;
  state: EpisodeState;
  lifecycle: Lifecycle;
  /** Aired longer ago than the archive threshold, or on a day the note does not give: no alerts, a quiet count. */
  archived: boolean;
  phases: Record<Phase, PhaseProgress>;
  /** The phases that matter in this state, in order (prep before the show, after-show after it). */
  current: Phase[];
  /**
   * The phases whose open items are the work now (see `focusPhases`): the sidebar counts
   * those items and lists them first, and `next` and `nextDue` come from them. Never the
   * talking points of a note with phase checklists.
   */
  focus: Phase[];
  /** How many open items are in `focus`: the row's count. */
  openNow: number;
  /** The item that comes next for this state; never a moot one. */
  next: TaskItem | null;
  alerts: Alert[];
  /** Open items past their deadline (their own, or their phase's) that still matter in this state. */
  overdue: number;
  /**
   * Of those, the items late by a date of their own (📅, an offset): the row's count. The
   * others are late by their phase's deadline, which an alert already says.
   */
  lateByOwnDate: number;
  /** The open item due soonest from today on, among those that still matter. */
  nextDue: DueSummary["next"];
  /** After-show items an archived episode left open (0 otherwise): counted quietly, never an alert. */
  leftOpen: number;
  /** The same as words: "3 after-show items left open", or null. */
  quiet: string | null;
}

export interface StatusRules {
  deadlines: ShowDeadlines;
  /** Warn about open prep (and a missing guest) this many days before its deadline. */
  warnDaysBefore: number;
  /** The show's time and zone, for items due hours before or after the start (UTC 13:00 without). */
  schedule?: Pick<ShowSchedule, "time" | "timeZone">;
  /** An episode aired more than this many weeks ago is archived (default 4). */
  archiveAfterWeeks?: number;
}

export const DEFAULT_ARCHIVE_WEEKS = 4;

export interface StatusClock {
  /** The clock's instant, for `live:` / `ended:` marks. */
  nowMs: number;
  /** The show's zone, for a mark written without an offset. */
  timeZone: string;
}

export function phaseProgress(episode: EpisodeSummary): Record<Phase, PhaseProgress> {
  const phases: Record<Phase, PhaseProgress> = {
    prep: { done: 0, total: 0 },
    before: { done: 0, total: 0 },
    after: { done: 0, total: 0 },
    other: { done: 0, total: 0 },
  };
  for (const section of episode.sections) {
    phases[section.phase].done += section.done;
    phases[section.phase].total += section.total;
  }
  return phases;
}

/** Before the show prep matters, on its day the just-before items first, after it only the after-show items. */
function currentPhases(state: EpisodeState): Phase[] {
  if (state === "idea" || state === "scheduled") return ["prep"];
  if (state === "live") return ["before", "prep"];
  if (isOver(state)) return ["after"];
  return [];
}

/**
 * An episode as the status reads it: the summary and its open items, either as a note
 * read whole (`tasks`) or as the index keeps it (`open`, items made on demand).
 */
export type StatusEpisode = EpisodeSummary & WithOpenItems;

/** Found by the items' sections alone: only the item chosen is made (from the index's record, its line is read again). */
function nextItem(episode: StatusEpisode, open: OpenItemList, phases: readonly Phase[]): TaskItem | null {
  if (phases.length === 0 || episode.total - episode.done === 0) return null;
  for (const phase of phases) {
    for (let i = 0; i < open.length; i++) if (episode.sections[open.section(i)]?.phase === phase) return open.task(i);
  }
  return null;
}

/**
 * The one rule for "the open items that matter now", kept here so the sidebar's count, its
 * expanded list, `next`, "Due next" and the report cannot disagree. In a note with phase
 * checklists: the state's phases (prep before the show, just-before and prep on its day,
 * after-show after it), never the talking points ("other"), even when every prep item is
 * done. A note with no phase checklist has only "other" items, its only work up to the
 * show (after it nothing is proposed but after-show items). Nothing in a cancelled one.
 */
function focusPhases(state: EpisodeState, phases: Record<Phase, PhaseProgress>, hasPhases: boolean): Phase[] {
  if (state === "cancelled") return [];
  if (hasPhases) return currentPhases(state).filter((p) => phases[p].total > 0);
  return (state === "idea" || state === "scheduled" || state === "live") && phases.other.total > 0 ? ["other"] : [];
}

function countIn(episode: StatusEpisode, open: OpenItemList, phases: readonly Phase[]): number {
  if (phases.length === 0) return 0;
  let n = 0;
  for (let i = 0; i < open.length; i++) if (phases.includes(episode.sections[open.section(i)]?.phase ?? "other")) n++;
  return n;
}

const EVERY_PHASE: ReadonlySet<Phase> = new Set(PHASES);
const AFTER_THE_SHOW: ReadonlySet<Phase> = new Set<Phase>(["after", "other"]);
const NO_PHASE: ReadonlySet<Phase> = new Set<Phase>();

/** Over for longer than the archive threshold, or on a day the note does not give. */
function isArchived(life: Lifecycle, archiveAfterWeeks: number | undefined): boolean {
  return isOver(life.state) && (life.daysUntil === null || !life.dateKnown || -life.daysUntil > (archiveAfterWeeks ?? DEFAULT_ARCHIVE_WEEKS) * 7);
}

/** The phases whose open items still mean something: none once archived or done, no prep or just-before item once the show is over. */
function phasesIn(state: EpisodeState, archived: boolean): ReadonlySet<Phase> {
  if (archived || state === "done" || state === "cancelled") return NO_PHASE;
  return isOver(state) ? AFTER_THE_SHOW : EVERY_PHASE;
}

/**
 * Whether an open item's deadline matters. An idea's date is no show yet ("TBD" on a
 * slot), so there only an item's own date (📅) counts, and items with no deadline at all
 * stay listed as undated. In a note with phase checklists, talking points and the like
 * are no work to chase (see hasPhaseChecklists): they matter only with a deadline of
 * their own, so 29 talking points are neither "due" on the show's day nor "late" after it.
 */
export type ItemMatters = (phase: Phase, source: DueSource | null) => boolean;

function mattersIn(state: EpisodeState, archived: boolean, sections: EpisodeSummary["sections"]): ItemMatters {
  const phases = phasesIn(state, archived);
  const content = hasPhaseChecklists(sections);
  const work = (phase: Phase, source: DueSource | null) => !content || phase !== "other" || source === "date" || source === "offset";
  if (state === "idea") return (phase, source) => (source === "date" || source === null) && phases.has(phase) && work(phase, source);
  return (phase, source) => phases.has(phase) && work(phase, source);
}

/**
 * Which of an episode's open items still matter today (the agenda and the overdue count
 * list only those): the same rule as the episode's status.
 */
export function itemsThatMatter(episode: EpisodeSummary, today: string, archiveAfterWeeks?: number, clock?: StatusClock): ItemMatters {
  const life = lifecycle(episode, { today, nowMs: clock?.nowMs ?? null, timeZone: clock?.timeZone ?? "UTC" });
  return mattersIn(life.state, isArchived(life, archiveAfterWeeks), episode.sections);
}

export function episodeStatus(episode: StatusEpisode, today: string, rules: StatusRules, clock?: StatusClock): EpisodeStatus {
  const phases = phaseProgress(episode);
  const life = lifecycle(episode, { today, nowMs: clock?.nowMs ?? null, timeZone: clock?.timeZone ?? "UTC" });
  const { daysUntil, state } = life;
  const when: When = daysUntil === null ? "undated" : daysUntil >= 0 ? "upcoming" : "past";
  const archived = isArchived(life, rules.archiveAfterWeeks);
  const hasPhases = phases.prep.total + phases.before.total + phases.after.total > 0;
  const focus = focusPhases(state, phases, hasPhases);
  // Nothing is next on an archived or done episode, whatever the note still has open.
  const nextFrom = archived || state === "done" ? [] : hasPhases ? currentPhases(state) : focus;
  const leftOpen = archived && state !== "done" ? phases.after.total - phases.after.done : 0;
  const matters = mattersIn(state, archived, episode.sections);
  // Nothing open matters on an archived, done or cancelled episode: most of a vault's
  // episodes, so their items are not even made.
  const nothingMatters = phasesIn(state, archived).size === 0 || episode.total === episode.done;
  const open = openItemsOf(episode);
  const items = nothingMatters ? [] : openItemDeadlines({ sections: episode.sections, date: episode.date, time: episode.time, open }, { deadlines: rules.deadlines, schedule: rules.schedule ?? { time: "13:00", timeZone: "UTC" } }).filter((i) => matters(i.phase, i.source));
  const due = summarizeDue(items, today);
  // "Due next" among the items that matter now: not a just-before item 700 days off while prep is done.
  const dueNow = summarizeDue(items.filter((i) => focus.includes(i.phase)), today);
  return {
    when,
    daysUntil,
    state,
    lifecycle: life,
    archived,
    phases,
    current: currentPhases(state).filter((p) => phases[p].total > 0),
    focus,
    openNow: countIn(episode, open, focus),
    next: nextItem(episode, open, nextFrom),
    alerts: episodeAlerts(episode, { life, archived, phases, rules, items, today }),
    overdue: due.overdue,
    lateByOwnDate: summarizeDue(items.filter((i) => i.source === "date" || i.source === "offset"), today).overdue,
    nextDue: dueNow.next,
    leftOpen,
    quiet: leftOpen > 0 ? `${plural(leftOpen, "after-show item")} left open` : null,
  };
}
