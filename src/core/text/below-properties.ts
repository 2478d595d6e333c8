// Where an inserted snippet goes, so that it never joins a line the user wrote.
// In the properties: text written inside the frontmatter block (its opening `---` through
// its closing line) turns the properties into plain text: the episode loses its date and
// url. A note just opened has its cursor on the opening `---`, so that is where a snippet
// would land first. In the body: a snippet pasted as it is at the start of "## Talking
// points" made "…share them.## Talking points", the heading gone.

export type Placement =
  /** Replace the selection (or insert at the cursor) as it is. */
  | { kind: "replace" }
  /** Insert `text` at `at` (the start of the line after the properties); `cursor` is where the snippet ends. */
  | { kind: "below"; at: number; text: string; cursor: number }
  /**
   * Insert `text`, the snippet as whole lines of its own, at `at` (the start of a line, or
   * the note's end); `cursor` is where the snippet ends. `moved`: the cursor was inside a
   * line, and the snippet of several lines went below that line, not into it.
   */
  | { kind: "block"; at: number; text: string; cursor: number; moved: boolean }
  /** The selection runs from the properties into the body: replacing it would cut the block open. */
  | { kind: "refuse" };

/**
 * Where to put `snippet` in `text`, the selection running from offset `from` to `to`, the
 * properties block ending at `bodyStart` (the offset of the line after its closing
 * `---`; null when the note has none).
 *
 * - A selection in the body is replaced as it is.
 * - A cursor or selection inside the properties inserts at the start of the line after
 *   them and replaces nothing; a selection from the block into the body is refused.
 * - A cursor on an empty (or blank) line: the snippet goes in at the cursor, filling it.
 * - A cursor at the start of a line with text: the snippet goes in as its own lines
 *   before that line, which stays as it was.
 * - A cursor inside or at the end of a line with text: a one-line snippet goes in at the
 *   cursor, as typing it would (the line stays the kind of line it was: a heading, a list
 *   item, a table row); a snippet of several lines would break the line in two, so it
 *   goes in as its own lines below it.
 *
 * Snippet lines set apart from the user's: a blank line between the snippet and a
 * neighbouring line with text, except a list, quote or table continued by the same kind
 * of line, and none under a heading.
 */
export function snippetPlacement(text: string, from: number, to: number, snippet: string, bodyStart: number | null): Placement {
  const start = Math.min(from, to);
  const end = Math.max(from, to);
  if (bodyStart === null || start >= bodyStart) return start === end ? atCursor(text, start, snippet) : { kind: "replace" };
  if (end > bodyStart) return { kind: "refuse" };
  // A block closed on the note's last line with no line break after it: start a line.
  const before = bodyStart > 0 && text.charAt(bodyStart - 1) !== "\n" ? "\n" : "";
  const nextLine = text.slice(bodyStart, lineEnd(text, bodyStart));
  const atEnd = bodyStart >= text.length;
  let after = "";
  if (!atEnd && !snippet.endsWith("\n")) after += "\n";
  if (!atEnd && nextLine.trim() !== "" && !/\n[ \t]*\r?\n$/.test(`\n${snippet}${after}`)) after += "\n";
  return { kind: "below", at: bodyStart, text: before + snippet + after, cursor: bodyStart + before.length + snippet.length };
}

/** A cursor (no selection) in the body. */
function atCursor(text: string, at: number, snippet: string): Placement {
  const start = lineStart(text, at);
  const end = lineEnd(text, at);
  if (isBlank(text.slice(start, end))) return { kind: "replace" };
  if (at === start) return block(text, start, snippet, false);
  if (!snippet.includes("\n")) return { kind: "replace" };
  return block(text, end < text.length ? end + 1 : end, snippet, at < end);
}

/** The snippet as lines of its own at `at`, the start of a line or the note's end. */
function block(text: string, at: number, snippet: string, moved: boolean): Placement {
  const atEnd = at >= text.length;
  // The note's last line, with no line break after it: the snippet starts a line.
  const breakBefore = at > 0 && text.charAt(at - 1) !== "\n";
  const aboveEnd = breakBefore ? at : at - 1;
  const above = at === 0 ? null : text.slice(lineStart(text, aboveEnd), aboveEnd);
  const below = atEnd ? null : text.slice(at, lineEnd(text, at));
  const { first, last } = outerLines(snippet);
  let before = breakBefore ? "\n" : "";
  if (above !== null && apart(above, first)) before += "\n";
  let after = atEnd || snippet.endsWith("\n") ? "" : "\n";
  if (below !== null && apart(last, below)) after += "\n";
  return { kind: "block", at, text: before + snippet + after, cursor: at + before.length + snippet.length, moved };
}

type LineKind = "blank" | "heading" | "rule" | "list" | "quote" | "table" | "text";

/** What kind of Markdown line this is, by its start (indentation left aside). */
function kindOf(line: string): LineKind {
  const t = line.trimStart();
  if (t === "" || isBlank(t)) return "blank";
  if (/^#{1,6}(?:[ \t]|$)/.test(t)) return "heading";
  // A thematic break, or the properties' closing `---`: a block ends there.
  if (/^(?:-{3,}|\*{3,}|_{3,})$/.test(t.trimEnd())) return "rule";
  if (/^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(t)) return "list";
  if (t.startsWith(">")) return "quote";
  if (t.startsWith("|")) return "table";
  return "text";
}

const CONTINUED: ReadonlySet<LineKind> = new Set<LineKind>(["list", "quote", "table"]);

/** Whether a blank line goes between `upper` and `lower`, next to each other in the note. */
function apart(upper: string, lower: string): boolean {
  const a = kindOf(upper);
  const b = kindOf(lower);
  // Under a heading or a rule no blank line is needed; above one it is (text right over
  // `---` would turn into a heading).
  if (a === "blank" || b === "blank" || a === "heading" || a === "rule") return false;
  return !(a === b && CONTINUED.has(a));
}

/** The snippet's first line and its last (one final line break left aside). */
function outerLines(snippet: string): { first: string; last: string } {
  const firstEnd = snippet.indexOf("\n");
  const body = snippet.endsWith("\n") ? snippet.slice(0, -1) : snippet;
  return { first: firstEnd < 0 ? snippet : snippet.slice(0, firstEnd), last: body.slice(body.lastIndexOf("\n") + 1) };
}

function isBlank(line: string): boolean {
  return line.trim() === "";
}

function lineStart(text: string, at: number): number {
  return at === 0 ? 0 : text.lastIndexOf("\n", at - 1) + 1;
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf("\n", at);
  return end < 0 ? text.length : end;
}
