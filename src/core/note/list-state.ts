// Which container a body line is in, as CommonMark (and Obsidian) decides it, for the
// scanner (scan.ts): a top-level list and how far its text is indented, and a quote whose
// text a plain line continues lazily. Kept apart from the scanner's loop, which stays
// small enough for the engine to optimise whole.
import { indentLength } from "../text/lines";
import { canInterruptParagraph, indentColumns, itemContentColumn } from "./blocks";

export class ListState {
  /** Inside a top-level list item: its line, or text continuing it lazily or indented under it. */
  inList = false;
  /** Line of a quote's text just above, or of a line continuing it lazily (`> Text` then `more`). */
  quoteText = -2;
  /** Line of the last text of a top-level item's paragraph: the item's own line or a line continuing it. */
  textLine = -2;
  /** Line of indented code inside an item (lines.text). */
  private codeLine = -2;
  // The outermost item of that list: its line and indentation (columns), and where its
  // text starts, worked out only when asked (a blank line, a rule or a quote after it).
  private listLine = -1;
  private listIndent = 0;
  private listContent = -1;

  // Where the text of each item the next item may nest in starts (columns), outermost first.
  private readonly open: number[] = [];

  constructor(private readonly lines: readonly string[]) {}

  /**
   * How deep a top-level item at `at` (`columns` in) is nested: the number of open items
   * whose text it is indented under, as Obsidian draws it. A two-space list's third level
   * (`    - [ ]` under `  - [ ]`) is two deep, not one. Call before item().
   */
  nest(line: string, at: number, markerEnd: number, columns: number): number {
    const open = this.open;
    if (!this.inList) open.length = 0;
    while (open.length > 0 && columns < (open[open.length - 1] ?? 0)) open.pop();
    const depth = open.length;
    open.push(itemContentColumn(line, at, markerEnd));
    return depth;
  }

  /** After a blank line, a line indented less than this is no longer in the list ("1. [ ] a" / "" / "  text"). */
  private contentColumn(): number {
    if (this.listContent < 0) {
      const item = this.lines[this.listLine] ?? "";
      this.listContent = itemContentColumn(item, indentLength(item));
    }
    return this.listContent;
  }

  /**
   * What only looks like an item on line `n`, by CommonMark's rules (as Obsidian and
   * markdown-it read it). Four columns of indentation past the text of the item it would sit
   * in (or past the margin, outside a list) make code or continue the paragraph above: after
   * `  1. [ ] a` (text at column five) `    - [ ] b` is a's text. And an item that cannot
   * interrupt a paragraph continues it: `2.` under "Steps:", and a new list that would start
   * inside an item right under that item's text (`- [ ] a` then `  2. [ ] b`, or `\t10. [ ] b`).
   */
  notItem(line: string, at: number, markerEnd: number, columns: number, n: number, underParagraph: boolean): boolean {
    const container = this.itemText(columns);
    if (columns - Math.max(container, 0) >= 4) return true;
    // Inside the innermost open item, right under its text: a new list there interrupts that paragraph.
    const open = this.open;
    const underItemText = container >= 0 && this.textLine === n - 1 && container === open[open.length - 1];
    return (underParagraph || underItemText) && !canInterruptParagraph(line, at, markerEnd);
  }

  /**
   * A line on `n` that is no item, `columns` in, still in the list. After a blank line the
   * items whose text it is not indented under are over (`- a` / `  - b` / blank / `  more of
   * a`: a later `    - c` is a's, not b's). Four columns past its item's text after a blank
   * line (or under such a line) it is code, no paragraph an item below could continue.
   */
  text(n: number, columns: number, afterBlank: boolean): void {
    const open = this.open;
    if (afterBlank) while (open.length > 0 && columns < (open[open.length - 1] ?? 0)) open.pop();
    const code = columns - Math.max(this.itemText(columns), 0) >= 4 && (afterBlank || this.codeLine === n - 1);
    this.codeLine = code ? n : -2;
    this.textLine = code ? -2 : n;
  }

  /** Where the text of the innermost item a line `columns` in belongs to starts, -1 outside a list. */
  itemText(columns: number): number {
    if (!this.inList) return -1;
    // The open items' text columns rise from the outermost in (an item nests only at or past
    // its parent's text, and its own text starts past its marker), so a binary search finds the
    // innermost one at or left of `columns`: a walk from the innermost cost the nesting depth
    // for every HTML block, up to the square root of the note's size each.
    const open = this.open;
    let low = 0;
    let high = open.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const text = open[middle] ?? 0;
      if (text <= columns) {
        found = text;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }

  /** A top-level list item on line `n`, `columns` in: a new outermost item unless nested under the last. */
  item(n: number, columns: number): void {
    if (!this.inList || columns <= this.listIndent || columns < this.contentColumn()) {
      this.listLine = n;
      this.listIndent = columns;
      this.listContent = -1;
    }
    this.inList = true;
  }

  /** A quote line: less indented than the item's text, it ends the list. */
  quote(line: string): void {
    if (this.inList && indentColumns(line, 0, indentLength(line)) < this.contentColumn()) this.inList = false;
  }

  /** A rule (`---`) less indented than the item's text ends the list. */
  rule(columns: number): void {
    if (this.inList && columns < this.contentColumn()) this.inList = false;
  }

  /**
   * Whether a top-level line on `n` that is no item stays in the list (`afterBlank`: a blank
   * line above). Under a blank line or an item's code it must be indented as far as the
   * item's text: code has no lazy lines, so `text` under it at the margin is a new paragraph.
   */
  continues(n: number, columns: number, afterBlank: boolean): boolean {
    return this.inList && (!(afterBlank || this.codeLine === n - 1) || columns >= this.contentColumn());
  }
}
