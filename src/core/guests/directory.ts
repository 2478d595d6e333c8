// The guests index: every person named in an episode's guest field or holding a guest
// note, kept up to date one note at a time. An episode that changes moves only its own
// mentions; a guest note that changes re-matches only the mentions of the names it
// gained or lost. Nothing is ever rebuilt from scratch after the first feed, and no note
// text is kept: episodes give their guest list, guest notes their properties.
import type { Guest } from "../types";
import type { GuestNote } from "./guest-note";
import { foldName } from "./fold";
import { mentionOf, notePathKey, type EpisodeGuests, type Mention } from "./mention";
import { summarise, type GuestPerson } from "./summary";

interface Group {
  readonly key: string;
  note: GuestNote | null;
  readonly mentions: Set<Mention>;
}

export class GuestDirectory {
  private readonly notes = new Map<string, GuestNote>();
  /** Folded name → the guest notes claiming it (their name or an alias). */
  private readonly claims = new Map<string, string[]>();
  private readonly byNotePath = new Map<string, string>();
  private readonly episodes = new Map<string, Mention[]>();
  /** Folded name → the mentions that go by it. */
  private readonly byName = new Map<string, Set<Mention>>();
  private readonly keys = new Map<Mention, string>();
  private readonly groups = new Map<string, Group>();
  private readonly summaries = new Map<string, GuestPerson>();
  private readonly dirty = new Set<string>();
  private summarisedFor: string | null = null;
  private list: GuestPerson[] | null = null;
  /** Bumped by every change that can alter what people() returns. */
  revision = 0;

  /** Put an episode's guests in (or replace them); `null` removes the episode. */
  setEpisode(path: string, episode: EpisodeGuests | null): void {
    const old = this.episodes.get(path);
    if (!old && (!episode || episode.guests.length === 0)) return;
    for (const mention of old ?? []) {
      this.byName.get(mention.name)?.delete(mention);
      this.detach(mention);
    }
    this.episodes.delete(path);
    if (episode && episode.guests.length > 0) {
      const mentions = uniqueMentions(episode);
      this.episodes.set(path, mentions);
      for (const mention of mentions) {
        let named = this.byName.get(mention.name);
        if (!named) this.byName.set(mention.name, (named = new Set()));
        named.add(mention);
        this.attach(mention, this.keyFor(mention));
      }
    }
    this.changed();
  }

  /** Put a guest note in (or replace it); `null` removes the note at `path`. */
  setNote(path: string, note: GuestNote | null): void {
    const old = this.notes.get(path);
    if (!old && !note) return;
    const oldNames = old ? namesOf(old) : [];
    const newNames = note ? namesOf(note) : [];
    for (const name of oldNames) this.unclaim(name, path);
    if (old) this.byNotePath.delete(notePathKey(path));
    const key = noteKey(path);
    if (note) {
      this.notes.set(path, note);
      this.byNotePath.set(notePathKey(path), path);
      for (const name of newNames) this.claim(name, path);
      this.group(key).note = note;
    } else this.notes.delete(path);
    this.dirty.add(key);
    // Only the names this note gained or lost can change whom a mention names; the other
    // notes claiming them change too (a shared alias is a problem on each).
    for (const name of new Set([...oldNames, ...newNames])) {
      for (const other of this.claims.get(name) ?? []) this.dirty.add(noteKey(other));
      this.dirty.add(nameKey(name));
      for (const mention of this.byName.get(name) ?? []) {
        const next = this.keyFor(mention);
        if (next !== this.keys.get(mention)) {
          this.detach(mention);
          this.attach(mention, next);
        }
      }
    }
    if (!note) {
      const group = this.groups.get(key);
      if (group) group.note = null;
      if (group && group.mentions.size === 0) this.groups.delete(key);
    }
    this.changed();
  }

  episodePaths(): string[] {
    return [...this.episodes.keys()];
  }

  notePaths(): string[] {
    return [...this.notes.keys()];
  }

  get size(): number {
    return this.groups.size;
  }

  note(path: string): GuestNote | undefined {
    return this.notes.get(path);
  }

  /** Every person, by name. Summaries of people nothing changed for are reused. */
  people(today: string): GuestPerson[] {
    if (this.summarisedFor !== today) {
      this.summaries.clear();
      this.summarisedFor = today;
      this.list = null;
    }
    if (this.list && this.dirty.size === 0) return this.list;
    for (const key of this.dirty) {
      const group = this.groups.get(key);
      if (group) this.summaries.set(key, this.summary(group, today));
      else this.summaries.delete(key);
    }
    this.dirty.clear();
    for (const [key, group] of this.groups) if (!this.summaries.has(key)) this.summaries.set(key, this.summary(group, today));
    this.list = [...this.summaries.values()].sort(byName);
    return this.list;
  }

  /** The person a guest field's entry names, or null when no episode or note knows them. */
  lookup(guest: Guest, today: string): GuestPerson | null {
    const mention = mentionOf({ path: "", title: "", show: null, date: null, guests: [] }, guest);
    const key = this.keyFor(mention);
    const group = this.groups.get(key);
    if (!group) return null;
    this.people(today);
    return this.summaries.get(key) ?? null;
  }

  /** The person whose guest note is at `path`. */
  personOfNote(path: string, today: string): GuestPerson | null {
    if (!this.notes.has(path)) return null;
    this.people(today);
    return this.summaries.get(noteKey(path)) ?? null;
  }

  /** Names (folded) that two or more guest notes claim, with the notes: a problem the user must solve. */
  conflicts(): { name: string; notes: string[] }[] {
    const out: { name: string; notes: string[] }[] = [];
    for (const [name, paths] of this.claims) if (paths.length > 1) out.push({ name, notes: [...paths].sort() });
    return out.sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  private summary(group: Group, today: string): GuestPerson {
    const conflicts: string[] = [];
    const names = group.note ? namesOf(group.note) : group.key.startsWith("name:") ? [group.key.slice(5)] : [];
    for (const name of names) {
      const claimants = this.claims.get(name) ?? [];
      if (claimants.length > 1) conflicts.push(conflictMessage(name, claimants, group.note?.path ?? null));
    }
    return summarise(group.key, group.note, [...group.mentions], today, conflicts);
  }

  private keyFor(mention: Mention): string {
    if (mention.path !== null) {
      const at = this.byNotePath.get(mention.path);
      if (at !== undefined) return noteKey(at);
    }
    const claimants = this.claims.get(mention.name);
    if (claimants && claimants.length === 1 && claimants[0] !== undefined) return noteKey(claimants[0]);
    return nameKey(mention.name);
  }

  private attach(mention: Mention, key: string): void {
    this.keys.set(mention, key);
    this.group(key).mentions.add(mention);
    this.dirty.add(key);
  }

  private detach(mention: Mention): void {
    const key = this.keys.get(mention);
    if (key === undefined) return;
    this.keys.delete(mention);
    const group = this.groups.get(key);
    if (!group) return;
    group.mentions.delete(mention);
    if (group.mentions.size === 0 && group.note === null) this.groups.delete(key);
    this.dirty.add(key);
  }

  private group(key: string): Group {
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = { key, note: null, mentions: new Set() }));
    return group;
  }

  private claim(name: string, path: string): void {
    const list = this.claims.get(name);
    if (list) list.push(path);
    else this.claims.set(name, [path]);
  }

  private unclaim(name: string, path: string): void {
    const list = this.claims.get(name);
    if (!list) return;
    const rest = list.filter((p) => p !== path);
    if (rest.length === 0) this.claims.delete(name);
    else this.claims.set(name, rest);
  }

  private changed(): void {
    this.revision++;
    this.list = null;
  }
}

export function noteKey(path: string): string {
  return `note:${path}`;
}

function nameKey(name: string): string {
  return `name:${name}`;
}

/** The folded names a guest note answers to: its own and its aliases, each once. */
export function namesOf(note: GuestNote): string[] {
  const names = new Set<string>();
  for (const name of [note.name, ...note.aliases]) {
    const folded = foldName(name);
    if (folded !== "") names.add(folded);
  }
  return [...names];
}

/** One mention per person-name per episode: "Ed Welch" and "[[Ed Welch]]" in one note are one appearance. */
function uniqueMentions(episode: EpisodeGuests): Mention[] {
  const seen = new Set<string>();
  const out: Mention[] = [];
  for (const guest of episode.guests) {
    const mention = mentionOf(episode, guest);
    const id = `${mention.path ?? ""}\u0000${mention.name}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(mention);
  }
  return out;
}

function conflictMessage(name: string, claimants: readonly string[], own: string | null): string {
  // Sorted: the message must not depend on the order the notes were read in.
  const others = claimants.filter((p) => p !== own).sort();
  const list = (own ? others : [...claimants].sort()).join(", ");
  return own
    ? `“${name}” is also claimed by ${list}; episodes naming it are matched to neither until one note drops it.`
    : `“${name}” is claimed by ${list}; it is matched to neither until one of them drops it.`;
}

function byName(a: GuestPerson, b: GuestPerson): number {
  const x = a.sortKey;
  const y = b.sortKey;
  return x < y ? -1 : x > y ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
