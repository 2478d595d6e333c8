// Comments, as Obsidian reads them: `%% … %%` (Obsidian's own, inline or over many
// lines; one never closed hides the rest of the note) and HTML comments `<!-- … -->`.
// Reading view hides both, and the metadata cache lists no item or heading inside them,
// so Tasks never sees a checkbox there; templates put their instructions in them. Only
// lines holding a marker come here: a note without one pays a single search of its text.

import { codeSpanCursor } from "../text/code-spans";

export type CommentKind = 0 | 1 | 2;
export const NO_COMMENT: CommentKind = 0;
export const PERCENT_COMMENT: CommentKind = 1;
export const HTML_COMMENT: CommentKind = 2;

/** Lines `from`..`to` (both included) whose start sits inside a comment: the reader skips them. */
export interface LineRange {
  from: number;
  to: number;
}

export interface LineComments {
  /** The comment still open at the end of the line, carried to the next one. */
  open: CommentKind;
  /** That comment opened on this line (it was not carried in). */
  openedHere: boolean;
  /** The line's content starts inside a comment, so it is no task, heading or field line. */
  hiddenStart: boolean;
  /** The line with commented text blanked by spaces (same length, so columns hold). */
  visible: string;
  /** Where the comments sit: [from, to) pairs in line order, markers included. */
  comments: readonly number[];
}

/** Whether a line (or a whole note) may open a comment: the cheap test before lineComments. */
export function hasCommentMarker(line: string): boolean {
  return line.indexOf("%%") >= 0 || line.indexOf("<!--") >= 0;
}

/**
 * The comments of one line. `at` is where its content starts (after quote markers and
 * indentation); `carried` the comment left open by the line above. Markers inside
 * inline code (a CommonMark code span, code-spans.ts, the rule of the whole reader) open
 * nothing: whichever starts first, a span or a comment, wins, and inside a comment
 * backticks mean nothing, so spans are read again after each comment. An HTML comment that starts the
 * line is a block and may run over lines; one further along counts only when it closes
 * on the same line (a list item below would end the paragraph it sits in, CommonMark's
 * rule, so its `<!--` stays text).
 */
export function lineComments(line: string, at: number, carried: CommentKind): LineComments {
  const hidden: number[] = [];
  let open = carried;
  let pos = 0;
  let hiddenStart = carried !== NO_COMMENT;
  let openedHere = false;
  // Where the visible text since the last comment closed starts, and its code spans,
  // read on demand up to each marker met after a backtick, so a line without one pays
  // nothing. Reading the spans again to the end of the line after each comment was
  // quadratic on a line of many comments and spans.
  let textFrom = 0;
  let spanAt: ReturnType<typeof codeSpanCursor> | null = null;
  let lastHtmlClose = -2;
  // The next `%%` and `<!--` at or after `pos` (-2: not looked for yet, -1: none left).
  // Kept between turns: looking again from each skipped marker (one in inline code, say)
  // ran to the end of the line each time, quadratic on a line of many.
  let percent = -2;
  let html = -2;
  let tick = -2;
  for (;;) {
    if (open !== NO_COMMENT) {
      const closer = open === PERCENT_COMMENT ? "%%" : "-->";
      const close = line.indexOf(closer, pos);
      if (close < 0) {
        hidden.push(pos, line.length);
        break;
      }
      const end = close + closer.length;
      hidden.push(pos, end);
      open = NO_COMMENT;
      openedHere = false;
      pos = end;
      textFrom = end;
      continue;
    }
    if (percent !== -1 && percent < pos) percent = line.indexOf("%%", pos);
    if (html !== -1 && html < pos) html = line.indexOf("<!--", pos);
    if (percent < 0 && html < 0) break;
    const isPercent = percent >= 0 && (html < 0 || percent < html);
    const start = isPercent ? percent : html;
    if (tick !== -1 && tick < textFrom) tick = line.indexOf("`", textFrom);
    if (tick >= 0 && tick < start) {
      spanAt ??= codeSpanCursor(line);
      const code = spanAt(textFrom, start);
      if (code !== null && code.from <= start) {
        // The marker is code: look on after the span.
        pos = code.to;
        continue;
      }
    }
    // The last `-->` of the line, found once: searching after each `<!--` was quadratic
    // on a line of many.
    if (lastHtmlClose === -2) lastHtmlClose = line.lastIndexOf("-->");
    if (!isPercent && start !== at && lastHtmlClose < start + 4) {
      pos = start + 4;
      continue;
    }
    if (start === at) hiddenStart = true;
    open = isPercent ? PERCENT_COMMENT : HTML_COMMENT;
    openedHere = true;
    pos = start + (isPercent ? 2 : 4);
    hidden.push(start, pos);
  }
  return { open, openedHere, hiddenStart, visible: blank(line, hidden), comments: hidden };
}

/**
 * Tells whether positions of one line are hidden in a comment or sit in inline code, read
 * as one: a code span is found only in the text between comments (backticks inside a
 * comment mean nothing, and a comment marker in a span is code). Positions must be asked
 * in increasing order. null when the line has neither a marker nor a backtick, so such a
 * line costs three searches. For a line that does not start inside a comment (a task's
 * line, or its text): no position is a line start, so an HTML comment counts only when
 * it closes on the line, as after a list marker.
 */
export function inCodeOrCommentTester(line: string): ((at: number) => boolean) | null {
  const ticks = line.indexOf("`") >= 0;
  const comments = hasCommentMarker(line) ? lineComments(line, -1, NO_COMMENT).comments : [];
  if (!ticks && comments.length === 0) return null;
  const pairs: number[] = [];
  const spanAt = ticks ? codeSpanCursor(line) : null;
  let textFrom = 0;
  for (let i = 0; i <= comments.length; i += 2) {
    const stop = comments[i] ?? line.length;
    // Only the spans opening before the comment: reading on to the line's end after each
    // comment was quadratic.
    if (spanAt) for (let span = spanAt(textFrom, textFrom - 1, stop - 1); span !== null && span.from < stop; span = spanAt(textFrom, span.to, stop - 1)) pairs.push(span.from, span.to);
    const to = comments[i + 1];
    if (to === undefined) break;
    pairs.push(stop, to);
    textFrom = to;
  }
  if (pairs.length === 0) return null;
  let k = 0;
  return (at) => {
    while (k < pairs.length && (pairs[k + 1] ?? 0) <= at) k += 2;
    return k < pairs.length && (pairs[k] ?? 0) <= at;
  };
}

/** The line with the given [from, to) pairs turned into spaces. */
function blank(line: string, pairs: readonly number[]): string {
  if (pairs.length === 0) return line;
  let out = "";
  let kept = 0;
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const from = pairs[i] ?? 0;
    const to = pairs[i + 1] ?? 0;
    out += line.slice(kept, from) + " ".repeat(to - from);
    kept = to;
  }
  return out + line.slice(kept);
}

/** Adds line `n` to sorted ranges, joining it to the last range when adjacent. */
export function addHiddenLine(ranges: LineRange[], n: number): void {
  const last = ranges[ranges.length - 1];
  if (last && last.to === n - 1) last.to = n;
  else ranges.push({ from: n, to: n });
}

/**
 * A test for lines asked in increasing order (one pass over a section): whether the line
 * starts inside a comment.
 */
export function hiddenLineTester(ranges: readonly LineRange[]): (n: number) => boolean {
  let i = 0;
  return (n) => {
    while (i < ranges.length && (ranges[i]?.to ?? 0) < n) i++;
    const range = ranges[i];
    return range !== undefined && range.from <= n;
  };
}
