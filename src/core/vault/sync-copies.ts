// Which episodes of an index are a sync tool's conflict copies of another (the names:
// conflict-copy.ts). Kept beside the index's episodes: a note whose name carries a mark is
// remembered with the paths it may be a copy of, and looked at again only when the list
// is asked for, so the cold scan stays one pass over the notes however many there are.
import { conflictOriginals } from "./conflict-copy";

export class SyncCopies {
  /** Notes whose name carries a mark, with the paths they may be a copy of, the original without any mark first. */
  private readonly candidates = new Map<string, readonly string[]>();
  /** The same, the other way: a path such notes name as their original, and those notes. */
  private readonly byOriginal = new Map<string, Set<string>>();

  /** No note's name carries a mark (almost every vault): nothing to filter. */
  get none(): boolean {
    return this.candidates.size === 0;
  }

  /** A note entered as an episode: remember what its name says it may be a copy of (nothing, for almost every note). */
  note(path: string): void {
    const candidates = conflictOriginals(path).reverse();
    if (candidates.length === 0) return;
    this.candidates.set(path, candidates);
    for (const original of candidates) {
      const copies = this.byOriginal.get(original);
      if (copies) copies.add(path);
      else this.byOriginal.set(original, new Set([path]));
    }
  }

  drop(path: string): void {
    const candidates = this.candidates.get(path);
    if (!candidates) return;
    this.candidates.delete(path);
    for (const original of candidates) {
      const copies = this.byOriginal.get(original);
      copies?.delete(path);
      if (copies?.size === 0) this.byOriginal.delete(original);
    }
  }

  clear(): void {
    this.candidates.clear();
    this.byOriginal.clear();
  }

  /**
   * The episode `path` is a conflict copy of: a note of the same folder whose name is this
   * one's without the mark, itself an episode (`isEpisode`). Null for every other note, and
   * for a copy whose original is gone (renamed, deleted on one side) or is no episode: the
   * copy is then the episode, since nothing else would show what it holds. The original
   * without any mark is looked for first, so the one named is always shown itself.
   */
  originalOf(path: string, isEpisode: (path: string) => boolean): string | null {
    const candidates = this.candidates.get(path);
    if (!candidates) return null;
    return candidates.find(isEpisode) ?? null;
  }

  /**
   * The notes whose being an episode or not turns on `path`: those its name says it may be
   * a copy of, and those whose names say they may be copies of it, whether or not either is
   * there now. A view that updates only the paths a change names must update these too:
   * when an original is deleted its copy becomes the episode, and when it arrives after
   * its copy, the copy stops being one.
   */
  relatives(path: string): string[] {
    const copies = this.byOriginal.get(path);
    const originals = conflictOriginals(path);
    return copies ? [...originals, ...copies] : originals;
  }

  /** The conflict copies `original` has (each an episode by `isEpisode`, and no episode of its own), sorted. */
  copiesOf(original: string, isEpisode: (path: string) => boolean): string[] {
    const copies = this.byOriginal.get(original);
    if (!copies || !isEpisode(original)) return [];
    return [...copies].filter((copy) => isEpisode(copy) && this.originalOf(copy, isEpisode) === original).sort();
  }
}

/**
 * Of `episodes` (paths), those that are a sync tool's conflict copy of another of them:
 * the index's rule (SyncCopies.originalOf) for a caller that holds a list, not an index
 * (Detect, which counts a show's episodes before any index exists).
 */
export function conflictCopiesAmong(episodes: Iterable<string>): Set<string> {
  const all = new Set(episodes);
  const copies = new SyncCopies();
  for (const path of all) copies.note(path);
  const found = new Set<string>();
  if (copies.none) return found;
  const isEpisode = (path: string) => all.has(path);
  for (const path of all) if (copies.originalOf(path, isEpisode) !== null) found.add(path);
  return found;
}

/**
 * `paths` (the notes a change names) and, after them, their relatives (SyncCopies.relatives)
 * that are `held` as episodes, each once: what a view that updates by path must update.
 */
export function withSyncRelatives(paths: readonly string[], relatives: (path: string) => readonly string[], held: (path: string) => boolean): string[] {
  const all = new Set(paths);
  for (const path of paths) for (const relative of relatives(path)) if (held(relative)) all.add(relative);
  return all.size === paths.length ? [...paths] : [...all];
}
