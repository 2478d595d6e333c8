// Where a new episode goes when its show keeps a folder per season (`Podcast/Season 2/`):
// the folder its season's episodes are already in; for a new season, a folder named as the
// other seasons' folders are, with its number ("Season 3" after "Season 2"); otherwise the
// show's folder, as for any show. Never a folder the notes do not point to.

import { folderOf } from "../vault/vault-path";

export interface SeasonedPath {
  season?: number | null;
  path: string;
}

/** The value seen most often; on a tie, the first seen. */
function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

/**
 * The folder named for `season` in the manner of `folder`, which is named for `of`: the one
 * run of digits in its last part that reads `of` is replaced ("Season 2" → "Season 3",
 * "S02" → "S03"); null when the name does not carry `of` exactly once.
 */
function renamedFor(folder: string, of: number, season: number): string | null {
  const parent = folderOf(folder);
  const name = folder.slice(parent === "" ? 0 : parent.length + 1);
  const runs = [...name.matchAll(/\d+/g)].filter((m) => Number(m[0]) === of);
  const run = runs[0];
  if (runs.length !== 1 || run === undefined) return null;
  const digits = run[0].startsWith("0") ? String(season).padStart(run[0].length, "0") : String(season);
  const renamed = `${name.slice(0, run.index)}${digits}${name.slice(run.index + run[0].length)}`;
  return parent === "" ? renamed : `${parent}/${renamed}`;
}

export function seasonFolder(showFolder: string, season: number, existing: readonly SeasonedPath[]): string {
  const own = existing.filter((e) => e.season === season).map((e) => folderOf(e.path));
  const kept = mostCommon(own);
  if (kept !== null) return kept;
  // The other seasons' folders, each renamed for this season: when most agree, that one.
  const renamed = existing
    .filter((e) => e.season !== undefined && e.season !== null && folderOf(e.path) !== showFolder.replace(/\/+$/, ""))
    .map((e) => renamedFor(folderOf(e.path), e.season ?? 0, season))
    .filter((f): f is string => f !== null);
  return mostCommon(renamed) ?? showFolder;
}
