// Which body lines Obsidian shows no list item or heading on, for readers that walk a note's
// lines themselves (the live show's talking points, snippets): fenced code (its fence lines
// included), a line that starts inside a comment, and the lines of an HTML block (`<details>`
// … to the next blank line, html-block.ts). One answer, the body scan's own (scan.ts), so a
// reader of raw lines never lists an item the sidebar does not.
import { scanBody } from "./scan";

/** Whether line `n` (0-based, in the note) holds no item or heading Obsidian shows. */
export type HiddenLineTest = (n: number) => boolean;

const NOTHING_HIDDEN: HiddenLineTest = () => false;

/**
 * The hidden lines of `lines` from `start` on (the body: lines before it are the caller's).
 * A note with no fence, comment or tag marker (most) costs one search per line, no scan.
 */
export function hiddenLines(lines: readonly string[], start: number): HiddenLineTest {
  if (!mayHide(lines, start)) return NOTHING_HIDDEN;
  const scan = scanBody(lines, start, { fields: false, templateTags: false });
  if (scan.code.length === 0 && scan.hidden.length === 0 && scan.html.length === 0) return NOTHING_HIDDEN;
  const marks = new Uint8Array(lines.length);
  for (const ranges of [scan.code, scan.hidden, scan.html]) for (const range of ranges) marks.fill(1, range.from, range.to + 1);
  return (n) => marks[n] === 1;
}

/** Whether any body line holds what could hide lines: a fence (``` or ~~~), a comment (`%%`, `<!--`) or a tag's `<`. */
function mayHide(lines: readonly string[], start: number): boolean {
  for (let n = start; n < lines.length; n++) {
    const line = lines[n] ?? "";
    if (line.includes("<") || line.includes("```") || line.includes("~~~") || line.includes("%%")) return true;
  }
  return false;
}
