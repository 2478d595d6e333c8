// The Markdown block syntax of a single line, as CommonMark (and Obsidian) reads it:
// quote markers, code fences, ATX and setext headings, list markers and task boxes.
// Each function looks at the line from a given column only, with no regular expression,
// so the body scanner (scan.ts) stays linear however long its lines are.
import { indentLength } from "../text/lines";

export interface Fence {
  char: number;
  length: number;
  quoteDepth: number;
  line: number;
}

/** Count `>` markers (with optional spaces) at the start of a line. */
export function quotePrefix(line: string): { depth: number; at: number } {
  let depth = 0;
  let i = 0;
  for (;;) {
    const j = i + indentLength(line, i);
    if (line.charCodeAt(j) !== 62) return { depth, at: depth === 0 ? 0 : i };
    depth++;
    i = j + 1;
  }
}

export function openFence(line: string, at: number, quoteDepth: number, n: number): Fence | null {
  const char = line.charCodeAt(at);
  let end = at;
  while (line.charCodeAt(end) === char) end++;
  const length = end - at;
  if (length < 3) return null;
  // A backtick fence's info string cannot contain a backtick (that is inline code).
  if (char === 96 && line.indexOf("`", end) >= 0) return null;
  return { char, length, quoteDepth, line: n };
}

export function isFenceClose(line: string, contentAt: number, fence: Fence): boolean {
  const at = contentAt + indentLength(line, contentAt);
  let end = at;
  while (line.charCodeAt(end) === fence.char) end++;
  return end - at >= fence.length && indentLength(line, end) === line.length - end;
}

export function atxHeading(line: string, at: number): { level: number; text: string } | null {
  let level = 0;
  while (line.charCodeAt(at + level) === 35) level++;
  if (level > 6) return null;
  const after = line.charCodeAt(at + level);
  if (!(Number.isNaN(after) || after === 32 || after === 9)) return null;
  let text = line.slice(at + level).trim();
  // Optional closing sequence: `## Title ##`.
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 35) end--;
  if (end < text.length && (end === 0 || text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) {
    text = text.slice(0, end).trim();
  }
  return { level, text };
}

export function isSetextUnderline(line: string, at: number): boolean {
  const char = line.charCodeAt(at);
  if (char !== 61 && char !== 45) return false;
  let end = at;
  while (line.charCodeAt(end) === char) end++;
  return indentLength(line, end) === line.length - end;
}

/** `---`, `***`, `_ _ _`: three or more of one of `-*_` and nothing else but spaces (a rule, no paragraph or item). */
export function isThematicBreak(line: string, at: number): boolean {
  const char = line.charCodeAt(at);
  if (char !== 45 && char !== 42 && char !== 95) return false;
  let count = 0;
  for (let i = at; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === char) count++;
    else if (c !== 32 && c !== 9) return false;
  }
  return count >= 3;
}

/** Where a list marker (`-`, `*`, `+`, `1.`, `1)`) ends, or -1. */
export function listMarkerEnd(line: string, at: number): number {
  const c = line.charCodeAt(at);
  let end = -1;
  if (c === 45 || c === 42 || c === 43) end = at + 1;
  else if (c >= 48 && c <= 57) {
    let i = at;
    while (i - at < 9 && line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++;
    const d = line.charCodeAt(i);
    if (d === 46 || d === 41) end = i + 1;
  }
  if (end < 0) return -1;
  const after = line.charCodeAt(end);
  if (end === line.length) return end;
  return after === 32 || after === 9 ? end : -1;
}

/**
 * Whether the list item at `at` may start right under a paragraph line. CommonMark lets
 * a bullet item with content, or an ordered item numbered 1, interrupt a paragraph; any
 * other is the paragraph's next line ("Steps:" / "2. [ ] Book" is text, no checkbox).
 */
export function canInterruptParagraph(line: string, at: number, end = listMarkerEnd(line, at)): boolean {
  if (end < 0 || indentLength(line, end) === line.length - end) return false;
  const c = line.charCodeAt(at);
  if (c === 45 || c === 42 || c === 43) return true;
  let i = at;
  while (line.charCodeAt(i) === 48) i++;
  return line.charCodeAt(i) === 49 && end === i + 2;
}

/** Columns of white space from `from` to `to`, a tab reaching the next multiple of four (CommonMark's tab stop). */
export function indentColumns(line: string, from: number, to: number): number {
  let column = 0;
  // Any character counts one column; only a tab reaches the next stop.
  for (let i = from; i < to; i++) column = line.charCodeAt(i) === 9 ? column + 4 - (column % 4) : column + 1;
  return column;
}

/**
 * The column where the text of the list item at `at` starts: how far a later line must be
 * indented to stay in the item after a blank line. One to four spaces after the marker
 * count; more (or none, an empty item) make it the marker's end plus one.
 */
export function itemContentColumn(line: string, at: number, end = listMarkerEnd(line, at)): number {
  const markerEnd = indentColumns(line, 0, at) + (end - at);
  const text = end + indentLength(line, end);
  const gap = indentColumns(line, 0, text) - markerEnd;
  return text === line.length || gap > 4 ? markerEnd + 1 : markerEnd + gap;
}

/** The task on a line (inside quotes too): its status, and where the status character sits. */
export function taskOnLine(line: string): { status: string; statusAt: number } | null {
  const { at: contentAt } = quotePrefix(line);
  const at = contentAt + indentLength(line, contentAt);
  const task = listTask(line, at);
  if (!task) return null;
  return { status: task.status, statusAt: task.textAt - 1 - task.status.length };
}

/** `- [c] text`: the status character and where the text starts. */
export function listTask(line: string, at: number): { status: string; textAt: number } | null {
  return taskAfterMarker(line, listMarkerEnd(line, at));
}

/** The task box after a list marker that ends at `markerEnd` (-1: no marker), as listTask reads it. */
export function taskAfterMarker(line: string, markerEnd: number): { status: string; textAt: number } | null {
  if (markerEnd < 0 || markerEnd === line.length) return null;
  const spaces = indentLength(line, markerEnd);
  if (spaces < 1 || spaces > 4) return null;
  const open = markerEnd + spaces;
  if (line.charCodeAt(open) !== 91) return null;
  const code = line.codePointAt(open + 1);
  if (code === undefined) return null;
  const width = code > 0xffff ? 2 : 1;
  const close = open + 1 + width;
  if (line.charCodeAt(close) !== 93) return null;
  const after = line.charCodeAt(close + 1);
  if (!(Number.isNaN(after) || after === 32 || after === 9)) return null;
  return { status: String.fromCodePoint(code), textAt: close + 1 };
}

/** Nesting level from indentation: a tab is one level, as is each run of 2–4 spaces. */
export function nestingDepth(line: string, from: number, to: number): number {
  let depth = 0;
  let spaces = 0;
  for (let i = from; i < to; i++) {
    if (line.charCodeAt(i) === 9) {
      depth++;
      spaces = 0;
    } else if (++spaces === 4) {
      depth++;
      spaces = 0;
    }
  }
  return depth + (spaces >= 2 ? 1 : 0);
}
