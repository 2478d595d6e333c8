// Reading the index note's list block into sections (one per heading) of items (an
// episode's line with the lines nested under it, or any other line): what the merge in
// merge-lists.ts rearranges and writes back.
import type { ListKind, SectionKind } from "./list-kinds";
import { headingKind } from "./list-kinds";
import { readHeading } from "./heading-line";
import { readListLine, type ListLine } from "./list-items";
import { lineStates } from "./line-states";
import { wrappedEntries } from "./wrapped-entries";

export interface IndexEntry {
  /** The episode's file name without .md: what list lines link to. */
  basename: string;
  /** A link to write for a new line, in the user's link style. */
  link: string;
  date: string | null;
  number: number | null;
  guests: readonly string[];
  /** Where it belongs (listFor). */
  list: ListKind;
  /** Cancelled (status): its line says so, whichever list holds it. */
  cancelled?: boolean;
  /** The show's language (BCP 47): the words the plugin writes on the line ("con", "(cancelado)"); English when absent. */
  language?: string;
  /** The episode's topic: an Upcoming line planned in words that begins with it is the episode's (planned-words.ts). */
  topic?: string;
  /** The note's `url:` (its video): a line linking it is the episode's (video-link.ts). */
  url?: string | null;
}

/** The line a version of the plugin wrote in an empty list; it is the plugin's, never the user's. */
export const NONE_YET = "- (none yet)";

export interface Item {
  lines: string[];
  line: ListLine | null;
  entry: IndexEntry | null;
  /** Written back as it was, even when it is an episode's line (it holds a comment). */
  kept?: boolean;
  /**
   * Entries on the item's lines that the merge does not write (a callout's, a table row's,
   * a task's, a nested item's: wrapped-entries.ts): their episodes are listed already.
   */
  wrapped?: ListLine[];
}

/** Note the entries `visible` (a line as shown) holds wrapped in a callout, a table, a task or nesting. */
function addWrapped(item: Item, visible: string): void {
  const found = wrappedEntries(visible);
  // In place: an entry with thousands of nested lines is read once, not copied per line.
  if (found.length === 0) return;
  if (!item.wrapped) item.wrapped = found;
  else for (const line of found) item.wrapped.push(line);
}

export interface Section {
  /** The heading line as written, null for lines before any heading. */
  heading: string | null;
  level: number;
  kind: SectionKind | "all";
  items: Item[];
  /** Added by the merge (a list the region lacked): written with blank lines around its heading. */
  added?: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function isBlank(line: string): boolean {
  return line.trim() === "";
}

/**
 * A list item with nothing in it ("- ", "-", "1.", "- [ ]"): the line a user keeps at a
 * list's end to type the next entry into. Linear: one optional group, no nested repeats.
 */
const EMPTY_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[.\])?[ \t]*$/;

/** An item that only fills the end of a list: a blank line, or an empty list item on its own. */
export function isTrailingFiller(item: Item): boolean {
  const first = item.lines[0] ?? "";
  return item.lines.length === 1 && (isBlank(first) || EMPTY_ITEM.test(first));
}

/**
 * Sections, each a run of items: a top-level list item with the lines nested under it, or
 * any other line. A line in a comment is never read (no entry, no heading, no fence): it
 * stays as written, a comment's lines together, with the line it opened on.
 */
export function readSections(lines: readonly string[]): Section[] {
  const sections: Section[] = [{ heading: null, level: 0, kind: "all", items: [] }];
  let fence: string | null = null;
  const states = lineStates(lines);
  for (const [n, line] of lines.entries()) {
    const section = sections[sections.length - 1];
    if (!section) break;
    const last = section.items[section.items.length - 1];
    const state = states[n];
    if (fence === null && state && (state.carried || state.opens)) {
      // Carried on from the line above: it goes with that line's item.
      const attach = state.carried || (/^\s/.test(line) && !isBlank(last?.lines[0] ?? ""));
      if (attach && last) last.lines.push(line);
      else section.items.push({ lines: [line], line: null, entry: null });
      continue;
    }
    if (fence !== null) {
      if (line.trim().startsWith(fence)) fence = null;
      if (last) last.lines.push(line);
      else section.items.push({ lines: [line], line: null, entry: null });
      continue;
    }
    const opens = FENCE.exec(line)?.[1];
    const heading = opens === undefined ? readHeading(line) : null;
    if (heading) {
      sections.push({ heading: line, level: heading.level, kind: headingKind(heading.text) ?? "breaks", items: [] });
      continue;
    }
    if (opens !== undefined) fence = opens.slice(0, 3);
    // An indented line under an entry (nested notes, a continuation) moves with it.
    if (!isBlank(line) && /^\s/.test(line) && last !== undefined && !isBlank(last.lines[0] ?? "")) {
      last.lines.push(line);
      addWrapped(last, state?.visible ?? line);
      continue;
    }
    if (line.trim() === NONE_YET) continue;
    // A line with a comment on it is read as shown (a link in the comment is none) and,
    // if it is an episode's, kept as written: rewriting it could lose the comment.
    const commented = state?.visible !== undefined;
    const parsed = /^\s/.test(line) ? null : readListLine(state?.visible ?? line);
    const item: Item = { lines: [line], line: parsed, entry: null, ...(commented ? { kept: true } : {}) };
    if (!parsed?.link) addWrapped(item, state?.visible ?? line);
    section.items.push(item);
  }
  if (sections[0]?.items.length === 0) sections.shift();
  return sections;
}
