// The episode list inside a show's index note (like "Grafana Office Hours Readme":
// Upcoming and Past lists with links). The plugin owns only the text between its two
// marker comments; everything outside them is the user's and is never changed.
import { mergeLists, type IndexEntry } from "./merge-lists";

export const BLOCK_START = "%% office-hours:episode-list start (kept up to date by the Office Hours plugin; edits inside are replaced) %%";
export const BLOCK_END = "%% office-hours:episode-list end %%";
/** Where the user wants the plugin's list, on a line of its own. */
export const PLACE_MARKER = "%% office-hours:episode-list %%";

const START_PREFIX = "%% office-hours:episode-list start";
const END_PREFIX = "%% office-hours:episode-list end";

/** The plugin's block for `entries`, markers included, for a note without lists of its own. */
export function freshBlock(entries: readonly IndexEntry[], newline = "\n"): string {
  return [BLOCK_START, ...mergeLists([], entries, 3, ["upcoming", "past"]), BLOCK_END].join(newline);
}

export type BlockUpdate = { ok: true; text: string; changed: boolean } | { ok: false; reason: string };

type Found = { ok: true; start: number; contentStart: number; contentEnd: number; end: number } | { ok: false; reason: string } | null;

/** Where the marked block is: null when the note has none, a reason when its markers are broken. */
function findBlock(text: string): Found {
  const starts = occurrences(text, START_PREFIX);
  const ends = occurrences(text, END_PREFIX);
  if (starts.length === 0 && ends.length === 0) return null;
  const start = starts[0];
  const end = ends[0];
  if (starts.length !== 1 || ends.length !== 1 || start === undefined || end === undefined || end < start) {
    return {
      ok: false,
      reason: "The note's episode-list markers are missing, repeated or out of order, so it was not changed. Fix or remove them and try again.",
    };
  }
  const endOfEnd = text.indexOf("%%", end + END_PREFIX.length);
  // The %% must close the marker on its own line: the next %% anywhere later (a comment
  // of the user's further down) made everything up to it part of the list, and lost it.
  const endLine = text.indexOf("\n", end);
  if (endOfEnd < 0 || (endLine >= 0 && endOfEnd > endLine)) {
    return { ok: false, reason: "The end marker of the episode list is not closed with %%, so the note was not changed." };
  }
  const startClose = text.indexOf("%%", start + START_PREFIX.length);
  const contentStart = startClose >= 0 && startClose < end ? startClose + 2 : start + START_PREFIX.length;
  return { ok: true, start, contentStart, contentEnd: end, end: endOfEnd + 2 };
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
  const merged = mergeLists(pieces.slice(pieces.length > 1 ? 1 : 0, -1), entries);
  const content = [head, ...merged, tail].join(newline);
  const updated = text.slice(0, found.contentStart) + content + text.slice(found.contentEnd);
  return { ok: true, text: updated, changed: updated !== text };
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}
