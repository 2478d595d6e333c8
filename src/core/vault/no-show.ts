// What an episode of no show is placed with. A note belongs to no show when several shows
// could own it and nothing in it says which (a folder they share, or outside every show
// folder): see classify.ts and shared-folder.ts. Before, every part of the plugin quietly
// took the first show in the settings for it, so reordering the shows changed its
// deadlines, its zone and the language of its snippets.
//
// The rules, none of which depends on the order of the shows:
// - one show set up: that show, entirely (nothing to choose between);
// - several: all the shows decide together, the same way in the sidebar, the agenda, the
//   status report and the command line (the shows sharing its folder are only named, in
//   the row and the notices, as the likely owners):
//   - deadlines: the earliest any show would set (most prep days before, fewest
//     after-show days), so no item is due later than its real show would make it;
//   - zone: theirs when they all share one, else the device's (the CLI: the machine's);
//     a `date:` naming an instant is read in the shared zone, else as written;
//   - the usual time: the earliest of theirs when they share a zone, else 13:00;
//   - schedule checks (overlaps, breaks): none, since no invite length or break is known.
// Commands that need a show's texts or studio (snippets, go live, reschedule) ask which
// show (go live and reschedule then claim the note for it); they do not use these rules.
import type { OfficeHoursSettings, ShowDeadlines, ShowSettings } from "../settings/settings";
import { findShowIn } from "./show-lookup";

/** The built-in deadlines of a new show: for a vault with no show at all. */
export const DEFAULT_DEADLINES: ShowDeadlines = { prepDaysBefore: 2, afterDaysAfter: 7 };
/** The usual time when the candidates' zones differ (a new show's default). */
export const NEUTRAL_TIME = "13:00";

export interface PlacedRules {
  /** The show whose settings apply in full: the episode's own, or the only show set up; null for an episode of no show among several. */
  show: ShowSettings | null;
  deadlines: ShowDeadlines;
  schedule: { time: string; timeZone: string };
}

/** The show an episode is read and placed with: its own, else the only show set up, else none. */
export function placedShow(show: ShowSettings | null, settings: Pick<OfficeHoursSettings, "shows">): ShowSettings | null {
  if (show) return show;
  return settings.shows.length === 1 ? (settings.shows[0] ?? null) : null;
}

/** Whether an episode's show is unknown among several: what the sidebar row and the commands tell the host. */
export function isUnclaimed(show: ShowSettings | null, settings: Pick<OfficeHoursSettings, "shows">): boolean {
  return placedShow(show, settings) === null && settings.shows.length > 1;
}

/**
 * The deadlines and schedule an episode is placed with: its show's (or the only show's),
 * else what all the shows agree on (see the rules above). `fallbackZone`: the device's
 * zone, used when the shows' zones differ or there is no show at all.
 */
export function placedRules(show: ShowSettings | null, settings: Pick<OfficeHoursSettings, "shows">, fallbackZone: string): PlacedRules {
  const placed = placedShow(show, settings);
  if (placed) return { show: placed, deadlines: placed.deadlines, schedule: { time: placed.schedule.time, timeZone: placed.schedule.timeZone } };
  const among = settings.shows;
  if (among.length === 0) return { show: null, deadlines: DEFAULT_DEADLINES, schedule: { time: NEUTRAL_TIME, timeZone: fallbackZone } };
  const zone = sharedZone(among);
  return {
    show: null,
    deadlines: {
      prepDaysBefore: Math.max(...among.map((s) => s.deadlines.prepDaysBefore)),
      afterDaysAfter: Math.min(...among.map((s) => s.deadlines.afterDaysAfter)),
    },
    schedule: {
      // "HH:mm" strings sort as times do.
      time: zone === null ? NEUTRAL_TIME : among.map((s) => s.schedule.time).reduce((a, b) => (b < a ? b : a)),
      timeZone: zone ?? fallbackZone,
    },
  };
}

/** The zone every one of `shows` uses, or null when they differ (or there are none). */
export function sharedZone(shows: readonly ShowSettings[]): string | null {
  const zone = shows[0]?.schedule.timeZone;
  return zone !== undefined && shows.every((s) => s.schedule.timeZone === zone) ? zone : null;
}

/** The shows' codes (else names) in alphabetical order, as a row and a notice list them: "A&A, CCG or GOH". */
export function showList(shows: readonly ShowSettings[], last = "or"): string {
  const names = shows.map((s) => (s.code !== "" ? s.code : s.name)).sort((a, b) => a.localeCompare(b));
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${last} ${names[names.length - 1] ?? ""}`;
}

/** What the sidebar row says of an episode of no show: short, with the way to claim it. */
export function unclaimedLabel(candidates: readonly ShowSettings[]): string {
  return `No show: ${showList(candidates)}? Assign it to one`;
}

/** The notice of a command that cannot act on an episode of no show, with the way to claim it. */
export function unclaimedRefusal(basename: string, candidates: readonly ShowSettings[], what: string): string {
  return (
    `“${basename}” belongs to no show (it could be ${showList(candidates)}), so ${what}. ` +
    "Assign it to its show first: the row's “Assign to show…” button in the episodes sidebar, or the command “Assign this note to a show…”."
  );
}

/**
 * The value of `office-hours:` that claims a note for `show`: its code, else its name, else
 * its id, whichever the classifier's lookup (code, name or id, first show wins) finds this
 * show by and no other listed before it. Null when none does (two shows alike in all three).
 */
export function markerFor(show: ShowSettings, shows: readonly ShowSettings[]): string | null {
  return [show.code, show.name, show.id].find((value) => findShowIn(shows, value) === show)?.trim() ?? null;
}
