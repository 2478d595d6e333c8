// One person as the guests view, the report and the snippets see them: the guest note's
// facts, every episode they were named in (past and upcoming), the shows, where they
// stand in the pipeline and which facts are still missing.
import type { GuestNote } from "./guest-note";
import type { Mention } from "./mention";
import { foldName } from "./fold";
import type { GuestStatus } from "./statuses";

export type Appearance = "past" | "upcoming" | "undated";

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
  /** For sorting: the folded name. */
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
 * The person's summary. Status: the note's when set (see statusOf); otherwise appeared
 * (a past episode), confirmed (an upcoming one with a date), contacted (named in an
 * episode without a date yet) or suggested (a note and no episode).
 */
export function summarise(key: string, note: GuestNote | null, mentions: readonly Mention[], today: string, conflicts: readonly string[]): GuestPerson {
  const episodes = new Map<string, GuestEpisode>();
  const written = new Map<string, number>();
  const links = new Set<string>();
  const urls = new Set<string>(note?.links ?? []);
  const affiliations = new Set<string>();
  for (const mention of mentions) {
    const episode = mention.episode;
    if (!episodes.has(episode.path)) {
      const when: Appearance = episode.date === null ? "undated" : episode.date < today ? "past" : "upcoming";
      episodes.set(episode.path, { path: episode.path, title: episode.title, show: episode.show, date: episode.date, when });
    }
    written.set(mention.display, (written.get(mention.display) ?? 0) + 1);
    if (mention.guest.name !== mention.display) written.set(mention.guest.name, written.get(mention.guest.name) ?? 0);
    if (mention.link !== null) links.add(mention.link);
    if (mention.url !== null) urls.add(mention.url);
    if (mention.guest.affiliation) affiliations.add(mention.guest.affiliation);
  }
  const list = [...episodes.values()].sort(byDate);
  const name = note?.name ?? mostWritten(written);
  const past = list.filter((e) => e.when === "past");
  const upcoming = list.filter((e) => e.when === "upcoming");
  const derived: GuestStatus = past.length > 0 ? "appeared" : upcoming.length > 0 ? "confirmed" : list.length > 0 ? "contacted" : "suggested";
  const missing: WantedFact[] = [];
  if (!note?.timezone) missing.push("time zone");
  if (!note?.pronunciation) missing.push("pronunciation");
  if (!note?.pronouns) missing.push("pronouns");
  const problems = [...(note?.problems ?? []), ...conflicts];
  const folded = foldName(name);
  return {
    key,
    name,
    sortKey: folded,
    note,
    spellings: [...written.keys()].filter((w) => w !== name).sort(),
    links: [...links].sort(),
    urls: [...urls],
    affiliations: [...affiliations].sort(),
    episodes: list,
    shows: [...new Set(list.map((e) => e.show).filter((s): s is string => s !== null))].sort(),
    status: statusOf(note?.status ?? null, derived, upcoming.length > 0 || list.some((e) => e.when === "undated")),
    statusSet: note?.status != null,
    last: past[past.length - 1] ?? null,
    next: upcoming[0] ?? null,
    missing,
    problems,
  };
}

/**
 * The note's status wins (marking someone contacted again after an appearance means a new
 * invitation), with one exception: "confirmed" with no episode still to come but one in
 * the past reads as appeared, since the show it was confirmed for has happened.
 */
function statusOf(set: GuestStatus | null, derived: GuestStatus, comingUp: boolean): GuestStatus {
  if (set === null) return derived;
  if (set === "confirmed" && derived === "appeared" && !comingUp) return "appeared";
  return set;
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

/** The spelling used most often; on a tie the first in alphabetical order, so the choice never depends on reading order. */
function mostWritten(written: ReadonlyMap<string, number>): string {
  let best = "";
  let count = -1;
  for (const [name, n] of written) {
    if (n > count || (n === count && name < best)) {
      best = name;
      count = n;
    }
  }
  return best;
}
