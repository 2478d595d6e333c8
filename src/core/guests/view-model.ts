// The guests view's rows, grouped by status as a pipeline, filtered by show and text. All
// strings are made here; the view only draws them.
import type { GuestPerson, GuestEpisode } from "./summary";
import { GUEST_STATUSES, statusWord, type GuestStatus, type StatusNames } from "./statuses";
import { foldName } from "./fold";

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
  /** "GOH, Loki Community Calls · 2 episodes · last 2024-01-05 · next 2025-06-24". */
  meta: string;
  /** "Principal Engineer at Grafana Labs · he/him · Europe/Belgrade". */
  facts: string;
  episodes: { path: string; label: string; when: GuestEpisode["when"] }[];
  /** "No time zone", "No pronunciation", "No pronouns", "No guest note". */
  missing: string[];
  problems: string[];
}

export interface GuestGroup {
  status: GuestStatus;
  label: string;
  rows: GuestRow[];
}

/** The shows every person appears in, for the filter, sorted. */
export function guestShowOptions(people: readonly GuestPerson[]): string[] {
  return [...new Set(people.flatMap((p) => p.shows))].sort();
}

export function matchesFilters(person: GuestPerson, filters: GuestFilters): boolean {
  if (filters.show !== "" && !person.shows.includes(filters.show)) return false;
  const wanted = foldName(filters.text);
  if (wanted === "") return true;
  const haystack = [person.name, ...person.spellings, ...(person.note?.aliases ?? []), person.note?.company ?? "", person.note?.role ?? "", ...person.shows, ...person.episodes.map((e) => e.title)];
  return haystack.some((text) => foldName(text).includes(wanted));
}

/** The pipeline in order; a status without people is kept (empty), so the columns never jump. */
export function buildGuestGroups(people: readonly GuestPerson[], filters: GuestFilters, names: StatusNames): GuestGroup[] {
  const groups = new Map<GuestStatus, GuestRow[]>(GUEST_STATUSES.map((s) => [s, []]));
  for (const person of people) if (matchesFilters(person, filters)) groups.get(person.status)?.push(guestRow(person));
  return GUEST_STATUSES.map((status) => ({ status, label: capitalise(statusWord(status, names)), rows: groups.get(status) ?? [] }));
}

export function guestRow(person: GuestPerson): GuestRow {
  const count = person.episodes.length;
  const meta = [
    person.shows.join(", "),
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
    meta: meta.join(" · "),
    facts: facts.join(" · "),
    episodes: person.episodes.map((e) => ({ path: e.path, label: `${e.date ?? (e.when === "past" ? "date unknown" : "no date")} · ${e.show ? `${e.show}: ` : ""}${e.title}${e.when === "cancelled" ? " (cancelled)" : ""}`, when: e.when })),
    missing,
    problems: person.problems,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
