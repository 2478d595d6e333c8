// The guests index: every person named in an episode's guest field or holding a guest
// note, kept up to date one note at a time. An episode that changes moves only its own
// mentions; a guest note that changes re-matches only the mentions of the names it
// gained or lost. Nothing is ever rebuilt from scratch after the first feed, and no note
// text is kept: episodes give their guest list, guest notes their properties.
// Every person's key is one string made once (with its group, its note or its name), so
// the 20,000 lookups of a build hash strings V8 has already hashed and allocate no keys.
import type { Guest } from "../types";
import { namesOf, type GuestNote } from "./guest-note";
import { mentionOf, notePathKey, uniqueMentions, type EpisodeGuests, type Mention } from "./mention";
import { NameClaims } from "./name-claims";
import { byPersonName, conflictMessage, summarise, type GuestPerson } from "./summary";

interface Group {
  readonly key: string;
  note: GuestNote | null;
  readonly mentions: Set<Mention>;
  /** For `summarisedFor`; null until asked for, and again after anything about the person changes. */
  summary: GuestPerson | null;
}

/** One folded name: the mentions going by it and whom it leads to, so a mention finds its person in one lookup. */
interface Named {
  /** The key of the person known only by this name. */
  readonly key: string;
  readonly mentions: Set<Mention>;
  /** The key of the one guest note claiming the name; null when none or several do. */
  owner: string | null;
}

export class GuestDirectory {
  private readonly notes = new Map<string, GuestNote>();
  /** Folded name → the guest notes claiming it (their name or an alias). */
  private readonly claims = new NameClaims();
  /** Note path → its person's key. */
  private readonly noteKeys = new Map<string, string>();
  /** Folded note path (`guests/ed welch`) → the key of the note there. */
  private readonly byNotePath = new Map<string, string>();
  private readonly episodes = new Map<string, Mention[]>();
  /** Folded name → the mentions that go by it and the note claiming it. */
  private readonly byName = new Map<string, Named>();
  /** Folded note path → the mentions whose link names that path (`[[Guests/Ed Welch]]`). */
  private readonly byPath = new Map<string, Set<Mention>>();
  private readonly groups = new Map<string, Group>();
  private summarisedFor: string | null = null;
  private list: GuestPerson[] | null = null;
  /** Bumped by every change that can alter what people() returns. */
  revision = 0;

  /** Put an episode's guests in (or replace them); `null` removes the episode. */
  setEpisode(path: string, episode: EpisodeGuests | null): void {
    const old = this.episodes.get(path);
    if (!old && (!episode || episode.guests.length === 0)) return;
    for (const mention of old ?? []) {
      this.byName.get(mention.name)?.mentions.delete(mention);
      if (mention.path !== null) this.byPath.get(mention.path)?.delete(mention);
      this.detach(mention);
    }
    this.episodes.delete(path);
    if (episode && episode.guests.length > 0) {
      const mentions = uniqueMentions(episode);
      this.episodes.set(path, mentions);
      for (const mention of mentions) {
        const named = this.named(mention.name);
        named.mentions.add(mention);
        if (mention.path !== null) add(this.byPath, mention.path, mention);
        this.attach(mention, this.keyFor(mention, named));
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
    const affected = old && note ? [...new Set([...oldNames, ...newNames])] : old ? oldNames : newNames;
    // Whom each affected name leads to before the change: only a name whose answer
    // changes moves its mentions, so a hundred notes sharing an alias cost a hundred steps.
    const before: string[] = [];
    const wasConflict: boolean[] = [];
    for (const name of affected) {
      before.push(this.keyForName(name));
      wasConflict.push(this.claims.isShared(name));
    }
    let key = this.noteKeys.get(path);
    if (key === undefined) this.noteKeys.set(path, (key = noteKey(path)));
    for (const name of oldNames) this.unclaim(name, path);
    const pathKey = notePathKey(path);
    if (old) this.byNotePath.delete(pathKey);
    if (note) {
      this.notes.set(path, note);
      this.byNotePath.set(pathKey, key);
      for (const name of newNames) this.claim(name, path);
      this.group(key).note = note;
    } else this.notes.delete(path);
    this.stale(key);
    for (let i = 0; i < affected.length; i++) {
      const name = affected[i] ?? "";
      const claimants = this.claims.claimants(name);
      const conflict = this.claims.isShared(name);
      // A name becoming or ceasing to be shared changes the problem on each note claiming it.
      if (conflict !== wasConflict[i]) {
        for (const other of claimants ?? []) this.stale(this.keyOfNote(other));
        this.stale(this.keyForNameAlone(name));
      }
      if (this.keyForName(name) !== before[i]) this.rekey(this.byName.get(name)?.mentions);
    }
    // Links naming this note's path reach it, or no longer do.
    this.rekey(this.byPath.get(pathKey));
    if (!note) {
      const group = this.groups.get(key);
      if (group) group.note = null;
      if (group && group.mentions.size === 0) this.groups.delete(key);
      this.noteKeys.delete(path);
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
    this.forDay(today);
    if (this.list) return this.list;
    const list: GuestPerson[] = [];
    for (const group of this.groups.values()) list.push((group.summary ??= this.summary(group, today)));
    this.list = list.sort(byPersonName);
    return this.list;
  }

  /**
   * The person a guest field's entry names, or null when no episode or note knows them.
   * `linkDest`: where the entry's link leads (EpisodeGuests.linkDest), as the episodes' links are matched.
   */
  lookup(guest: Guest, today: string, linkDest?: (link: string) => string | null): GuestPerson | null {
    const mention = mentionOf({ path: "", title: "", show: null, date: null, guests: [], ...(linkDest ? { linkDest } : {}) }, guest);
    const key = this.keyFor(mention);
    const group = this.groups.get(key);
    if (!group) return null;
    this.forDay(today);
    return (group.summary ??= this.summary(group, today));
  }

  /** The person whose guest note is at `path`. */
  personOfNote(path: string, today: string): GuestPerson | null {
    const key = this.noteKeys.get(path);
    const group = key === undefined ? undefined : this.groups.get(key);
    if (!group) return null;
    this.forDay(today);
    return (group.summary ??= this.summary(group, today));
  }

  /** Names (folded) that two or more guest notes claim, with the notes: a problem the user must solve. */
  conflicts(): { name: string; notes: string[] }[] {
    return this.claims.conflicts();
  }

  /** Summaries say past or upcoming as of one day: another day makes every one of them stale. */
  private forDay(today: string): void {
    if (this.summarisedFor === today) return;
    for (const group of this.groups.values()) group.summary = null;
    this.summarisedFor = today;
    this.list = null;
  }

  private stale(key: string): void {
    const group = this.groups.get(key);
    if (group) group.summary = null;
  }

  private summary(group: Group, today: string): GuestPerson {
    const conflicts: string[] = [];
    // Names claimed by several notes are rare: most people skip the search for them.
    if (this.claims.anyShared()) {
      const names = group.note ? namesOf(group.note) : group.key.startsWith("name:") ? [group.key.slice(5)] : [];
      for (const name of names) {
        if (this.claims.isShared(name)) conflicts.push(conflictMessage(name, group.note !== null));
      }
    }
    return summarise(group.key, group.note, group.mentions, today, conflicts);
  }

  private keyFor(mention: Mention, named = this.byName.get(mention.name)): string {
    if (mention.path !== null) {
      const at = this.byNotePath.get(mention.path);
      if (at !== undefined) return at;
    }
    return named ? (named.owner ?? named.key) : nameKey(mention.name);
  }

  /** The person a folded name leads to: the one note claiming it, else the name itself. */
  private keyForName(name: string): string {
    const named = this.byName.get(name);
    return named ? (named.owner ?? named.key) : nameKey(name);
  }

  /** The key of the person known only by this folded name. */
  private keyForNameAlone(name: string): string {
    return this.byName.get(name)?.key ?? nameKey(name);
  }

  private keyOfNote(path: string): string {
    return this.noteKeys.get(path) ?? noteKey(path);
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
    const group = this.group(key);
    group.mentions.add(mention);
    group.summary = null;
  }

  private detach(mention: Mention): void {
    const key = mention.key;
    if (key === "") return;
    mention.key = "";
    const group = this.groups.get(key);
    if (!group) return;
    group.mentions.delete(mention);
    group.summary = null;
    if (group.mentions.size === 0 && group.note === null) this.groups.delete(key);
  }

  private group(key: string): Group {
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = { key, note: null, mentions: new Set(), summary: null }));
    return group;
  }

  private named(name: string): Named {
    let named = this.byName.get(name);
    if (!named) this.byName.set(name, (named = { key: nameKey(name), mentions: new Set(), owner: null }));
    return named;
  }

  private claim(name: string, path: string): void {
    this.own(name, this.claims.claim(name, path));
  }

  private unclaim(name: string, path: string): void {
    this.own(name, this.claims.unclaim(name, path));
  }

  /** The name leads to the one note claiming it, or to no note when none or several do. */
  private own(name: string, claimant: string | null): void {
    const owner = claimant === null ? null : this.keyOfNote(claimant);
    const named = this.byName.get(name);
    if (named) named.owner = owner;
    else if (owner !== null) this.named(name).owner = owner;
  }

  private changed(): void {
    this.revision++;
    this.list = null;
  }
}

function noteKey(path: string): string {
  return `note:${path}`;
}

function nameKey(name: string): string {
  return `name:${name}`;
}


function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
