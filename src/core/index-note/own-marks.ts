// Which "(cancelled)" marks in the block the plugin wrote: a comment line of its own under
// the block's start marker names the episodes whose line it marked,
//   %% office-hours:episode-list marked cancelled: GOH 12 - Tempo | GOH 15 - Loki %%
// as the block's markers say what text is the plugin's. The plugin takes a mark off (or
// rewords it) only on an episode named there; a "(cancelled)" the user typed, one an
// older version wrote, or one on a line the user has since edited around is the user's
// and stays. The line is written only while some mark is the plugin's.
import { commentStarts, lineStates } from "./line-states";
import { guestsLine, isGuestsRecord, readGuestsRecord } from "./own-guests";

const PREFIX = "%% office-hours:episode-list marked cancelled:";
const SUFFIX = "%%";
/** Between names: "|" is not allowed in an Obsidian file name. */
const SEPARATOR = " | ";

/** "%" and "|" written as %25 and %7C, so a name never closes the comment nor splits. */
function encode(name: string): string {
  return name.replace(/[%|]/g, (c) => (c === "%" ? "%25" : "%7C"));
}

function decode(name: string): string {
  return name.replace(/%(25|7C)/gi, (_, code: string) => (code === "25" ? "%" : "|"));
}

/** The record line for the episodes `names` (sorted, so the line does not churn); null for none. */
export function marksLine(names: Iterable<string>): string | null {
  const sorted = [...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sorted.length === 0 ? null : `${PREFIX} ${sorted.map(encode).join(SEPARATOR)} ${SUFFIX}`;
}

function isRecord(trimmed: string): boolean {
  return trimmed.startsWith(PREFIX) && trimmed.endsWith(SUFFIX) && trimmed.length >= PREFIX.length + SUFFIX.length;
}

/** The block's lines without its records, and what the records say is the plugin's. */
export interface Taken {
  lines: string[];
  /** The episodes (as `key` makes them) whose cancelled mark the plugin wrote. */
  owned: Set<string>;
  /** The guest names the plugin wrote, by episode (its note's name as the record writes it): own-guests.ts. */
  wrote: Map<string, Set<string>>;
}

/**
 * The block's lines without its record lines (the cancelled marks' and the guest
 * names'), and what they name. Only a record standing as a comment on a line of its own
 * counts: one in a code block, or inside a comment opened above, is the user's text.
 */
export function takeMarks(lines: readonly string[], key: (name: string) => string): Taken {
  const owned = new Set<string>();
  const wrote = new Map<string, Set<string>>();
  const kept: string[] = [];
  const states = lineStates(lines);
  lines.forEach((line, n) => {
    const state = states[n];
    const trimmed = line.trim();
    const comments = state && !state.code && !state.carried ? commentStarts(state) : [];
    const whole = comments.length === 1 && comments[0]?.closed === true && comments[0].to === line.trimEnd().length;
    if (whole && isRecord(trimmed)) {
      const inner = trimmed.slice(PREFIX.length, trimmed.length - SUFFIX.length);
      for (const name of inner.split("|")) if (name.trim() !== "") owned.add(key(decode(name.trim())));
      return;
    }
    if (whole && isGuestsRecord(trimmed)) {
      readGuestsRecord(trimmed, (name) => name, wrote);
      return;
    }
    kept.push(line);
  });
  return { lines: kept, owned, wrote };
}

/**
 * A record line (of either kind) with the episode `from` renamed `to`, the rest as it was;
 * null when the line is no record or names no such episode. A reschedule renames the
 * note: its records must follow, or the plugin's marks and names on the relinked line
 * would read as the user's and a stale record would name a note that is gone.
 */
export function renamedRecord(line: string, from: string, to: string): string | null {
  const trimmed = line.trim();
  const same = (name: string) => name.normalize("NFC").toLowerCase() === from.normalize("NFC").toLowerCase();
  const indent = line.slice(0, line.length - line.trimStart().length);
  if (isRecord(trimmed)) {
    const names = trimmed
      .slice(PREFIX.length, trimmed.length - SUFFIX.length)
      .split("|")
      .map((n) => decode(n.trim()))
      .filter((n) => n !== "");
    if (!names.some(same)) return null;
    const next = marksLine(names.map((n) => (same(n) ? to : n)));
    return next === null ? null : `${indent}${next}`;
  }
  if (isGuestsRecord(trimmed)) {
    const wrote = new Map<string, Set<string>>();
    readGuestsRecord(trimmed, (name) => name, wrote);
    if (![...wrote.keys()].some(same)) return null;
    const renamed = new Map<string, string[]>();
    for (const [episode, names] of wrote) {
      const key = same(episode) ? to : episode;
      renamed.set(key, [...(renamed.get(key) ?? []), ...names]);
    }
    const next = guestsLine(renamed);
    return next === null ? null : `${indent}${next}`;
  }
  return null;
}
