// The warnings an episode earns in its state, and only those: a warning that is always on
// is noise. Red (late) only for what is past its deadline and can still be done; amber
// (soon) for a deadline that is near, or something to fix; nothing about work that no
// longer matters (prep after the show, anything on an archived episode).
import type { EpisodeSummary, Phase } from "../types";
import type { Alert, PhaseProgress, StatusRules } from "./status";
import type { Lifecycle } from "./lifecycle";
import { EPISODE_STATES, isOver } from "./lifecycle";
import { chapterAlerts } from "../live/after-show";
import { relativeDays } from "../time/relative-date";
import { dayNumber } from "../deadlines/day-number";
import type { ItemDue } from "../deadlines/item-due";

export interface AlertInput {
  life: Lifecycle;
  archived: boolean;
  phases: Record<Phase, PhaseProgress>;
  rules: StatusRules;
  /** The open items that still matter, each with its deadline (deadlines/item-due.ts). */
  items: readonly ItemDue[];
  today: string;
}

/**
 * Open items of a phase that have a deadline of their own (`📅 2026-11-27`, an offset):
 * those are late by their own date (the row's overdue count), so the phase's alert
 * speaks only for the rest.
 */
function ownDeadlines(items: readonly ItemDue[], phase: Phase): number {
  let count = 0;
  for (const item of items) if (item.phase === phase && (item.source === "date" || item.source === "offset")) count++;
  return count;
}

/** "1 prep item due tomorrow": prep items of their own dates, announced a few days ahead like the phase's deadline. */
function ownPrepSoon({ items, today, rules }: AlertInput): Alert[] {
  const days: number[] = [];
  const todayDay = dayNumber(today);
  for (const item of items) {
    if (item.phase !== "prep" || (item.source !== "date" && item.source !== "offset") || item.day === Infinity) continue;
    // Day numbers: no item's line is read again to learn its date.
    const d = item.day - todayDay;
    if (d >= 0 && d <= rules.warnDaysBefore) days.push(d);
  }
  if (days.length === 0) return [];
  // A loop, not Math.min(...days): a note of 200,000 dated prep items threw past the spread's limit.
  const first = relativeDays(days.reduce((least, d) => Math.min(least, d), Infinity));
  return [{ severity: "soon", message: days.length === 1 ? `1 prep item due ${first}` : `${days.length} prep items due, the first ${first}` }];
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** Late once `dueIn` (days to the deadline) is negative, near within the warning window, else nothing. */
function deadline(dueIn: number, warnDays: number, message: string): Alert[] {
  if (dueIn < 0) return [{ severity: "late", message: `${message}, due ${relativeDays(dueIn)}` }];
  if (dueIn <= warnDays) return [{ severity: "soon", message: `${message}, due ${relativeDays(dueIn)}` }];
  return [];
}

function beforeTheShow(episode: EpisodeSummary, daysUntil: number, input: AlertInput): Alert[] {
  const { phases, rules, items } = input;
  const alerts: Alert[] = [];
  const prepDue = daysUntil - rules.deadlines.prepDaysBefore;
  // A guest field that says "none" or "solo" is a choice: nobody to find by the deadline.
  if (episode.guests.length === 0 && !episode.noGuest) {
    // The guest is needed by the prep deadline: the invite, the thumbnail and the posts name them.
    const show = `No guest yet, show ${relativeDays(daysUntil)}`;
    if (prepDue < 0) alerts.push({ severity: "late", message: show, about: "guest" });
    else if (prepDue <= rules.warnDaysBefore) alerts.push({ severity: "soon", message: show, about: "guest" });
  }
  const prepOpen = phases.prep.total - phases.prep.done - ownDeadlines(items, "prep");
  if (prepOpen > 0) alerts.push(...deadline(prepDue, rules.warnDaysBefore, `${plural(prepOpen, "prep item")} open`));
  alerts.push(...ownPrepSoon(input));
  return alerts;
}

function afterTheShow(episode: EpisodeSummary, daysUntil: number, input: AlertInput): Alert[] {
  const { life, phases, rules, items } = input;
  const alerts: Alert[] = [];
  const afterOpen = phases.after.total - phases.after.done - ownDeadlines(items, "after");
  if (afterOpen > 0) {
    const due = rules.deadlines.afterDaysAfter + daysUntil;
    alerts.push(...deadline(due, rules.warnDaysBefore, `${plural(afterOpen, "after-show item")} open`));
  }
  // Not before the episode's day: a note that says it is recorded (or in the edit) ahead
  // of a later release day has no link to give yet, nor chapters to be late with.
  if (daysUntil > 0) return alerts;
  if (life.state === "aired") alerts.push({ severity: "soon", message: "No video link yet" });
  // Chapters YouTube would refuse are worth fixing, but they are not late.
  for (const alert of chapterAlerts(episode, true)) alerts.push({ ...alert, severity: alert.severity === "info" ? "info" : "soon" });
  return alerts;
}

/** Longest status quoted whole in an alert: a pasted paragraph is cut, with an ellipsis. */
const MAX_QUOTED = 60;

function quoted(text: string): string {
  if (text.length <= MAX_QUOTED) return text;
  const high = text.charCodeAt(MAX_QUOTED - 1);
  // Never half an emoji.
  return `${text.slice(0, high >= 0xd800 && high <= 0xdbff ? MAX_QUOTED - 1 : MAX_QUOTED)}…`;
}

export function episodeAlerts(episode: EpisodeSummary, input: AlertInput): Alert[] {
  const { life, archived } = input;
  const alerts: Alert[] = [];
  if (life.unknownStatus !== null) {
    alerts.push({
      severity: "soon",
      message: `Status “${quoted(life.unknownStatus)}” is not one of ${EPISODE_STATES.join(", ")}; taken as ${life.state}`,
    });
  }
  // Whatever its state: the items inside git's markers count for nothing until it is resolved (note/merge-conflict.ts).
  for (const warning of episode.readerWarnings) if (warning.kind === "merge") alerts.push({ severity: "soon", message: warning.message });
  if (archived || life.daysUntil === null) return alerts;
  if (life.state === "scheduled" || life.state === "live") alerts.push(...beforeTheShow(episode, life.daysUntil, input));
  else if (isOver(life.state)) alerts.push(...afterTheShow(episode, life.daysUntil, input));
  return alerts;
}
