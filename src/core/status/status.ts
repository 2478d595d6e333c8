// Where an episode stands today: upcoming or past, per-phase progress, and what is
// late. The caller passes today's date (in the show's time zone): no hidden clock.
import type { EpisodeSummary, Phase } from "../types";
import type { ShowDeadlines, ShowSchedule } from "../settings/settings";
import { daysBetween } from "../time/calendar-date";
import { chapterAlerts } from "../live/after-show";
import { openItemDeadlines, summarizeDue, type DueSummary, type WithOpenItems } from "../deadlines/item-due";

export type When = "upcoming" | "past" | "undated";

export interface PhaseProgress {
  done: number;
  total: number;
}

export type Severity = "late" | "soon" | "info";

export interface Alert {
  severity: Severity;
  message: string;
}

export interface EpisodeStatus {
  when: When;
  /** Calendar days from today to the show (negative once it is past), null without a date. */
  daysUntil: number | null;
  phases: Record<Phase, PhaseProgress>;
  alerts: Alert[];
  /** Open items past their deadline (their own, or their phase's). */
  overdue: number;
  /** The open item due soonest from today on. */
  nextDue: DueSummary["next"];
}

export interface StatusRules {
  deadlines: ShowDeadlines;
  /** Warn about open prep this many days before its deadline. */
  warnDaysBefore: number;
  /** The show's time and zone, for items due hours before or after the start (UTC 13:00 without). */
  schedule?: Pick<ShowSchedule, "time" | "timeZone">;
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

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** An episode as read, or as the index keeps it: what a status is worked out from. */
export type StatusEpisode = EpisodeSummary & WithOpenItems;

export function episodeStatus(episode: StatusEpisode, today: string, rules: StatusRules): EpisodeStatus {
  const phases = phaseProgress(episode);
  const daysUntil = episode.date ? daysBetween(today, episode.date) : null;
  const when: When = daysUntil === null ? "undated" : daysUntil >= 0 ? "upcoming" : "past";
  const alerts: Alert[] = [];
  const items = openItemDeadlines(episode, { deadlines: rules.deadlines, schedule: rules.schedule ?? { time: "13:00", timeZone: "UTC" } });
  const due = summarizeDue(items, today);
  // The phase alerts speak for the items that have no deadline of their own, as before
  // items could have one; an item with its own date is late by that date.
  const ownDeadline = (phase: Phase) => items.reduce((n, i) => n + (i.phase === phase && i.source !== "phase" && i.source !== null ? 1 : 0), 0);

  if (when !== "past") {
    if (episode.guests.length === 0) alerts.push({ severity: "info", message: "No guest yet" });
    if (episode.url === null) alerts.push({ severity: "info", message: "No URL yet" });
  }
  const prepOpen = phases.prep.total - phases.prep.done - ownDeadline("prep");
  if (daysUntil !== null && prepOpen > 0) {
    const dueIn = daysUntil - rules.deadlines.prepDaysBefore;
    const items = plural(prepOpen, "prep item");
    if (daysUntil < 0) alerts.push({ severity: "late", message: `${items} never done` });
    else if (dueIn < 0) alerts.push({ severity: "late", message: `${items} open, show ${relativeDays(daysUntil)}` });
    else if (dueIn <= rules.warnDaysBefore) {
      alerts.push({ severity: "soon", message: `${items} open, due ${relativeDays(dueIn)}` });
    }
  }
  const afterOpen = phases.after.total - phases.after.done - ownDeadline("after");
  if (daysUntil !== null && daysUntil < 0 && afterOpen > 0) {
    const late = -daysUntil > rules.deadlines.afterDaysAfter;
    alerts.push({
      severity: late ? "late" : "soon",
      message: `${plural(afterOpen, "after-show item")} open${late ? `, due ${plural(rules.deadlines.afterDaysAfter, "day")} after the show` : ""}`,
    });
  }
  // As for the phase's deadline, prep items of their own dates are announced a few days ahead.
  const soon = items.filter((i) => i.phase === "prep" && (i.source === "date" || i.source === "offset") && i.due !== null);
  const soonDays = soon.map((i) => daysBetween(today, i.due ?? "")).filter((d): d is number => d !== null && d >= 0 && d <= rules.warnDaysBefore);
  if (soonDays.length > 0) {
    const first = relativeDays(soonDays.reduce((a, b) => Math.min(a, b)));
    alerts.push({ severity: "soon", message: soonDays.length === 1 ? `1 prep item due ${first}` : `${soonDays.length} prep items due, the first ${first}` });
  }
  // Over once the date is past, or once "End show" recorded the end (the same day).
  alerts.push(...chapterAlerts(episode, when === "past" || episode.live.end !== null));
  return { when, daysUntil, phases, alerts, overdue: due.overdue, nextDue: due.next };
}

// English, as the rest of the sidebar. Built once: a RelativeTimeFormat costs far more
// than a call (date-fns's intlFormatDistance builds one per call).
let relativeFormat: Intl.RelativeTimeFormat | null = null;

/** "today", "tomorrow", "in 3 days", "yesterday", "5 days ago", from Intl. */
export function relativeDays(days: number): string {
  relativeFormat ??= new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  return relativeFormat.format(days, "day");
}
