// Where the names sit in one guest field's value, as offsets: what "Link guest names"
// may turn into links, and nothing else. The rules are the guest field reader's
// (src/core/note/guests.ts) followed step by step with positions instead of copies:
//   `Ed Welch (Grafana), "Poyzan Taneli" & **Ann Lee**`  → `Ed Welch`, `Poyzan Taneli`, `Ann Lee`
// Separators, quotes, emphasis, the affiliation in parentheses and names already linked
// (`[[Nikola Grcevski]]`, `[Renata](https://…)`) are no name span, so they stay as written.
import { isPlaceholder, pieceSpans, type Span } from "../note/guests";
import { replaceLinks } from "../text/links";

export type { Span };

export interface NameSpan extends Span {
  /** The name as the reader gives it (runs of white space made one space). */
  name: string;
}

const QUOTES = "\"'“”‘’«»„`";
const EMPHASIS = ["**", "__", "==", "*", "_"];

/** The plain names of a guest field's value, in order; linked names and placeholders are left out. */
export function plainNameSpans(value: string, andWords: readonly string[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const piece of pieceSpans(value, andWords)) {
    const span = plainNameIn(value, piece);
    if (span) out.push(span);
  }
  return out;
}

/** The name inside one piece, narrowed as the reader narrows it; null for a link, a placeholder or nothing. */
function plainNameIn(value: string, piece: Span): NameSpan | null {
  let span = trimmed(value, piece);
  span = stripEmphasis(value, stripQuotes(value, span));
  if (span.end <= span.start) return null;
  // A link anywhere in the piece: the reader takes its target, so the name is linked already.
  if (replaceLinks(value.slice(span.start, span.end)).target !== null) return null;
  span = stripEmphasis(value, stripQuotes(value, trimmed(value, span)));
  const before = beforeTrailingParenthesis(value, span);
  if (before) span = before;
  const name = value.slice(span.start, span.end).replace(/\s+/g, " ");
  if (name === "" || isPlaceholder(name)) return null;
  return { ...span, name };
}

/** As String.prototype.trim: every kind of white space. */
function trimmed(value: string, span: Span): Span {
  const text = value.slice(span.start, span.end);
  const start = span.start + (text.length - text.trimStart().length);
  return { start, end: Math.max(start, span.end - (text.length - text.trimEnd().length)) };
}

/** Quotes and plain spaces off both ends. */
function stripQuotes(value: string, span: Span): Span {
  let { start, end } = span;
  const strip = (c: string) => QUOTES.includes(c) || c === " ";
  while (start < end && strip(value.charAt(start))) start++;
  while (end > start && strip(value.charAt(end - 1))) end--;
  return { start, end };
}

/** `**Name**`, `*Name*`, `_Name_`, `==Name==`: each mark at most once, in this order. */
function stripEmphasis(value: string, span: Span): Span {
  let { start, end } = span;
  for (const mark of EMPHASIS) {
    if (end - start > mark.length * 2 && value.startsWith(mark, start) && value.startsWith(mark, end - mark.length)) {
      start += mark.length;
      end -= mark.length;
    }
  }
  return { start, end };
}

/** `Pablo Chacin (Grafana)` → the span of `Pablo Chacin`; null without a trailing parenthesis. */
function beforeTrailingParenthesis(value: string, span: Span): Span | null {
  if (span.end <= span.start || value.charAt(span.end - 1) !== ")") return null;
  let depth = 0;
  for (let i = span.end - 1; i >= span.start; i--) {
    const c = value[i];
    if (c === ")") depth++;
    else if (c === "(") {
      depth--;
      if (depth === 0) {
        const before = trimmed(value, { start: span.start, end: i });
        return before.end > before.start ? before : null;
      }
    }
  }
  return null;
}
