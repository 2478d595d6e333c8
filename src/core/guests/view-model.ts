// The guests view's rows, grouped by status as a pipeline, filtered by show and text. All
// strings are made here; the view only draws them.
import type { GuestPerson, GuestEpisode } from "./summary";
import { GUEST_STATUSES, statusWord, type GuestStatus, type StatusNames } from "./statuses";
import { foldName } from "../text/fold";
import { showLabelOf, type ShowLabels } from "./show-labels";

export interface GuestFilters {
  /** A show's label, "" for every show. */
  show: string;
  text: string;
}

export interface GuestRow {
  key: string;
  name: string;
  hasNote: boolean;
  status: GuestStatus;
  /** The person's shows, as labelled ("GOH", "LCC"), each with its full name for the hover. */
  shows: { label: string; name: string }[];
  /** "2 episodes · last 2024-01-05 · next 2025-06-24" (the shows are drawn before it). */
  meta: string;
  /** "Principal Engineer at Grafana Labs · he/him · Europe/Belgrade". */
  facts: string;
  /**
   * `label`: "2024-01-05 · GOH: Title"; `show`: the show's full name, for the hover. The
   * latest EPISODES_SHOWN, in date order, unless the card is expanded.
   */
  episodes: { path: string; label: string; show: string | null; when: GuestEpisode["when"] }[];
  /** How many episodes the person has in all. */
  episodeCount: number;
  /** "No time zone", "No pronunciation", "No pronouns", "No guest note". */
  missing: string[];
  problems: string[];
}

export interface GuestGroup {
  status: GuestStatus;
  label: string;
  /** The people of the group that pass the filters. */
  count: number;
  /** Their rows, in order, as many as the limit leaves (count − rows.length are not drawn). */
  rows: GuestRow[];
}

/** Episodes a card lists before "Show all": the latest, the upcoming ones among them. */
export const EPISODES_SHOWN = 8;

export interface GroupOptions {
  /** Rows made in all, across the groups; the rest are only counted. */
  limit?: number;
  /** People whose cards list every episode. */
  expanded?: ReadonlySet<string>;
}

/** The shows every person appears in, for the filter, sorted by their label; `value` is the full name the filter keeps. */
export function guestShowOptions(people: readonly GuestPerson[], labels: ShowLabels = new Map()): { value: string; label: string }[] {
  return [...new Set(people.flatMap((p) => p.shows))].map((value) => ({ value, label: showLabelOf(labels, value) })).sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.value < b.value ? -1 : 1));
}

/**
 * What the text filter looks in, folded once: the names, company, role, shows (full and
 * labelled) and episode titles, joined by a character no folded query holds. Made once
 * per change of the index, not per key typed: a guest in thousands of episodes would
 * otherwise fold every title again at each letter.
 */
export function searchTextOf(person: GuestPerson, labels: ShowLabels = new Map()): string {
  const parts = [person.name, ...person.spellings, ...(person.note?.aliases ?? []), person.note?.company ?? "", person.note?.role ?? "", ...person.shows, ...person.shows.map((s) => showLabelOf(labels, s)), ...person.episodes.map((e) => e.title)];
  return parts.map((text) => foldName(text)).join("\u0000");
}

/** `searchText`: gives searchTextOf(person) when the caller keeps it (asked only when a text is typed); made here otherwise. */
export function matchesFilters(person: GuestPerson, filters: GuestFilters, searchText?: () => string, labels?: ShowLabels): boolean {
  if (filters.show !== "" && !person.shows.includes(filters.show)) return false;
  const wanted = foldName(filters.text);
  if (wanted === "") return true;
  return (searchText ? searchText() : searchTextOf(person, labels)).includes(wanted);
}

/**
 * The pipeline in order; a status without people is kept (empty), so the columns never
 * jump. `searchText(i)` gives person i's search text when the caller keeps them.
 */
export function buildGuestGroups(people: readonly GuestPerson[], filters: GuestFilters, names: StatusNames, labels: ShowLabels = new Map(), searchText?: (i: number) => string, options: GroupOptions = {}): GuestGroup[] {
  const limit = options.limit ?? Infinity;
  const matching = new Map<GuestStatus, GuestPerson[]>(GUEST_STATUSES.map((s) => [s, []]));
  people.forEach((person, i) => {
    if (matchesFilters(person, filters, searchText && (() => searchText(i)), labels)) matching.get(person.status)?.push(person);
  });
  // Rows only for what is drawn: ten thousand guests make a hundred rows, not ten thousand.
  let made = 0;
  return GUEST_STATUSES.map((status) => {
    const group = matching.get(status) ?? [];
    const rows = group.slice(0, Math.max(0, limit - made)).map((person) => guestRow(person, labels, options.expanded?.has(person.key) ?? false));
    made += rows.length;
    return { status, label: capitalise(statusWord(status, names)), count: group.length, rows };
  });
}

export function guestRow(person: GuestPerson, labels: ShowLabels = new Map(), allEpisodes = false): GuestRow {
  const count = person.episodes.length;
  const meta = [
    count === 0 ? "no episode yet" : `${count} episode${count === 1 ? "" : "s"}`,
    person.last ? (person.last.date === null ? "last: date unknown" : `last ${person.last.date}`) : "",
    person.next ? `next ${person.next.date ?? ""}` : person.episodes.some((e) => e.when === "undated") ? "next: no date yet" : "",
  ].filter((p) => p !== "");
  const note = person.note;
  const who = note?.role && note.company ? `${note.role} at ${note.company}` : (note?.role ?? note?.company ?? person.affiliations[0] ?? "");
  const facts = [who, note?.pronouns ?? "", note?.pronunciation ? `“${note.pronunciation}”` : "", note?.timezone ?? ""].filter((f) => f !== "");
  const missing = [...(note === null ? ["No guest note"] : []), ...person.missing.map((m) => `No ${m}`)];
  return {
    key: person.key,
    name: person.name,
    hasNote: note !== null,
    status: person.status,
    shows: person.shows.map((name) => ({ label: showLabelOf(labels, name), name })),
    meta: meta.join(" · "),
    facts: facts.join(" · "),
    episodes: (allEpisodes ? person.episodes : person.episodes.slice(-EPISODES_SHOWN)).map((e) => ({
      path: e.path,
      label: `${e.date ?? (e.when === "past" ? "date unknown" : "no date")} · ${e.show ? `${showLabelOf(labels, e.show)}: ` : ""}${e.title}${e.when === "cancelled" ? " (cancelled)" : ""}`,
      show: e.show,
      when: e.when,
    })),
    episodeCount: count,
    missing,
    problems: person.problems,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
