// Episode numbers within one show: the next free number, duplicates and gaps. A show
// named by season (S02E05) numbers its episodes within each season: S01E01 and S02E01
// are no duplicate, and the next episode is the latest season's highest number plus one.

import { folderOf } from "./vault-path";

export interface Numbering {
  /** The highest number (of the latest season, for a show with seasons). */
  highest: number | null;
  next: number;
  /** The latest season; absent when no name has one (and so is seasonGaps). */
  season?: number;
  /** Numbers used by more than one episode (of one season), each with the paths that use it. */
  duplicates: { number: number; season?: number; paths: string[] }[];
  /**
   * Missing numbers between the lowest and the highest, for the episodes without a season
   * (a season's gaps are in seasonGaps). Capped so a typo (GOH 2500) can't flood it.
   */
  gaps: number[];
  /** Missing numbers past the cap, when there are any: "No episode numbered 11–60 and 939 more", not a list that looks whole. */
  moreGaps?: number;
  /** The same within each season, by season. */
  seasonGaps?: { season: number; numbers: number[]; more?: number }[];
  /** Notes named in the show's series that are not read as episodes, by path (see `others`). */
  notEpisodes: string[];
}

export interface Numbered {
  number: number | null;
  /** The season of a name like S02E05; absent or null without one. */
  season?: number | null;
  path: string;
}

const MAX_GAPS = 50;

/**
 * `others` are notes whose names carry a number of the show's series but which are not
 * read as episodes (GOH 09 with no guest field): the number is taken, so it is no gap and
 * not the next number, but it makes no duplicate (only episodes are warned about).
 */
export function numbering(items: readonly Numbered[], others: readonly Numbered[] = []): Numbering {
  // Per season (null: no season), each season's numbers like a show of its own.
  const seasons = new Map<number | null, { byNumber: Map<number, string[]>; taken: Set<number> }>();
  const seasonOf = (season: number | null) => {
    let found = seasons.get(season);
    if (!found) seasons.set(season, (found = { byNumber: new Map(), taken: new Set() }));
    return found;
  };
  // Names of one show mostly share a season (or none): the last one's lists, at hand.
  let last: number | null | undefined;
  let lists = seasonOf(null);
  for (const item of items) {
    if (item.number === null) continue;
    const season = item.season ?? null;
    if (season !== last) {
      lists = seasonOf(season);
      last = season;
    }
    const { byNumber, taken } = lists;
    const paths = byNumber.get(item.number);
    if (paths) paths.push(item.path);
    else byNumber.set(item.number, [item.path]);
    taken.add(item.number);
  }
  const notEpisodes: string[] = [];
  for (const other of others) {
    if (other.number === null) continue;
    seasonOf(other.season ?? null).taken.add(other.number);
    notEpisodes.push(other.path);
  }
  const order = [...seasons.keys()].sort((a, b) => (a ?? -1) - (b ?? -1));
  const latest = order[order.length - 1] ?? null;
  const duplicates: Numbering["duplicates"] = [];
  const seasonGaps: Numbering["seasonGaps"] = [];
  let gaps: Gaps = { numbers: [], more: 0 };
  for (const season of order) {
    const { byNumber, taken } = seasonOf(season);
    for (const n of [...byNumber.keys()].sort((a, b) => a - b)) {
      const paths = byNumber.get(n) ?? [];
      if (paths.length > 1) duplicates.push({ number: n, ...(season === null ? {} : { season }), paths: [...paths].sort() });
    }
    const missing = gapsIn(taken);
    if (season === null) gaps = missing;
    else if (missing.numbers.length > 0) seasonGaps.push({ season, numbers: missing.numbers, ...(missing.more > 0 ? { more: missing.more } : {}) });
  }
  const numbers = [...seasonOf(latest).taken].sort((a, b) => a - b);
  const highest = numbers[numbers.length - 1];
  const seasonal = latest === null ? {} : { season: latest, seasonGaps };
  const more = gaps.more > 0 ? { moreGaps: gaps.more } : {};
  return { highest: highest ?? null, next: (highest ?? 0) + 1, ...seasonal, duplicates, gaps: gaps.numbers, ...more, notEpisodes: notEpisodes.sort() };
}

interface Gaps {
  /** The first MAX_GAPS missing numbers. */
  numbers: number[];
  /** How many more are missing. */
  more: number;
}

function gapsIn(taken: ReadonlySet<number>): Gaps {
  const numbers = [...taken].sort((a, b) => a - b);
  const lowest = numbers[0];
  const highest = numbers[numbers.length - 1];
  const gaps: number[] = [];
  if (lowest === undefined || highest === undefined) return { numbers: gaps, more: 0 };
  for (let n = lowest + 1; n < highest && gaps.length < MAX_GAPS; n++) if (!taken.has(n)) gaps.push(n);
  // Every number from the lowest to the highest that no note takes, counted, not listed.
  return { numbers: gaps, more: highest - lowest + 1 - taken.size - gaps.length };
}

export interface SeriesNote extends Numbered {
  series: string | null;
}

/**
 * The notes of `others` that belong to `series`, next to its `episodes`. A name without a
 * code ("09 - Topic") says nothing of its series, so such a note counts only in a folder
 * where the series has episodes.
 */
export function othersOf(series: string | null, episodes: readonly Numbered[], others: readonly SeriesNote[]): SeriesNote[] {
  if (series !== null) return others.filter((o) => o.series === series);
  const folders = new Set(episodes.map((e) => folderOf(e.path)));
  return others.filter((o) => o.series === null && folders.has(folderOf(o.path)));
}

export function padNumber(value: number, width: number): string {
  return String(value).padStart(width, "0");
}
