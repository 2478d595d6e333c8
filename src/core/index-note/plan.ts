// What "Update episode list in index note" would do to a note. With the plugin's block
// there, it is updated in place. Without it (the first time), nothing is written until the
// user has seen what would change and chosen: take over the lists the note keeps by hand
// (they become the block, every line kept), put the block at their marker, or, in a note
// with neither, add it at the end. Never a second list under the hand-kept ones.
import { BLOCK_END, BLOCK_START, PLACE_MARKER, blockLines, freshBlock, hasBlock, openAtEnd, updateBlock } from "./index-note";
import type { IndexEntry } from "./merge-lists";
import { headingKind } from "./list-kinds";
import { readListLine } from "./list-items";
import { bodyStartOf } from "../note/frontmatter";
import { scanBody } from "../note/scan";
import { visibleLines } from "../note/visible-lines";

export type IndexChoice = "lists" | "marker" | "append";

export interface IndexOption {
  choice: IndexChoice;
  /** The note after the change. */
  text: string;
  /** The lines the change replaces, and the lines it writes there (for the preview). */
  before: string[];
  after: string[];
}

export type IndexPlan =
  | { kind: "update"; text: string; changed: boolean }
  | { kind: "refused"; reason: string }
  | { kind: "first"; options: IndexOption[] };

interface Line {
  text: string;
  /** Offsets of the line's first character and of its end (before the line break). */
  from: number;
  to: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  for (;;) {
    const next = text.indexOf("\n", from);
    const end = next < 0 ? text.length : next;
    const to = end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lines.push({ text: text.slice(from, to), from, to });
    if (next < 0) return lines;
    from = next + 1;
  }
}

/**
 * The hand-kept lists: from the first heading that names an episode list ("Episodes",
 * "Past", "Upcoming", "Calls", "Break") to the first heading that does not ("Future guest
 * suggestions"). Without such a heading, the first list that links to one of the show's
 * episodes (the OTel calls' index note is one bare list). Null when the note has neither.
 */
export function findHandLists(text: string, entries: readonly IndexEntry[]): { first: number; last: number } | null {
  const lines = linesOf(text);
  const plain = lines.map((l) => l.text);
  const body = bodyStartOf(plain);
  const headings = scanBody(plain, body, { fields: false, templateTags: false }).headings;
  const startAt = headings.findIndex((h) => headingKind(h.text) !== null);
  let first = -1;
  let end = lines.length;
  if (startAt >= 0) {
    first = headings[startAt]?.line ?? -1;
    const stop = headings.slice(startAt + 1).find((h) => headingKind(h.text) === null);
    if (stop) end = stop.line;
  } else {
    const names = new Set(entries.map((e) => e.basename.normalize("NFC").toLowerCase()));
    // A list inside a comment is not shown, so it is not the note's list.
    const list = bareList(visibleLines(plain, body), body, names);
    if (!list) return null;
    [first, end] = list;
  }
  let last = end - 1;
  while (last > first && plain[last]?.trim() === "") last--;
  return first < 0 ? null : { first, last };
}

/** The first run of list lines with an item linking to one of `names`: [first, end). */
function bareList(lines: readonly string[], body: number, names: ReadonlySet<string>): [number, number] | null {
  for (let i = body; i < lines.length; i++) {
    if (!readListLine(lines[i] ?? "")) continue;
    let end = i;
    let linked = false;
    while (end < lines.length && (lines[end] ?? "").trim() !== "" && (readListLine(lines[end] ?? "") || /^\s/.test(lines[end] ?? ""))) {
      const link = readListLine(lines[end] ?? "")?.link;
      if (link && names.has(link.name)) linked = true;
      end++;
    }
    if (linked) return [i, end];
    i = end;
  }
  return null;
}

function markerLine(lines: readonly Line[]): number {
  return lines.findIndex((l) => l.text.trim() === PLACE_MARKER);
}

/** The plan for `text` with `entries` (the show's episodes, each with the list it belongs in). */
export function planIndexNote(text: string, entries: readonly IndexEntry[]): IndexPlan {
  if (hasBlock(text)) {
    const updated = updateBlock(text, entries);
    return updated.ok ? { kind: "update", text: updated.text, changed: updated.changed } : { kind: "refused", reason: updated.reason };
  }
  const options = (["lists", "marker", "append"] as const).map((choice) => applyChoice(text, entries, choice)).filter((o): o is IndexOption => o !== null);
  // Nowhere to put it: the note has no lists and no marker, and its end is hidden.
  if (options.length === 0) return { kind: "refused", reason: openAtEnd(text) ?? "The note offers no place for the episode list." };
  return { kind: "first", options: options.filter((o) => o.choice !== "append" || options.length === 1) };
}

/** The note with the block placed as chosen, or null when the note offers no such place. */
export function applyChoice(text: string, entries: readonly IndexEntry[], choice: IndexChoice): IndexOption | null {
  if (hasBlock(text)) return null;
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = linesOf(text);
  if (choice === "lists") {
    const found = findHandLists(text, entries);
    const from = found ? lines[found.first] : undefined;
    const to = found ? lines[found.last] : undefined;
    if (!found || !from || !to) return null;
    const before = lines.slice(found.first, found.last + 1).map((l) => l.text);
    // Hand-kept lists name no mark as the plugin's: every "(cancelled)" in them is the user's.
    const after = [BLOCK_START, ...blockLines(before, entries), BLOCK_END];
    return { choice, text: text.slice(0, from.from) + after.join(newline) + text.slice(to.to), before, after };
  }
  if (choice === "marker") {
    const at = markerLine(lines);
    const line = lines[at];
    if (!line) return null;
    const after = freshBlock(entries).split("\n");
    // The marker's own indentation and anything around it on its line stay.
    const start = line.from + line.text.indexOf(PLACE_MARKER);
    return { choice, text: text.slice(0, start) + after.join(newline) + text.slice(start + PLACE_MARKER.length), before: [line.text], after };
  }
  if (findHandLists(text, entries) || markerLine(lines) >= 0 || openAtEnd(text) !== null) return null;
  const after = freshBlock(entries).split("\n");
  const separator = text === "" ? "" : text.endsWith("\n") ? newline : newline + newline;
  return { choice, text: text + separator + after.join(newline) + newline, before: [], after };
}
