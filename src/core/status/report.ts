// The vault report: the same episodes as the sidebar, as JSON or a plain-text table.
import { compareSeasonNumber } from "../note/season";
import type { Phase } from "../types";
import type { EpisodeRecord } from "../vault/episode-record";
import type { ShowSettings } from "../settings/settings";
import { seriesOf } from "../vault/classify";
import type { EpisodeStatus } from "./status";
import { numbering, othersOf, type Numbering, type SeriesNote } from "../vault/numbering";
import { plainText } from "../text/plain";
import { webLink } from "../snippets/web-link";
import { isWebAddress } from "../guests/mention";

export interface ReportItem {
  episode: EpisodeRecord;
  show: ShowSettings | null;
  status: EpisodeStatus;
  /** The index's version of the note, when it comes from an EpisodeIndex. */
  version?: number;
}

export interface EpisodeJson {
  path: string;
  show: string | null;
  series: string | null;
  number: number | null;
  numberText: string | null;
  title: string;
  topic: string;
  guests: string[];
  guestLinks: { name: string; target: string | null; affiliation: string | null }[];
  date: string | null;
  time: string | null;
  url: string | null;
  when: string;
  /** The lifecycle state (status/lifecycle.ts). */
  state: string;
  /** Aired longer ago than the archive threshold (or on an unknown day): its open items are counted quietly, not alerts. */
  archived: boolean;
  done: number;
  total: number;
  cancelled: number;
  sections: { heading: string | null; phase: Phase; done: number; total: number }[];
  phases: Record<Phase, { done: number; total: number }>;
  next: string | null;
  nextLine: number | null;
  /** The item that comes next for the state (prep before the show, after-show items after it), never a moot one. */
  nextUp: string | null;
  warnings: string[];
  alerts: { severity: string; message: string }[];
  /** Open items past their deadline (their own date, or their phase's) as of today. */
  overdue: number;
  /** The open item due soonest from today on: its text, date and days away. */
  nextDue: { text: string; due: string; daysUntil: number } | null;
  /** The Timestamps section's chapters (`at` as HH:MM:SS). */
  chapters: { at: string; seconds: number; title: string }[];
  /** Lines of that section that cannot be read, and why YouTube would refuse the chapters; 1-based lines. */
  chapterProblems: { line: number | null; message: string }[];
  /** The `live:` and `ended:` values as written. */
  live: string | null;
  ended: string | null;
}

export function episodeJson(item: ReportItem): EpisodeJson {
  const { episode, show, status } = item;
  return {
    path: episode.path,
    show: show?.name ?? null,
    series: seriesOf(episode, show),
    number: episode.number,
    numberText: episode.numberText,
    title: episode.title,
    topic: episode.topic,
    guests: episode.guests.map((g) => g.name),
    guestLinks: episode.guests.map((g) => ({ name: g.name, target: reportedTarget(g.target), affiliation: g.affiliation })),
    date: episode.date,
    time: episode.time,
    url: webLink(episode.url),
    when: status.when,
    state: status.state,
    archived: status.archived,
    done: episode.done,
    total: episode.total,
    cancelled: episode.cancelled,
    sections: episode.sections
      .filter((s) => s.total + s.cancelled > 0)
      .map((s) => ({ heading: s.heading, phase: s.phase, done: s.done, total: s.total })),
    phases: status.phases,
    // The table's and the sidebar's rule (status.next): the note's first open box could be a
    // talking point or a moot item, which the table never shows as next.
    next: status.next?.text ?? null,
    nextLine: status.next ? status.next.line + 1 : null,
    nextUp: status.next ? plainText(status.next.text) : null,
    warnings: episode.warnings,
    alerts: status.alerts.map(({ severity, message }) => ({ severity, message })),
    overdue: status.overdue,
    nextDue: status.nextDue,
    chapters: episode.chapters.map(({ at, seconds, title }) => ({ at, seconds, title })),
    chapterProblems: episode.chapterProblems.map((p) => ({ line: p.line === null ? null : p.line + 1, message: p.message })),
    live: episode.live.start,
    ended: episode.live.end,
  };
}

/**
 * A guest's link as the plugin itself follows it, or null: a target with a scheme is a web
 * address (the reader's rule, guests/mention.ts) and is kept only as a web page (webLink,
 * the rule of `url`); one without is a note. The report is read by scripts that may post or
 * open it, so `javascript:`, `data:`, `mailto:`, an empty target and a protocol-relative
 * `//host` (a web address to a browser, a note to nobody) are not handed on.
 */
export function reportedTarget(target: string | null): string | null {
  const trimmed = target?.trim() ?? "";
  if (trimmed === "") return null;
  if (isWebAddress(trimmed)) return webLink(trimmed);
  // Control characters never belong to a note's name; a line break there would forge lines for a reader of the JSON.
  return trimmed.startsWith("//") || /\p{Cc}/u.test(trimmed) ? null : trimmed;
}

/** Show, then number, then date, then path: the order a host reads a show's history in. */
export function compareItems(a: ReportItem, b: ReportItem): number {
  const sa = seriesOf(a.episode, a.show) ?? "\uffff";
  const sb = seriesOf(b.episode, b.show) ?? "\uffff";
  if (sa !== sb) return sa < sb ? -1 : 1;
  // Season, then number: S01E10 before S02E01.
  const byNumber = compareSeasonNumber(a.episode, b.episode);
  if (byNumber !== 0) return byNumber;
  const da = a.episode.date ?? "9999";
  const db = b.episode.date ?? "9999";
  if (da !== db) return da < db ? -1 : 1;
  return a.episode.path < b.episode.path ? -1 : a.episode.path > b.episode.path ? 1 : 0;
}

export interface SeriesSummary {
  series: string | null;
  episodes: number;
  numbering: Numbering;
}

/** `others`: notes named in a series that are not episodes (EpisodeIndex.namedNotes), which take their numbers. */
export function seriesSummaries(items: readonly ReportItem[], others: readonly SeriesNote[] = []): SeriesSummary[] {
  const groups = new Map<string | null, ReportItem[]>();
  for (const item of items) {
    const key = seriesOf(item.episode, item.show);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.entries()].map(([series, list]) => {
    const members = list.map((i) => ({ number: i.episode.number, season: i.episode.season ?? null, path: i.episode.path }));
    return { series, episodes: list.length, numbering: numbering(members, othersOf(series, members, others)) };
  });
}
