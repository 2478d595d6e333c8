// A tick refused (a copy of the item typed or pasted anywhere, a twin under its own
// heading, a heading typed between its heading and it, a line typed into a namesake
// section...) still lands when the note is the very note the list was drawn from with
// one line added: taking that line out gives back every line above the item and every
// line above its heading and below it (sides.ts), so every line but the item's, and the
// item's reads as it did. To anyone comparing the two texts, the item is then where it
// was: any other story (the item moved away, a copy made in its place) takes more edits
// than one line typed. When the line added reads as the item, right next to it, taking
// out either of the two gives back the note with the item on different lines: refused.
//
// Ticks6 refused every tick with a copy more, since the item moved away with its section
// and a copy made in its place (seed 270520812) can be the same text as a copy typed
// elsewhere with other lines changed. This gives back only the ticks where nothing else
// changed, which no such story can produce with fewer edits.
import type { TaskRef } from "./task-ref";
import { aboveOf, lineSums, sidesWithout } from "./sides";
import { hashText } from "./hash";
import { splitLines, stripBom } from "../text/lines";
import { scanBody } from "../note/scan";
import { bodyStartOf } from "../note/frontmatter";

/**
 * The line the ref's item is on when `text` is the ref's note with one line added, and
 * that line is still an item to the reader; otherwise null. Only read for a tick that was
 * refused. O(n log n): each line is tried as the one added in O(log n).
 */
export function oneLineAdded(text: string, ref: TaskRef): number | null {
  const lines = splitLines(stripBom(text));
  const sums = lineSums(lines.length, (n) => hashText(lines[n] ?? ""));
  const heading = ref.line - ref.offset;
  // The line added below the item (it stays on its line): every line above it as it was.
  let below = false;
  if (lines[ref.line] === ref.raw && aboveOf(sums, ref.line) === ref.above) {
    for (let q = ref.line + 1; q < lines.length && !below; q++) below = sidesWithout(sums, q, heading, ref.line).outside === ref.outside;
  }
  // Or above it, or right above it (it moves one line down).
  let above = false;
  if (lines[ref.line + 1] === ref.raw) {
    for (let q = 0; q <= ref.line && !above; q++) {
      const sides = sidesWithout(sums, q, heading, ref.line);
      above = sides.above === ref.above && sides.outside === ref.outside;
    }
  }
  // Both: the line added reads as the item, right next to it; either can be the item.
  if (below === above) return null;
  const line = below ? ref.line : ref.line + 1;
  // Still an item where it stands (the line typed can make code, a comment or a heading of the lines after it).
  return scanBody(lines, bodyStartOf(lines), { fields: false, templateTags: false }).tasks.some((t) => t.line === line) ? line : null;
}
