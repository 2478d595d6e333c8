// The deadline written on one checklist line, read the way the Tasks plugin and Dataview
// read it: `📅 2026-11-27` (also 📆 and 🗓, with or without the emoji's variation
// selector) or Dataview's `[due:: 2026-11-27]` / `(due:: 2026-11-27)`. In a template the
// same places hold an offset from the show instead of a date: `📅 -7d` (the plugin's short
// form) or `(due:: -7d)`. A mark inside `inline code` is talk about the syntax, not a
// deadline: Tasks, reading its fields from the end of the line, would not see it either.
// For the same reason a 📅 followed by plain words is description, not a deadline ("Reply
// to the 📅 2026-01-01 invite"): only the marks in the line's trailing fields count
// (trailing-fields.ts). Dataview reads a bracketed field anywhere on the line, so
// `[due:: …]` and `(due:: …)` count wherever they are.
// Nor is one inside a comment (`- [ ] Book slot %% 📅 2026-11-20 %%`): Obsidian hides it,
// and the reader hides every commented text (note/comments.ts says where comments are).
// One pass per kind of mark with indexOf, so a line of any length costs linear time.
import { isValidDate } from "../time/calendar-date";
import { looksLikeOffset, parseOffset, type Offset } from "./offset";
import { inCodeOrCommentTester } from "../note/comments";
import { trailingFieldsStart } from "./trailing-fields";
import { isBlockIdChar, isSpace, isTagChar } from "../note/task-fields";
import { withoutTrailing } from "../text/trim-end";
import { spacedOffsetEnd } from "./spaced-offset";

export interface DateMark {
  /** `YYYY-MM-DD`. */
  value: string;
  /** Where the date's ten characters sit on the line. */
  from: number;
  to: number;
}

export interface OffsetMark {
  offset: Offset;
  /** The whole mark, `📅 -7d` or `(due:: -7d)`: what a date replaces. */
  from: number;
  to: number;
}

export interface LineDue {
  /** The last real date on the line (Tasks reads fields from the end). */
  date: DateMark | null;
  /** The last offset, when the line has no date. */
  offset: OffsetMark | null;
  /** What could not be read, for the note's warnings; empty when all is well. */
  problems: string[];
  /** Every mark read (dates and offsets, whole: `📅 2026-11-27`), in line order: what a list leaves out of the item's text. */
  spans: { from: number; to: number }[];
}

const NONE: LineDue = { date: null, offset: null, problems: [], spans: [] };

/** Low surrogates after U+D83D: 📅 U+1F4C5, 📆 U+1F4C6, 🗓 U+1F5D3. */
const CALENDAR_LOWS = new Set([0xdcc5, 0xdcc6, 0xddd3]);
/** A date's ten characters, as the Tasks plugin writes them (also read by reschedule/planning-dates.ts). */
export const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
/** What may follow a value without being part of it: "📅 2026-11-27," and "📅 +2d," alike (⏳ and 🛫 too). */
export const PUNCTUATION: ReadonlySet<string> = new Set([",", ".", ";", ":", "!", "?", ")", "]"]);


interface Found {
  at: number;
  end: number;
  /** The value as written, for messages. */
  written: string;
  /** Where the value starts (a date's digits). */
  valueAt: number;
  emoji: boolean;
}

/**
 * Where the next space or tab at or after a position is (the line's end when none), for
 * positions asked in increasing order: a stretch is read once, as the answer stands for
 * every position up to it.
 */
function spaceFinder(line: string): (from: number) => number {
  let next = -1;
  return (from) => {
    if (next >= from) return next;
    let i = from;
    while (i < line.length && !isSpace(line.charCodeAt(i))) i++;
    next = i;
    return i;
  };
}

/** `📅 value`: the emoji, its optional variation selector, spaces, then a word. */
function emojiMarks(line: string, out: Found[]): void {
  // Each value runs to the next space: found once for all, as reading every value to the
  // end of a line of marks without spaces (📅📅📅…) was quadratic.
  const nextSpace = spaceFinder(line);
  for (let at = line.indexOf("\ud83d"); at >= 0; at = line.indexOf("\ud83d", at + 1)) {
    if (!CALENDAR_LOWS.has(line.charCodeAt(at + 1))) continue;
    let i = at + 2;
    if (line.charCodeAt(i) === 0xfe0f) i++;
    while (isSpace(line.charCodeAt(i))) i++;
    const valueAt = i;
    // `📅 -7 d`: a space inside an offset does not end it (spaced-offset.ts).
    i = spacedOffsetEnd(line, valueAt, nextSpace(i), nextSpace);
    let written = line.slice(valueAt, i);
    // A date followed by punctuation ("📅 2026-11-27,") is still that date, and an offset
    // ("📅 +2d,") that offset.
    if (written.length > 10 && DATE_SHAPE.test(written.slice(0, 10))) {
      written = written.slice(0, 10);
      i = valueAt + 10;
    } else if (!looksLikeOffset(written)) {
      const bare = withoutTrailing(written, PUNCTUATION);
      if (bare !== written && looksLikeOffset(bare)) {
        written = bare;
        i = valueAt + bare.length;
      }
    }
    out.push({ at, end: i, written, valueAt, emoji: true });
  }
}

/**
 * `due` in any case at `at`, compared by character codes: `slice(…).toLowerCase()` at
 * every `::` made a line of thousands of them quadratic (V8 lowered far more than the
 * three characters once the line had been searched: 0.1 s at 190,000 characters).
 */
function isDueKey(line: string, at: number): boolean {
  return (line.charCodeAt(at) | 0x20) === 100 && (line.charCodeAt(at + 1) | 0x20) === 117 && (line.charCodeAt(at + 2) | 0x20) === 101;
}

/** `[due:: value]` and `(due:: value)`, the key in any case, spaces allowed around it. */
function fieldMarks(line: string, out: Found[]): void {
  // The next closer of each kind at or after a position, found again only once passed:
  // searching from every `::` to the end of a line with no closer took quadratic time.
  // -2: not looked for yet (a line of `::` without any `due::` never looks).
  let square = -2;
  let round = -2;
  for (let colons = line.indexOf("::"); colons >= 0; colons = line.indexOf("::", colons + 2)) {
    let k = colons;
    while (k > 0 && isSpace(line.charCodeAt(k - 1))) k--;
    if (k < 3 || !isDueKey(line, k - 3)) continue;
    let open = k - 3;
    while (open > 0 && isSpace(line.charCodeAt(open - 1))) open--;
    const opener = line.charCodeAt(open - 1);
    if (opener !== 91 && opener !== 40) continue;
    if (square !== -1 && square < colons) square = line.indexOf("]", colons);
    if (round !== -1 && round < colons) round = line.indexOf(")", colons);
    const close = opener === 91 ? square : round;
    if (close < 0) continue;
    const raw = line.slice(colons + 2, close);
    const lead = raw.length - raw.trimStart().length;
    out.push({ at: open - 1, end: close + 1, written: raw.trim(), valueAt: colons + 2 + lead, emoji: false });
  }
}

/** The marks not inside `inline code` or a comment, asked in line order (`found` is sorted). */
function outsideCode(line: string, found: readonly Found[]): Found[] {
  // Code spans and comments read as the reader reads them (one rule, comments.ts).
  const hidden = inCodeOrCommentTester(line);
  if (hidden === null) return [...found];
  return found.filter((mark) => !hidden(mark.at));
}

/** The marks Tasks and Dataview would read: an emoji mark only among the line's trailing fields. */
function atTheEnd(line: string, marks: Found[]): Found[] {
  let emoji = 0;
  let last: Found | null = null;
  for (const mark of marks) {
    if (!mark.emoji) continue;
    emoji++;
    last = mark;
  }
  if (last === null) return marks;
  // Nearly every dated line: one 📅, ending the line (punctuation after it allowed) or
  // followed by tags and a block id only (`📅 2026-11-27 #prep ^a1`), which the peeling
  // below would pass over to reach it. No peeling: it was most of reading such a line.
  if (emoji === 1) {
    const end = valueEnd(line, last);
    if (end >= endOfWords(line) || onlyTagsAndIdsAfter(line, end)) return marks;
  }
  const start = trailingFieldsStart(line, marks.map((mark) => ({ from: mark.at, to: valueEnd(line, mark) })));
  return marks.filter((mark) => !mark.emoji || mark.at >= start);
}

/**
 * Whether all that follows `from` is tags and block ids, each after white space: what
 * trailingFieldsStart passes over as fields. Anything else (punctuation, a comment,
 * words) leaves the answer to it, and so does a tag with a character beyond ASCII: one
 * ending in 🔼 is a priority there, and the peeling stops at the `#` before it.
 */
function onlyTagsAndIdsAfter(line: string, from: number): boolean {
  let i = from;
  for (;;) {
    const spaced = i;
    while (isSpace(line.charCodeAt(i))) i++;
    if (i >= line.length) return true;
    if (i === spaced) return false;
    const first = line.charCodeAt(i);
    const isChar = first === 35 ? isAsciiTagChar : first === 94 ? isBlockIdChar : null;
    if (isChar === null) return false;
    const start = ++i;
    while (i < line.length && isChar(line.charCodeAt(i))) i++;
    if (i === start) return false;
  }
}

const isAsciiTagChar = (c: number) => c < 128 && isTagChar(c);

/** The line's end before its trailing spaces and punctuation. */
function endOfWords(line: string): number {
  let end = line.length;
  while (end > 0 && (isSpace(line.charCodeAt(end - 1)) || PUNCTUATION.has(line.charAt(end - 1)))) end--;
  return end;
}

/** Where a mark's value ends, the spaces after an empty one not counted. */
function valueEnd(line: string, mark: Found): number {
  let end = mark.end;
  while (end > mark.at && isSpace(line.charCodeAt(end - 1))) end--;
  return end;
}

/** Longest value quoted whole in a message. */
const MAX_QUOTED = 40;

/**
 * A value as a message quotes it: a long one cut, with an ellipsis. A line of thousands
 * of marks without spaces has values running to its end: quoting each whole made
 * messages of quadratic length.
 */
function quoted(written: string): string {
  if (written.length <= MAX_QUOTED) return written;
  const cut = written.charCodeAt(MAX_QUOTED - 1) >= 0xd800 && written.charCodeAt(MAX_QUOTED - 1) <= 0xdbff ? MAX_QUOTED - 1 : MAX_QUOTED;
  return `${written.slice(0, cut)}…`;
}

/** Read the deadline marks of one task line. */
export function readLineDue(line: string): LineDue {
  const hasEmoji = line.indexOf("\ud83d") >= 0;
  const hasField = line.indexOf("::") >= 0;
  if (!hasEmoji && !hasField) return NONE;
  const found: Found[] = [];
  if (hasEmoji) emojiMarks(line, found);
  if (hasField) fieldMarks(line, found);
  if (found.length === 0) return NONE;
  found.sort((a, b) => a.at - b.at);
  const outside = atTheEnd(line, outsideCode(line, found));
  if (outside.length === 0) return NONE;
  let date: DateMark | null = null;
  let offset: OffsetMark | null = null;
  const problems: string[] = [];
  const spans: LineDue["spans"] = [];
  for (const mark of outside) {
    const shown = mark.emoji ? `📅 ${quoted(mark.written)}` : `due:: ${quoted(mark.written)}`;
    if (DATE_SHAPE.test(mark.written)) {
      if (isValidDate(mark.written)) {
        date = { value: mark.written, from: mark.valueAt, to: mark.valueAt + 10 };
        spans.push({ from: mark.at, to: mark.end });
      } else problems.push(`“${shown}” is not a date.`);
    } else if (looksLikeOffset(mark.written)) {
      const read = parseOffset(mark.written);
      if (read.ok) {
        offset = { offset: read.offset, from: mark.at, to: mark.end };
        spans.push({ from: mark.at, to: mark.end });
      } else problems.push(read.problem);
    } else if (mark.written === "") {
      problems.push(mark.emoji ? "📅 is not followed by a date like 2026-11-27." : "due:: is empty.");
    } else {
      problems.push(`“${shown}” is not a date like 2026-11-27 or an offset like -7d.`);
    }
  }
  if (date && offset) {
    problems.push(`It has both a date (${date.value}) and an offset; the date is used.`);
    offset = null;
  }
  return { date, offset, problems, spans };
}

/** The text without the marks read from it: "Send the invite 📅 2026-11-27" → "Send the invite". */
export function withoutMarks(text: string, spans: readonly { from: number; to: number }[]): string {
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.from);
    at = span.to;
  }
  return (out + text.slice(at)).replace(/[ \t]{2,}/g, " ").trim();
}

/** The line with its date replaced (the characters of the date only). */
export function withDate(line: string, mark: DateMark, date: string): string {
  return line.slice(0, mark.from) + date + line.slice(mark.to);
}

/** The line with an offset mark turned into the Tasks plugin's `📅 date`. */
export function offsetToDate(line: string, mark: OffsetMark, date: string): string {
  return `${line.slice(0, mark.from)}📅 ${date}${line.slice(mark.to)}`;
}
