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
  private readonly claims = new Map<string, Set<string>>();
  private readonly byNotePath = new Map<string, string>();
  private readonly episodes = new Map<string, Mention[]>();
  /** Folded name → the mentions that go by it. */
  private readonly byName = new Map<string, Set<Mention>>();
  /** Folded note path → the mentions whose link names that path (`[[Guests/Ed Welch]]`). */
  private readonly byPath = new Map<string, Set<Mention>>();
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
      if (mention.path !== null) this.byPath.get(mention.path)?.delete(mention);
      this.detach(mention);
    }
    this.episodes.delete(path);
    if (episode && episode.guests.length > 0) {
      const mentions = uniqueMentions(episode);
      this.episodes.set(path, mentions);
      for (const mention of mentions) {
        add(this.byName, mention.name, mention);
        if (mention.path !== null) add(this.byPath, mention.path, mention);
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
    const affected = [...new Set([...oldNames, ...newNames])];
    // Whom each affected name leads to before the change: only a name whose answer
    // changes moves its mentions, so a hundred notes sharing an alias cost a hundred steps.
    const before = affected.map((name) => this.keyForName(name));
    const wasConflict = affected.map((name) => (this.claims.get(name)?.size ?? 0) > 1);
    for (const name of oldNames) this.unclaim(name, path);
    const key = noteKey(path);
    if (old) this.byNotePath.delete(notePathKey(path));
    if (note) {
      this.notes.set(path, note);
      this.byNotePath.set(notePathKey(path), path);
      for (const name of newNames) this.claim(name, path);
      this.group(key).note = note;
    } else this.notes.delete(path);
    this.dirty.add(key);
    affected.forEach((name, i) => {
      const claimants = this.claims.get(name);
      const conflict = (claimants?.size ?? 0) > 1;
      // A name becoming or ceasing to be shared changes the problem on each note claiming it.
      if (conflict !== wasConflict[i]) {
        for (const other of claimants ?? []) this.dirty.add(noteKey(other));
        this.dirty.add(nameKey(name));
      }
      if (this.keyForName(name) !== before[i]) this.rekey(this.byName.get(name));
    });
    // Links naming this note's path reach it, or no longer do.
    this.rekey(this.byPath.get(notePathKey(path)));
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
    for (const [name, paths] of this.claims) if (paths.size > 1) out.push({ name, notes: [...paths].sort() });
    return out.sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  private summary(group: Group, today: string): GuestPerson {
    const conflicts: string[] = [];
    const names = group.note ? namesOf(group.note) : group.key.startsWith("name:") ? [group.key.slice(5)] : [];
    for (const name of names) {
      if ((this.claims.get(name)?.size ?? 0) > 1) conflicts.push(conflictMessage(name, group.note !== null));
    }
    return summarise(group.key, group.note, [...group.mentions], today, conflicts);
  }

  private keyFor(mention: Mention): string {
    if (mention.path !== null) {
      const at = this.byNotePath.get(mention.path);
      if (at !== undefined) return noteKey(at);
    }
    return this.keyForName(mention.name);
  }

  /** The person a folded name leads to: the one note claiming it, else the name itself. */
  private keyForName(name: string): string {
    const claimants = this.claims.get(name);
    if (claimants && claimants.size === 1) for (const only of claimants) return noteKey(only);
    return nameKey(name);
  }

  private rekey(mentions: Iterable<Mention> | undefined): void {
    for (const mention of mentions ?? []) {
      const next = this.keyFor(mention);
      if (next === mention.key) continue;
      this.detach(mention);
      this.attach(mention, next);
    }
  }

  private attach(mention: Mention, key: string): void {
    mention.key = key;
    this.group(key).mentions.add(mention);
    this.dirty.add(key);
  }

  private detach(mention: Mention): void {
    const key = mention.key;
    if (key === "") return;
    mention.key = "";
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
    add(this.claims, name, path);
  }

  private unclaim(name: string, path: string): void {
    const set = this.claims.get(name);
    if (!set) return;
    set.delete(path);
    if (set.size === 0) this.claims.delete(name);
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
  const out: Mention[] = [];
  // A few guests per episode: a scan is cheaper than a set; a long panel gets the set.
  const seen = episode.guests.length > 8 ? new Set<string>() : null;
  for (const guest of episode.guests) {
    const mention = mentionOf(episode, guest);
    if (seen) {
      const id = `${mention.path ?? ""}\u0000${mention.name}`;
      if (seen.has(id)) continue;
      seen.add(id);
    } else if (out.some((m) => m.name === mention.name && m.path === mention.path)) continue;
    out.push(mention);
  }
  return out;
}

/**
 * Worded without the other notes (listed once, in conflicts()): a message naming them
 * would change on every note that joins, and each change would touch every claimant.
 */
function conflictMessage(name: string, ownNote: boolean): string {
  return ownNote
    ? `“${name}” is also the name or an alias of another guest note; episodes naming it are matched to neither until only one note has it.`
    : `“${name}” is the name or an alias of several guest notes, so it is matched to none of them until only one has it.`;
}

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function byName(a: GuestPerson, b: GuestPerson): number {
  const x = a.sortKey;
  const y = b.sortKey;
  return x < y ? -1 : x > y ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
