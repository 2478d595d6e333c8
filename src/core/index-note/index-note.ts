// The episode list inside a show's index note (like "Grafana Office Hours Readme":
// Upcoming and Past lists with links). The plugin owns only the text between its two
// marker comments; everything outside them is the user's and is never changed.
import { mergeMarked, type IndexEntry } from "./merge-lists";
import type { ListKind } from "./list-kinds";
import { entryKey } from "./episode-line";
import { marksLine, takeMarks } from "./own-marks";
import { guestsLine } from "./own-guests";
import { commentStarts, lineStates } from "./line-states";
import { bodyStartOf } from "../note/frontmatter";
import { quotePrefix } from "../note/blocks";

/**
 * The start marker, saying what is true: the plugin writes the episodes' lines (date,
 * guests, the list they stand in) and nothing else; a line or words the user writes stay.
 */
export const BLOCK_START = "%% office-hours:episode-list start (the Office Hours plugin keeps the episodes' lines current; your own lines and words stay) %%";
/**
 * Start markers earlier versions wrote. Any comment starting with START_PREFIX is the
 * block's start (so one of these is still the block, never a reason for a second one);
 * one of exactly these words is put in the current words when the block is written
 * anyway, never by a write of its own. A marker the user worded is theirs and stays.
 */
const OLD_STARTS: readonly string[] = ["%% office-hours:episode-list start (kept up to date by the Office Hours plugin; edits inside are replaced) %%"];
export const BLOCK_END = "%% office-hours:episode-list end %%";
/** Where the user wants the plugin's list, on a line of its own. */
export const PLACE_MARKER = "%% office-hours:episode-list %%";

const START_PREFIX = "%% office-hours:episode-list start";
const END_PREFIX = "%% office-hours:episode-list end";

/** The plugin's block for `entries`, markers included, for a note without lists of its own. */
export function freshBlock(entries: readonly IndexEntry[], newline = "\n"): string {
  return [BLOCK_START, ...blockLines([], entries, ["upcoming", "past"]), BLOCK_END].join(newline);
}

/**
 * The block's lines (between its markers) with `entries` merged in, and the records of
 * the cancelled marks and the guest names the plugin wrote first, under the start marker
 * (own-marks.ts, own-guests.ts): the records read from `lines` say which marks and names
 * there are the plugin's, the ones written name those it wrote now (none: no line).
 */
export function blockLines(lines: readonly string[], entries: readonly IndexEntry[], ensure: readonly ListKind[] = []): string[] {
  const taken = takeMarks(lines, entryKey);
  const merged = mergeMarked(taken.lines, entries, 3, ensure, taken.owned, taken.wrote);
  const records = [marksLine(merged.marked), guestsLine(merged.wrote)].filter((r): r is string => r !== null);
  return [...records, ...merged.lines];
}

export type BlockUpdate = { ok: true; text: string; changed: boolean } | { ok: false; reason: string };

type Found = { ok: true; start: number; contentStart: number; contentEnd: number; end: number } | { ok: false; reason: string } | null;

/**
 * Where the marked block is: null when the note has none, a reason when its markers are
 * broken. A marker is one only where Obsidian reads it as a comment: one in a code block,
 * in inline code or inside another comment (a user documenting the plugin, an old list
 * commented out) is text, never the block, and never changed.
 */
function findBlock(text: string): Found {
  if (text.indexOf(START_PREFIX) < 0 && text.indexOf(END_PREFIX) < 0) return null;
  const starts: Marker[] = [];
  const ends: Marker[] = [];
  const lines = text.split("\n");
  const states = lineStates(lines, bodyStartOf(lines));
  let offset = 0;
  lines.forEach((line, n) => {
    const state = states[n];
    if (state && !state.code && !state.indented && line.indexOf("office-hours:episode-list") >= 0) {
      for (const comment of commentStarts(state)) {
        const marker = { at: offset + comment.from, after: offset + comment.to, closed: comment.closed, quoted: quotePrefix(line).depth > 0 };
        if (line.startsWith(START_PREFIX, comment.from)) starts.push(marker);
        else if (line.startsWith(END_PREFIX, comment.from)) ends.push(marker);
      }
    }
    offset += line.length + 1;
  });
  if (starts.length === 0 && ends.length === 0) return null;
  const start = starts[0];
  const end = ends[0];
  if (starts.length !== 1 || ends.length !== 1 || start === undefined || end === undefined || end.at < start.at) {
    return {
      ok: false,
      reason: "The note's episode-list markers are missing, repeated or out of order, so it was not changed. Fix or remove them and try again.",
    };
  }
  // The %% must close the marker on its own line: the next %% anywhere later (a comment
  // of the user's further down) made everything up to it part of the list, and lost it.
  // (A start marker left open hides the end marker, so the block has no end.)
  if (!end.closed) return { ok: false, reason: "The end marker of the episode list is not closed with %%, so the note was not changed." };
  // A block in a quote or callout: the merge reads and writes lines at the margin, and a
  // line written there without "> " would end the callout halfway down the list. Refused
  // whole rather than written half right (the user moves the markers out, or keeps the
  // list by hand); nothing in the note changes.
  if (start.quoted || end.quoted) {
    return {
      ok: false,
      reason: "The episode list is inside a callout or quote (its lines start with \">\"), which the plugin does not write into, so the note was not changed. Move the markers and the list out of the callout and try again.",
    };
  }
  return { ok: true, start: start.at, contentStart: start.after, contentEnd: end.at, end: end.after };
}

interface Marker {
  at: number;
  after: number;
  closed: boolean;
  /** On a line in a quote or callout ("> "). */
  quoted: boolean;
}

/**
 * Why a list added at the end of `text` would not be a list: the note ends inside a
 * comment or a code block never closed, which would hide it (and the next run, finding no
 * list, would add another). null when the end is open text.
 */
export function openAtEnd(text: string): string | null {
  const lines = text.split("\n");
  const last = lineStates(lines, bodyStartOf(lines))[lines.length - 1];
  if (!last) return null;
  if (last.code && bodyStartOf(lines) < lines.length) {
    return "The note ends inside a code block that is never closed, so an episode list added at its end would be code. Close the block (```) and try again.";
  }
  if (last.openAtEnd) {
    return "The note ends inside a comment that is never closed (%% or <!--), so an episode list added at its end would be hidden. Close the comment and try again.";
  }
  return null;
}

/** The plugin's block, markers included, as offsets into `text`; null when the note has none or a broken one. */
export function blockSpan(text: string): { from: number; to: number } | null {
  const found = findBlock(text);
  return found?.ok ? { from: found.start, to: found.end } : null;
}

export function hasBlock(text: string): boolean {
  return findBlock(text) !== null;
}

/** Put `block` in place of the existing marked block, or append it when there is none. */
export function replaceBlock(text: string, block: string): BlockUpdate {
  const found = findBlock(text);
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  // Split on \r?\n: a block rendered with CRLF came out "\r\r\n".
  const written = block.split(/\r?\n/).join(newline);
  if (found === null) {
    const open = openAtEnd(text);
    if (open !== null) return { ok: false, reason: open };
    const separator = text === "" ? "" : text.endsWith("\n") ? newline : newline + newline;
    return { ok: true, text: text + separator + written + newline, changed: true };
  }
  if (!found.ok) return found;
  const updated = text.slice(0, found.start) + written + text.slice(found.end);
  return { ok: true, text: updated, changed: updated !== text };
}

/** The marked block with `entries` merged into the lists it holds; the markers as they are written. */
export function updateBlock(text: string, entries: readonly IndexEntry[]): BlockUpdate {
  const found = findBlock(text);
  if (found === null) return { ok: false, reason: "The note has no episode list of the plugin's." };
  if (!found.ok) return found;
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const pieces = text.slice(found.contentStart, found.contentEnd).split(/\r?\n/);
  // The rest of the start marker's line and what stands before the end marker stay.
  const head = pieces.length > 1 ? (pieces[0] ?? "") : "";
  const tail = pieces[pieces.length - 1] ?? "";
  const merged = blockLines(pieces.slice(pieces.length > 1 ? 1 : 0, -1), entries);
  const content = [head, ...merged, tail].join(newline);
  const updated = text.slice(0, found.contentStart) + content + text.slice(found.contentEnd);
  if (updated === text) return { ok: true, text, changed: false };
  const marker = text.slice(found.start, found.contentStart);
  const start = OLD_STARTS.includes(marker) ? BLOCK_START : marker;
  return { ok: true, text: text.slice(0, found.start) + start + content + text.slice(found.contentEnd), changed: true };
}
