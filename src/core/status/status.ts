// Where an episode stands today: upcoming or past, per-phase progress, and what is
// late. The caller passes today's date (in the show's time zone): no hidden clock.
import type { EpisodeSummary, Phase } from "../types";
import type { ShowDeadlines } from "../settings/settings";
import { daysBetween } from "../time/calendar-date";
import { chapterAlerts } from "../live/after-show";

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
}

export interface StatusRules {
  deadlines: ShowDeadlines;
  /** Warn about open prep this many days before its deadline. */
  warnDaysBefore: number;
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

export function episodeStatus(episode: EpisodeSummary, today: string, rules: StatusRules): EpisodeStatus {
  const phases = phaseProgress(episode);
  const daysUntil = episode.date ? daysBetween(today, episode.date) : null;
  const when: When = daysUntil === null ? "undated" : daysUntil >= 0 ? "upcoming" : "past";
  const alerts: Alert[] = [];

  if (when !== "past") {
    if (episode.guests.length === 0) alerts.push({ severity: "info", message: "No guest yet" });
    if (episode.url === null) alerts.push({ severity: "info", message: "No URL yet" });
  }
  const prepOpen = phases.prep.total - phases.prep.done;
  if (daysUntil !== null && prepOpen > 0) {
    const dueIn = daysUntil - rules.deadlines.prepDaysBefore;
    const items = plural(prepOpen, "prep item");
    if (daysUntil < 0) alerts.push({ severity: "late", message: `${items} never done` });
    else if (dueIn < 0) alerts.push({ severity: "late", message: `${items} open, show ${relativeDays(daysUntil)}` });
    else if (dueIn <= rules.warnDaysBefore) {
      alerts.push({ severity: "soon", message: `${items} open, due ${relativeDays(dueIn)}` });
    }
  }
  const afterOpen = phases.after.total - phases.after.done;
  if (daysUntil !== null && daysUntil < 0 && afterOpen > 0) {
    const late = -daysUntil > rules.deadlines.afterDaysAfter;
    alerts.push({
      severity: late ? "late" : "soon",
      message: `${plural(afterOpen, "after-show item")} open${late ? `, due ${plural(rules.deadlines.afterDaysAfter, "day")} after the show` : ""}`,
    });
  }
  // Over once the date is past, or once "End show" recorded the end (the same day).
  alerts.push(...chapterAlerts(episode, when === "past" || episode.live.end !== null));
  return { when, daysUntil, phases, alerts };
}

// English, as the rest of the sidebar. Built once: a RelativeTimeFormat costs far more
// than a call (date-fns's intlFormatDistance builds one per call).
let relativeFormat: Intl.RelativeTimeFormat | null = null;

/** "today", "tomorrow", "in 3 days", "yesterday", "5 days ago", from Intl. */
export function relativeDays(days: number): string {
  relativeFormat ??= new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  return relativeFormat.format(days, "day");
}
