// CommonMark's indented code block, as Obsidian shows it: a line indented four columns or
// more (a tab counts to the next multiple of four) that does not continue a paragraph
// (it follows a blank line, a heading, the end of a fenced block, another line of code,
// or starts the text), and is not the content of a list item (a line indented to the
// item's content column belongs to the item: "- [[OH 01]]", a blank line, then "    notes"
// is the entry's nested note, not code). Inside a list item the same rule holds four
// columns past the item's content column. A user documenting the plugin's markers this
// way ("How to keep the list:", a blank line, the markers indented) writes code, which
// the plugin never reads as its block.
//
// In doubt (a comment line, a quote whose depth changes) a line is not code: a marker
// read as text where it was one would hide the block and make the plugin add another.

/** Columns of indentation from `from` (tabs to the next multiple of 4), and where the text starts. */
function indentAt(line: string, from: number, column: number): { width: number; at: number } {
  let col = column;
  let i = from;
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) col++;
    else if (c === 9) col += 4 - (col % 4);
    else break;
  }
  return { width: col - column, at: i };
}

/** A list item's marker at `at` ("-", "*", "+", "1." or "1)") and the column its content starts in, or null. */
function itemContent(line: string, at: number, markerColumn: number): number | null {
  let end = at;
  const c = line.charCodeAt(at);
  if (c === 45 || c === 42 || c === 43) end = at + 1;
  else {
    while (end < line.length && end - at < 9 && line.charCodeAt(end) >= 48 && line.charCodeAt(end) <= 57) end++;
    if (end === at || (line.charCodeAt(end) !== 46 && line.charCodeAt(end) !== 41)) return null;
    end++;
  }
  const markerEnd = markerColumn + (end - at);
  if (end === line.length) return markerEnd + 1;
  const after = line.charCodeAt(end);
  if (after !== 32 && after !== 9) return null;
  const gap = indentAt(line, end, markerEnd);
  // Five or more spaces after the marker: the content is code one space in.
  if (gap.at === line.length || gap.width > 4) return markerEnd + 1;
  return markerEnd + gap.width;
}

const HEADING = /^#{1,6}(?:[ \t]|$)/;

export interface IndentedCode {
  /** Is this line (not in a fence, not inside a comment) indented code? `contentAt`: after its quote markers. */
  line(text: string, depth: number, contentAt: number): boolean;
  /** A line read otherwise (a fence's, a comment's): `endsBlock` when code may start right after it (a fence closed). */
  other(depth: number, endsBlock: boolean): void;
}

/** A reader of the lines in order, one call per line. Constant work per line past its indentation. */
export function indentedCode(): IndentedCode {
  // Content columns of the list items open, outermost first; whether the line above may
  // be continued (a paragraph's or an item's text); the quote depth they belong to.
  let items: number[] = [];
  let canStart = true;
  let quoteDepth = 0;
  const enter = (depth: number) => {
    if (depth === quoteDepth) return;
    items = [];
    canStart = false;
    quoteDepth = depth;
  };
  return {
    line(text, depth, contentAt) {
      enter(depth);
      // The one space after ">" belongs to the quote marker.
      const from = depth > 0 && (text.charCodeAt(contentAt) === 32 || text.charCodeAt(contentAt) === 9) ? contentAt + 1 : contentAt;
      const { width, at } = indentAt(text, from, 0);
      if (at === text.length) {
        canStart = true;
        return false;
      }
      const blankAbove = canStart;
      // The innermost item this line's indentation reaches into (after a blank line; a
      // line right under text continues it, lazily, whatever its indentation).
      while (blankAbove && items.length > 0 && width < (items[items.length - 1] ?? 0)) items.pop();
      const base = blankAbove ? (items[items.length - 1] ?? 0) : width;
      if (blankAbove && width - base >= 4) return true;
      const content = itemContent(text, at, width);
      if (content !== null) {
        while (items.length > 0 && width < (items[items.length - 1] ?? 0)) items.pop();
        items.push(content);
      }
      canStart = HEADING.test(text.slice(at, at + 7));
      return false;
    },
    other(depth, endsBlock) {
      enter(depth);
      canStart = endsBlock;
    },
  };
}
