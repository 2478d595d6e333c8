// Feeding the guests index from what the shells already have: indexed episodes (their
// guest lists) and the guest notes (their properties): the notes of the guests folder,
// and every note a guest field's link resolves to, wherever it is, unless it is plainly
// no person's (an episode, a show's index note, a template, a snippet).
import type { EpisodeIndex, IndexedEpisode } from "../vault/episode-index";
import type { OfficeHoursSettings } from "../settings/settings";
import { cleanFolder, isUnder } from "../vault/classify";
import { mentionOf, type EpisodeGuests } from "./mention";
import { isOver, lifecycle, statusProperty } from "../status/lifecycle";
import type { EpisodeRecord } from "../vault/episode-record";
import type { Guest } from "../types";
import { invitationItem, type InvitationStep } from "./invitation-items";
import { linkParts } from "./link-parts";
import { personKey } from "./person-name";
import { showFolderName } from "../status/show-folder";

/**
 * The show an episode counts under in the guests index: its configured show's name, else
 * its code, else its show's folder (shows keep one folder each; a season or year folder
 * stands for the folder above it, status/show-folder.ts), else none (a note at the vault's top).
 */
export function guestShowOf(indexed: Pick<IndexedEpisode, "episode" | "show">): string | null {
  const { episode, show } = indexed;
  return show ? show.name : (episode.code ?? showFolderName(episode.path));
}

/** `linkDest`: where each guest link leads from this episode (EpisodeGuests.linkDest); without it, links are matched by what they name. */
export function episodeGuestsOf(indexed: IndexedEpisode, linkDest?: (link: string) => string | null): EpisodeGuests {
  const { episode } = indexed;
  // Both facts only matter to the episode's guests: an episode naming none (most undated
  // ideas and drafts) skips the lifecycle, the costliest step of feeding the index.
  const named = episode.guests.length > 0;
  return {
    path: episode.path,
    title: episode.title || episode.basename,
    show: guestShowOf(indexed),
    date: episode.date,
    // Today does not matter without a date: the note alone says whether the show is over.
    airedUndated: named && episode.date === null && isOver(lifecycle(episode, { today: "", nowMs: null, timeZone: "UTC" }).state),
    // Only the status property cancels a show, whatever the day (status/lifecycle.ts).
    cancelled: named && statusProperty(episode).state === "cancelled",
    guests: episode.guests,
    waiting: named ? lazily(() => waitingOf(episode)) : undefined,
    ...(linkDest ? { linkDest } : {}),
  };
}

/**
 * `make`'s answer, worked out on the first call only: the guests index asks about an
 * episode's open items only for an episode still to come, and most of a vault's are past.
 * The record it reads is the episode index's own, kept there anyway.
 */
function lazily<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

/**
 * The guests the episode's open prep items still wait on (invitation-items.ts), "ask"
 * before "answer" when items of both name one guest. The just-before and after-show lists
 * are left out: "Ask the guest how to say their name" is asked on the day, of a guest who
 * said yes long before. Undefined when no item waits on anyone (most episodes).
 */
export function waitingOf(episode: Pick<EpisodeRecord, "guests" | "open" | "sections">): ReadonlyMap<Guest, InvitationStep> | undefined {
  const { open, sections, guests } = episode;
  let names: string[] | null = null;
  let waiting: Map<Guest, InvitationStep> | undefined;
  for (let i = 0; i < open.length; i++) {
    const phase = sections[open.section(i)]?.phase;
    if (phase === "before" || phase === "after") continue;
    names ??= guests.flatMap((g) => (g.target ? [g.name, linkParts(g.target).name] : [g.name]));
    const item = invitationItem(open.text(i), names);
    if (item === null) continue;
    for (const guest of guests) {
      if (item.who !== "all" && !item.who.includes(personKey(guest.name)) && !(guest.target && item.who.includes(personKey(linkParts(guest.target).name)))) continue;
      if (waiting?.get(guest) === "ask") continue;
      (waiting ??= new Map()).set(guest, item.step);
    }
  }
  return waiting;
}

/** Is this a guest note: a Markdown note in the guests folder? */
export function isGuestNotePath(path: string, settings: Pick<OfficeHoursSettings, "guestsFolder">): boolean {
  const folder = cleanFolder(settings.guestsFolder);
  return folder !== "" && path.toLowerCase().endsWith(".md") && isUnder(path, folder);
}

/**
 * May the note a guest's link resolves to be that guest's note? Any note may, but one the
 * plugin knows as something else: an episode, a show's index note, a template, a snippet
 * note. (`Guest:: [[PH 150]]` names an episode, not a person, and a person's row must not
 * take its properties.)
 */
export function mayBePersonNote(path: string, index: Pick<EpisodeIndex, "has" | "classifier">): boolean {
  if (!path.toLowerCase().endsWith(".md") || index.has(path)) return false;
  const settings = index.classifier.settings;
  if (index.classifier.byPath(path)?.kind === "template") return false;
  const snippets = cleanFolder(settings.snippetsFolder);
  if (snippets !== "" && isUnder(path, snippets)) return false;
  const stem = path.replace(/\.md$/i, "");
  return !settings.shows.some((show) => show.indexNote !== "" && cleanFolder(show.indexNote).replace(/\.md$/i, "") === stem);
}

/**
 * Each guest link of an episode to the note it leads to (`resolve`: the vault's rule, from
 * the episode's path), kept only when it may be a person's note. `seen` hears of each
 * note a link leads to, so the shell can read the notes outside the guests folder.
 */
export function linkDestOf(episodePath: string, resolve: (link: string, from: string) => string | null, index: Pick<EpisodeIndex, "has" | "classifier">, seen?: (path: string) => void): (link: string) => string | null {
  return (link) => {
    const dest = resolve(link, episodePath);
    if (dest === null || !mayBePersonNote(dest, index)) return null;
    seen?.(dest);
    return dest;
  };
}

/**
 * The notes the episodes' guest links lead to (`linkDest`: each episode's rule), asked
 * before the guests index is fed: the notes go in first, so the episodes' mentions find
 * their person at once instead of being moved when each note arrives.
 */
export function linkedNotePaths(episodes: readonly IndexedEpisode[], linkDest: (indexed: IndexedEpisode) => (link: string) => string | null): Set<string> {
  const found = new Set<string>();
  for (const indexed of episodes) {
    const { episode } = indexed;
    if (!episode.guests.some((g) => g.target !== null)) continue;
    const dest = linkDest(indexed);
    const probe: EpisodeGuests = { path: episode.path, title: "", show: null, date: null, guests: [], linkDest: (link) => {
      const path = dest(link);
      if (path !== null) found.add(path);
      return path;
    } };
    for (const guest of episode.guests) if (guest.target !== null) mentionOf(probe, guest);
  }
  return found;
}

/** Every episode of an index into a guests index (the command line's one-time feed); `resolve`: where a guest link leads. */
export function feedEpisodes(
  directory: { setEpisode(path: string, episode: EpisodeGuests | null): void },
  episodes: readonly IndexedEpisode[],
  resolve?: (indexed: IndexedEpisode) => (link: string) => string | null,
): void {
  for (const indexed of episodes) directory.setEpisode(indexed.episode.path, episodeGuestsOf(indexed, resolve?.(indexed)));
}
