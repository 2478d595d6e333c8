// Episode numbers within one show: the next free number, duplicates and gaps.

export interface Numbering {
  highest: number | null;
  next: number;
  /** Numbers used by more than one episode, each with the paths that use it. */
  duplicates: { number: number; paths: string[] }[];
  /** Missing numbers between the lowest and the highest. Capped so a typo (GOH 2500) can't flood it. */
  gaps: number[];
  /** Notes named in the show's series that are not read as episodes, by path (see `others`). */
  notEpisodes: string[];
}

export interface Numbered {
  number: number | null;
  path: string;
}

const MAX_GAPS = 50;

/**
 * `others` are notes whose names carry a number of the show's series but which are not
 * read as episodes (GOH 09 with no guest field): the number is taken, so it is no gap and
 * not the next number, but it makes no duplicate (only episodes are warned about).
 */
export function numbering(items: readonly Numbered[], others: readonly Numbered[] = []): Numbering {
  const byNumber = new Map<number, string[]>();
  for (const item of items) {
    if (item.number === null) continue;
    const paths = byNumber.get(item.number);
    if (paths) paths.push(item.path);
    else byNumber.set(item.number, [item.path]);
  }
  const taken = new Set(byNumber.keys());
  const notEpisodes: string[] = [];
  for (const other of others) {
    if (other.number === null) continue;
    taken.add(other.number);
    notEpisodes.push(other.path);
  }
  const numbers = [...taken].sort((a, b) => a - b);
  const lowest = numbers[0];
  const highest = numbers[numbers.length - 1];
  const duplicates = [...byNumber.keys()]
    .sort((a, b) => a - b)
    .filter((n) => (byNumber.get(n)?.length ?? 0) > 1)
    .map((n) => ({ number: n, paths: [...(byNumber.get(n) ?? [])].sort() }));
  const gaps: number[] = [];
  if (lowest !== undefined && highest !== undefined) {
    for (let n = lowest + 1; n < highest && gaps.length < MAX_GAPS; n++) if (!taken.has(n)) gaps.push(n);
  }
  return { highest: highest ?? null, next: (highest ?? 0) + 1, duplicates, gaps, notEpisodes: notEpisodes.sort() };
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

function folderOf(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf("/")));
}

export function padNumber(value: number, width: number): string {
  return String(value).padStart(width, "0");
}
