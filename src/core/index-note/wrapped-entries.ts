// Episode lines the merge does not write but which already list an episode: a list kept
// in a callout ("> - 10/01: [[GOH 01]]"), a table row ("| 10/01 | [[GOH 01]] |"), a task
// ("- [x] [[GOH 01]]"), an item nested under another ("- 2025" and its "  - [[GOH 01]]").
// The merge reads only top-level plain list items as entries, so before this each of
// those episodes got a second line of its own under the user's list on the first run
// (probe9). Such a line is left exactly as written (rewriting a table cell or a callout
// line could lose the user's layout), and its episode counts as listed: no line is added.
import { quotePrefix } from "../note/blocks";
import { readListLine, type ListLine } from "./list-items";

/** A task's checkbox after the list marker: "- [x] " is read as "- ". */
const TASK = /^([-*+]|\d{1,9}[.)])[ \t]+\[.\][ \t]+/;

/**
 * The list entries `line` holds once unwrapped: a callout's or quote's `>` markers, the
 * indentation, a task's checkbox taken off, or each cell of a table row read as an entry.
 * [] for a line that is none of those (prose, a heading): only a list's shape counts, so a
 * sentence that happens to start with a link does not. Linear in the line's length.
 */
export function wrappedEntries(line: string): ListLine[] {
  const quoted = quotePrefix(line);
  const inner = line.slice(quoted.at).trimStart();
  if (inner.startsWith("|")) return tableCells(inner).flatMap((cell) => entryOf(`- ${cell}`));
  return entryOf(inner.replace(TASK, "- "));
}

function entryOf(text: string): ListLine[] {
  const read = readListLine(text);
  return read?.link ? [read] : [];
}

/**
 * A table row's cells, trimmed, split at `|` but not at `\|` (how a wiki link's alias is
 * written in a table), which is read as `|`. Cells are sliced, not built a character at a
 * time: a row of thousands of `\|` grew faster than its length that way (probe9's growth test).
 */
function tableCells(row: string): string[] {
  const cells: string[] = [];
  let start = 1;
  for (let i = 1; i < row.length; i++) {
    const c = row.charCodeAt(i);
    if (c === BACKSLASH && row.charCodeAt(i + 1) === PIPE) i++;
    else if (c === PIPE) {
      cells.push(cellText(row.slice(start, i)));
      start = i + 1;
    }
  }
  const last = cellText(row.slice(start));
  if (last !== "") cells.push(last);
  return cells;
}

const BACKSLASH = 0x5c;
const PIPE = 0x7c;

function cellText(raw: string): string {
  return raw.split("\\|").join("|").trim();
}
