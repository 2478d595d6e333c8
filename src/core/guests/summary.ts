// One person as the guests view, the report and the snippets see them: the guest note's
// facts, every episode they were named in (past and upcoming), the shows, where they
// stand in the pipeline and which facts are still missing.
import type { GuestNote } from "./guest-note";
import type { Mention } from "./mention";
import { personKey } from "./person-name";
import { pronounsIn } from "./pronouns";
import type { GuestStatus } from "./statuses";
import { episodeRank, statusOf, statusOfRank } from "./guest-status";
import { mostWritten, startTally, tally } from "./written-names";
import { sortShort, sorted, sortedUnique } from "./short-sort";

/** "cancelled": the episode was called off, so it is neither a guest's last nor next appearance. */
export type Appearance = "past" | "upcoming" | "undated" | "cancelled";

export interface GuestEpisode {
  path: string;
  title: string;
  show: string | null;
  date: string | null;
  when: Appearance;
}

/** Facts a host wants before the show; listed when missing. */
export const WANTED_FACTS = ["time zone", "pronunciation", "pronouns"] as const;
export type WantedFact = (typeof WANTED_FACTS)[number];

export interface GuestPerson {
  /** Stable while the person keeps their note (or, without one, their folded name). */
  key: string;
  name: string;
  /** For sorting: the name as matched ("Dr. Ann Lee" sorts under A). */
  sortKey: string;
  note: GuestNote | null;
  /** Other ways the episodes write the name ("ed welch", "Ed"), as written. */
  spellings: string[];
  /** Note links the episodes use for them (`Guests/Ed Welch`), as written. */
  links: string[];
  /** Web addresses the episodes link the name to, and the note's links. */
  urls: string[];
  /** "(Grafana)" after the name in a guest field. */
  affiliations: string[];
  /** "(she/her)" after the name in a guest field: pronouns, not a company (pronouns.ts). */
  writtenPronouns: string | null;
  episodes: GuestEpisode[];
  shows: string[];
  status: GuestStatus;
  /** True when the status comes from the note, false when derived from the episodes. */
  statusSet: boolean;
  last: GuestEpisode | null;
  next: GuestEpisode | null;
  missing: WantedFact[];
  problems: string[];
}

/**
 * The person's summary. Status: the note's when set (see statusOf); otherwise what the
 * furthest episode says (guest-status.ts): appeared (a past episode), confirmed (an upcoming
 * one with a date), contacted (named in an episode without a date yet, or in a cancelled
 * one, or asked in an upcoming one's items and no yes yet) or suggested (a note and no
 * episode, or an upcoming episode whose items have not asked them yet). An episode's entry
 * is made once a day and shared by all its guests (see Listed). Built in one pass
 * over the mentions, with sets made only for what this person has: the index summarises
 * thousands of people at once, and most have a few plain-text mentions.
 */
export function summarise(key: string, note: GuestNote | null, mentions: Iterable<Mention>, today: string, conflicts: readonly string[]): GuestPerson {
  const list: GuestEpisode[] = [];
  const { written, times } = startTally();
  const links: string[] = [];
  const webs: string[] = [];
  const affiliations: string[] = [];
  let pronouns: string[] | null = null;
  // How far the furthest episode took them, and the furthest still to come (guest-status.ts).
  let rank = -1;
  let comingRank = -1;
  for (const mention of mentions) {
    const appearance = appearanceOf(mention, today);
    list.push(appearance);
    // Only an episode still to come asks its items (the call reads them once for all its guests).
    const coming = appearance.when === "upcoming" || appearance.when === "undated";
    const r = episodeRank(appearance.when, coming ? mention.episode.waiting?.()?.get(mention.guest) : undefined);
    if (r > rank) rank = r;
    if (coming && r > comingRank) comingRank = r;
    tally(mention.display, 1);
    if (mention.guest.name !== mention.display) tally(mention.guest.name, 0);
    if (mention.link !== null) links.push(mention.link);
    if (mention.url !== null) webs.push(mention.url);
    const affiliation = mention.guest.affiliation;
    if (affiliation) {
      if (pronounsIn(affiliation) === null) affiliations.push(affiliation);
      else (pronouns ??= []).push(affiliation.trim());
    }
  }
  // Sorted by date then path, one episode's two mentions (a name and an alias) are neighbours.
  sortShort(list, byDate);
  let kept = 0;
  let upcoming = 0;
  let last: GuestEpisode | null = null;
  let next: GuestEpisode | null = null;
  // Every show once: gathered with repeats, then sorted and made unique (linear in the
  // episodes, however many shows).
  const shows: string[] = [];
  for (const episode of list) {
    if (kept > 0 && list[kept - 1]?.path === episode.path) continue;
    list[kept++] = episode;
    if (episode.when === "past") {
      // Undated ones sort last: the latest dated appearance stays the last one known.
      if (last === null || episode.date !== null) last = episode;
    } else if (episode.when === "upcoming") {
      if (upcoming++ === 0) next = episode;
    }
    if (episode.show !== null && episode.show !== shows[shows.length - 1]) shows.push(episode.show);
  }
  list.length = kept;
  const name = note?.name ?? mostWritten(written, times);
  const derived = statusOfRank(rank);
  const writtenPronouns = pronouns === null ? null : (sorted(pronouns)[0] ?? null);
  const missing = missingFacts(!note?.timezone, !note?.pronunciation, !note?.pronouns && writtenPronouns === null);
  const spellings: string[] = [];
  for (const w of written) if (w !== name) spellings.push(w);
  const noteLinks = note?.links ?? [];
  return {
    key,
    name,
    sortKey: personKey(name),
    note,
    spellings: sorted(spellings),
    links: sortedUnique(links),
    // The note's links in the note's order, then the episodes' in alphabetical order: the
    // order the mentions were read in depends on the edits, and a live index must say what
    // a fresh one says.
    urls: webs.length > 0 ? [...new Set([...noteLinks, ...sortedUnique(webs)])] : noteLinks.length < 2 ? [...noteLinks] : [...new Set(noteLinks)],
    affiliations: sortedUnique(affiliations),
    writtenPronouns,
    episodes: list,
    shows: sortedUnique(shows),
    status: statusOf(note?.status ?? null, derived, comingRank < 0 ? null : statusOfRank(comingRank)),
    statusSet: note?.status != null,
    last,
    next,
    missing,
    problems: conflicts.length > 0 ? [...(note?.problems ?? []), ...conflicts] : [...(note?.problems ?? [])],
  };
}

/** In WANTED_FACTS order, in an array of just that length (pushing into [] reserves seventeen places). */
function missingFacts(zone: boolean, pronunciation: boolean, pronouns: boolean): WantedFact[] {
  if (zone) {
    if (pronunciation) return pronouns ? ["time zone", "pronunciation", "pronouns"] : ["time zone", "pronunciation"];
    return pronouns ? ["time zone", "pronouns"] : ["time zone"];
  }
  if (pronunciation) return pronouns ? ["pronunciation", "pronouns"] : ["pronunciation"];
  return pronouns ? ["pronouns"] : [];
}

/** The episode as a guest's list shows it on `today`, made once for all the episode's guests. */
function appearanceOf(mention: Mention, today: string): GuestEpisode {
  const listed = mention.listed;
  if (listed.episode !== null && listed.day === today) return listed.episode;
  const episode = mention.episode;
  const when: Appearance = episode.cancelled === true ? "cancelled" : episode.date === null ? (episode.airedUndated === true ? "past" : "undated") : episode.date < today ? "past" : "upcoming";
  listed.day = today;
  listed.episode = { path: episode.path, title: episode.title, show: episode.show, date: episode.date, when };
  return listed.episode;
}

/** By date, undated last, then by path. */
function byDate(a: GuestEpisode, b: GuestEpisode): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * Worded without the other notes (listed once, in conflicts()): a message naming them
 * would change on every note that joins, and each change would touch every claimant.
 */
export function conflictMessage(name: string, ownNote: boolean): string {
  return ownNote
    ? `“${name}” is also the name or an alias of another guest note; episodes naming it are matched to neither until only one note has it.`
    : `“${name}” is the name or an alias of several guest notes, so it is matched to none of them until only one has it.`;
}

/** People by folded name, then key: one order whatever the order they were read in. */
export function byPersonName(a: GuestPerson, b: GuestPerson): number {
  const x = a.sortKey;
  const y = b.sortKey;
  return x < y ? -1 : x > y ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
