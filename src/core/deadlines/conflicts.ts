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
  overlapWarnings(slots, add);
  return byPath;
}

/** Overlapping episodes named in a slot's warnings; the others are counted. */
const NAMED_OVERLAPS = 2;

/** Index of the first value in `sorted` not less than `x` (strictly greater with `after`). */
function bound(sorted: readonly number[], x: number, after: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] ?? 0;
    if (v < x || (after && v === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Each slot's overlaps: the nearest ones by name, the rest as a count. Counting by binary
 * search over the sorted starts and ends keeps this n log n however many episodes share a
 * slot: listing every pair made a vault of a thousand notes on one date (a generated or
 * imported one) build a million messages, and the sidebar ran out of memory.
 */
function overlapWarnings(slots: readonly ShowSlot[], add: (path: string, message: string) => void): void {
  // Slots starting together are ordered by path, so which neighbours a warning names does
  // not depend on the order the slots came in (an index puts a note it read again last).
  const sorted = [...slots].sort((x, y) => x.window.start.getTime() - y.window.start.getTime() || (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  const starts = sorted.map((slot) => slot.window.start.getTime());
  const ends = sorted.map((slot) => slot.window.end.getTime()).sort((x, y) => x - y);
  sorted.forEach((slot, i) => {
    const start = slot.window.start.getTime();
    const end = slot.window.end.getTime();
    // Every slot starting before this one ends, less those over by its start, less itself.
    const total = bound(starts, end, false) - bound(ends, start, true) - (start < end ? 1 : -1);
    if (total <= 0) return;
    const named: ShowSlot[] = [];
    // Later starts before this end always overlap; earlier ones only while they last.
    for (let j = i + 1; j < sorted.length && named.length < NAMED_OVERLAPS && (starts[j] ?? Infinity) < end; j++) named.push(sorted[j] as ShowSlot);
    for (let j = i - 1; j >= 0 && j >= i - 64 && named.length < NAMED_OVERLAPS; j--) {
      const other = sorted[j] as ShowSlot;
      if (windowsOverlap(other.window, slot.window)) named.push(other);
    }
    for (const other of named) add(slot.path, overlapMessage(slot, other));
    const more = total - named.length;
    if (more > 0) add(slot.path, `Overlaps ${more} more episode${more === 1 ? "" : "s"}`);
  });
}

/** An episode as the schedule checks see it, with its show (null: of no configured show). */
export interface Scheduled {
  episode: Pick<Episode, "path" | "basename" | "date" | "time">;
  show: ShowSettings | null;
}

/**
 * The schedule warnings of the episodes still to come (`isUpcoming`), by path. Past
 * episodes are history: two shows that overlapped last year need no warning now. An
 * episode of no configured show is placed with `fallback`'s settings: the only show set up
 * (vault/no-show.ts's placedShow); among several, none (no invite length or breaks known),
 * and it is not checked.
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
