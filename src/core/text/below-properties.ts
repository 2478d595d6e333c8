// Where a snippet goes in a note with properties. Text written inside the frontmatter
// block (its opening `---` through its closing line) turns the properties into plain
// text: the episode loses its date and url. A note just opened has its cursor on the
// opening `---`, so that is where a snippet would land first.

export type Placement =
  /** The selection (or cursor) is below the properties, or there are none: replace it as usual. */
  | { kind: "replace" }
  /** Insert `text` at `at` (the start of the line after the properties); `cursor` is where the snippet ends. */
  | { kind: "below"; at: number; text: string; cursor: number }
  /** The selection runs from the properties into the body: replacing it would cut the block open. */
  | { kind: "refuse" };

/**
 * Where to put `snippet` in `text`, the selection running from offset `from` to `to`, the
 * properties block ending at `bodyStart` (the offset of the line after its closing
 * `---`; null when the note has none). A cursor or selection inside the block inserts at
 * the start of the line after it and replaces nothing; a selection that starts in the
 * block and ends in the body is refused. The snippet below the properties is its own
 * block: it ends with a line break, and a blank line sets it off from body text right
 * after it, so it neither joins the heading nor runs into the first paragraph.
 */
export function snippetPlacement(text: string, from: number, to: number, snippet: string, bodyStart: number | null): Placement {
  const start = Math.min(from, to);
  const end = Math.max(from, to);
  if (bodyStart === null || start >= bodyStart) return { kind: "replace" };
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

function lineEnd(text: string, at: number): number {
  const end = text.indexOf("\n", at);
  return end < 0 ? text.length : end;
}
