// Which notes outside the guests folder are guest notes because an episode's guest link
// leads there, and which episodes to feed again when a note appears, moves or goes: a
// link `[[Ann Lee]]` leads elsewhere once `Ann Lee.md` is created, renamed or deleted.
// Kept by the plugin's guests indexer; pure, so it is tested without Obsidian.
import type { Guest } from "../types";
import { isWebAddress } from "./mention";
import { linkParts } from "./link-parts";

export interface LinkedChange {
  /** Notes an episode's link reaches that no episode's link reached before. */
  added: string[];
  /** Notes no episode's link reaches any longer. */
  dropped: string[];
}

export class LinkedNotes {
  /** Note path → the episodes whose guest links lead there. */
  private readonly refs = new Map<string, Set<string>>();
  /** Episode path → the notes its links lead to, and the note names its links name. */
  private readonly byEpisode = new Map<string, { dests: readonly string[]; names: readonly string[] }>();
  /** Lower-cased note name ("ann lee") → the episodes with a guest link naming it. */
  private readonly byName = new Map<string, Set<string>>();

  has(path: string): boolean {
    return this.refs.has(path);
  }

  clear(): void {
    this.refs.clear();
    this.byEpisode.clear();
    this.byName.clear();
  }

  /** The episode at `path` now has these guests, whose links lead to `dests` (the notes outside the guests folder). */
  setEpisode(path: string, guests: readonly Guest[], dests: readonly string[]): LinkedChange {
    const change: LinkedChange = { added: [], dropped: [] };
    const old = this.byEpisode.get(path);
    for (const dest of old?.dests ?? []) {
      const set = this.refs.get(dest);
      if (!set?.delete(path) || set.size > 0) continue;
      this.refs.delete(dest);
      change.dropped.push(dest);
    }
    for (const name of old?.names ?? []) {
      const set = this.byName.get(name);
      if (set?.delete(path) && set.size === 0) this.byName.delete(name);
    }
    const names = linkNames(guests);
    if (dests.length === 0 && names.length === 0) this.byEpisode.delete(path);
    else this.byEpisode.set(path, { dests, names });
    for (const dest of dests) {
      let set = this.refs.get(dest);
      if (!set) {
        this.refs.set(dest, (set = new Set()));
        const was = change.dropped.indexOf(dest);
        if (was >= 0) change.dropped.splice(was, 1);
        else change.added.push(dest);
      }
      set.add(path);
    }
    for (const name of names) {
      const set = this.byName.get(name);
      if (set) set.add(path);
      else this.byName.set(name, new Set([path]));
    }
    return change;
  }

  /** The episodes whose guest links name a note at one of `paths` (by its name: where the link leads may have changed). */
  episodesNaming(paths: readonly string[]): string[] {
    const out = new Set<string>();
    for (const path of paths) {
      if (!path.toLowerCase().endsWith(".md")) continue;
      const name = path.slice(path.lastIndexOf("/") + 1, -3).toLowerCase();
      for (const episode of this.byName.get(name) ?? []) out.add(episode);
    }
    return [...out];
  }
}

/** The lower-cased note names an episode's guest links name, each once. */
function linkNames(guests: readonly Guest[]): string[] {
  const names = new Set<string>();
  for (const guest of guests) {
    const target = guest.target?.trim() ?? "";
    if (target === "" || isWebAddress(target)) continue;
    const name = linkParts(decoded(target)).name.toLowerCase();
    if (name !== "") names.add(name);
  }
  return [...names];
}

function decoded(target: string): string {
  if (!target.includes("%")) return target;
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}
