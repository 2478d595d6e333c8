// Schedule conflicts: two episodes (of any shows) whose calendar invites overlap, from
// the tech check before to the debrief after, each per its show's settings; and an
// episode on a date its show takes off. Times are instants, so shows in different zones
// compare correctly; an episode keeps its wall-clock time in its own zone.
import type { Episode } from "../types";
import type { ShowSettings } from "../settings/settings";
import type { ReportItem } from "../status/report";
import { zonedToInstant } from "../time/zoned-to-instant";
import { inviteWindow, type TimeWindow } from "../calendar/invite-window";
import { formatDate } from "../time/format-date";
import { zoneAbbreviation } from "../time/zone-abbreviation";
import { breakOn, describeBreak, readableBreaks, type Break } from "./breaks";

export interface ShowSlot {
  /** The note's path, or "" for a slot not written yet (a form's). */
  path: string;
  /** The note's name, as warnings name the other episode. */
  label: string;
  show: ShowSettings;
  date: string;
  start: Date;
  /** The invite: from the tech check to the debrief. */
  window: TimeWindow;
}

/** The slot of a show on `date` at `time` (its own zone), or null when that is no real moment. */
export function slotAt(show: ShowSettings, date: string, time: string, path = "", label = ""): ShowSlot | null {
  const start = zonedToInstant(date, time, show.schedule.timeZone);
  if (!start.ok) return null;
  const window = inviteWindow(start.instant, show.schedule.durationMinutes, show.inviteMinutesBefore, show.inviteMinutesAfter);
  return { path, label, show, date, start: start.instant, window };
}

/** An episode's slot: its date, its own time or else the show's. */
export function episodeSlot(episode: Pick<Episode, "path" | "basename" | "date" | "time">, show: ShowSettings): ShowSlot | null {
  if (episode.date === null) return null;
  return slotAt(show, episode.date, episode.time ?? show.schedule.time, episode.path, episode.basename);
}

export function windowsOverlap(a: TimeWindow, b: TimeWindow): boolean {
  // Back to back is no conflict: one debrief may end as the next tech check begins.
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}

export interface Conflict {
  a: ShowSlot;
  b: ShowSlot;
}

/** Every pair of slots whose invites overlap, by a sweep in start order (n log n plus the pairs). */
export function findConflicts(slots: readonly ShowSlot[]): Conflict[] {
  const sorted = [...slots].sort((x, y) => x.window.start.getTime() - y.window.start.getTime());
  const conflicts: Conflict[] = [];
  const open: ShowSlot[] = [];
  for (const slot of sorted) {
    const begins = slot.window.start.getTime();
    // Slots that ended by now cannot overlap this one or any later one.
    for (let i = open.length - 1; i >= 0; i--) if ((open[i]?.window.end.getTime() ?? 0) <= begins) open.splice(i, 1);
    for (const other of open) conflicts.push({ a: other, b: slot });
    open.push(slot);
  }
  return conflicts;
}

/** The breaks of a show, read once per call site from its settings' lines. */
export function showBreaks(show: ShowSettings): Break[] {
  return readableBreaks(show.breaks);
}

/** "Overlaps “GOH 26 - Topic” (Fri 13:00 CET)": the other slot's start, in this show's zone. */
export function overlapMessage(own: ShowSlot, other: ShowSlot): string {
  const zone = own.show.schedule.timeZone;
  const when = `${formatDate(other.start, zone, "ddd D MMM HH:mm")} ${zoneAbbreviation(other.start, zone)}`;
  const name = other.label === "" ? `another ${other.show.name} episode` : `“${other.label}”`;
  return `Overlaps ${name} (${when})`;
}

export function breakMessage(value: Break): string {
  return `On ${describeBreak(value)}`;
}

/**
 * What a form says about a slot being chosen: the episodes it overlaps (the one being
 * moved, `path`, aside) and the show's break that day.
 */
export function slotWarnings(candidate: ShowSlot, others: readonly ShowSlot[]): string[] {
  const warnings: string[] = [];
  const off = breakOn(candidate.date, showBreaks(candidate.show));
  if (off) warnings.push(breakMessage(off));
  for (const other of others) {
    if (other.path !== "" && other.path === candidate.path) continue;
    if (windowsOverlap(candidate.window, other.window)) warnings.push(overlapMessage(candidate, other));
  }
  return warnings;
}

/** Each slot's warnings (overlaps and breaks), by path: for the sidebar, the agenda and the report. */
export function scheduleWarnings(slots: readonly ShowSlot[]): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  const add = (path: string, message: string) => {
    const list = byPath.get(path);
    if (list) list.push(message);
    else byPath.set(path, [message]);
  };
  const breaks = new Map<ShowSettings, Break[]>();
  for (const slot of slots) {
    let list = breaks.get(slot.show);
    if (!list) {
      list = showBreaks(slot.show);
      breaks.set(slot.show, list);
    }
    const off = breakOn(slot.date, list);
    if (off) add(slot.path, breakMessage(off));
  }
  for (const { a, b } of findConflicts(slots)) {
    add(a.path, overlapMessage(a, b));
    add(b.path, overlapMessage(b, a));
  }
  return byPath;
}

/** An episode as the schedule checks see it, with its show (null: of no configured show). */
export interface Scheduled {
  episode: Pick<Episode, "path" | "basename" | "date" | "time">;
  show: ShowSettings | null;
}

/**
 * The schedule warnings of the episodes still to come (`isUpcoming`), by path. Past
 * episodes are history: two shows that overlapped last year need no warning now. An
 * episode of no configured show is placed with `fallback`'s settings, as everywhere else.
 */
export function upcomingWarnings(episodes: Iterable<Scheduled>, fallback: ShowSettings | undefined, isUpcoming: (e: Scheduled) => boolean): Map<string, string[]> {
  const slots: ShowSlot[] = [];
  for (const item of episodes) {
    const show = item.show ?? fallback;
    if (!show || !isUpcoming(item)) continue;
    const slot = episodeSlot(item.episode, show);
    if (slot) slots.push(slot);
  }
  return slots.length === 0 ? new Map<string, string[]>() : scheduleWarnings(slots);
}

/** The same warnings added to the report's items' alerts (the sidebar's rows, the report's `alerts`). */
export function addScheduleAlerts(items: readonly ReportItem[], fallback: ShowSettings | undefined): void {
  const upcoming = new Set(items.filter((i) => i.status.when === "upcoming"));
  const warnings = upcomingWarnings(items, fallback, (e) => upcoming.has(e as ReportItem));
  if (warnings.size === 0) return;
  for (const item of items) {
    for (const message of warnings.get(item.episode.path) ?? []) item.status.alerts.push({ severity: "late", message });
  }
}

/**
 * What keeps a new episode's slot from being free besides its own show's taken dates:
 * the show's breaks, and the invites of upcoming episodes of shows that share its studio
 * link (one studio cannot stream two shows at once). Without a studio link, only breaks.
 */
export function busySlotsFor(show: ShowSettings, episodes: Iterable<Scheduled>, today: string): { breaks: Break[]; windows: TimeWindow[] } {
  const studio = show.links.studio.trim();
  const windows: TimeWindow[] = [];
  if (studio !== "") {
    for (const { episode, show: other } of episodes) {
      if (!other || other.id === show.id || other.links.studio.trim() !== studio) continue;
      if (episode.date === null || episode.date < today) continue;
      const slot = episodeSlot(episode, other);
      if (slot) windows.push(slot.window);
    }
  }
  return { breaks: showBreaks(show), windows };
}
