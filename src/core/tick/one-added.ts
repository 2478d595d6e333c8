// A tick refused because more lines read as the item than when the list was drawn (a
// copy typed or pasted anywhere, a twin under its own heading) can still land when the
// note is the very note the list was drawn from with one line added, that line reading
// as the item: taking that line out gives back every line above the item and every line
// above its heading and below it (sides.ts), so every line but the item's, and the item's
// reads as it did. To anyone comparing the two texts, the item is then where it was, the
// added line is the copy: any other story (the item moved away, a copy made in its place)
// takes more edits than one line typed. When the added line can be either of two lines
// that read alike (a copy typed right next to the item, or next to a twin), taking out
// either gives back the same note with the item on different lines: refused, as before.
//
// Ticks6 refused every tick with a copy more, since the item moved away with its section
// and a copy made in its place (seed 270520812) can be the same text as a copy typed
// elsewhere with other lines changed. This gives back only the ticks where nothing else
// changed, which no such story can produce with fewer edits.
import type { TaskRef } from "./task-ref";
import { lineSums, sidesWithout } from "./sides";
import { twinKey } from "./structure";
import { hashText } from "./hash";
import { splitLines, stripBom } from "../text/lines";
import { scanBody } from "../note/scan";
import { bodyStartOf } from "../note/frontmatter";

/**
 * The line the ref's item is on when `text` is the ref's note with one line reading as
 * the item added, and that line is still an item to the reader; otherwise null. Only
 * read for a tick that was refused. Linear in the lines, plus O(log n) per line reading
 * as the item.
 */
export function oneCopyAdded(text: string, ref: TaskRef): number | null {
  const key = twinKey(ref.raw);
  if (key === null) return null;
  const lines = splitLines(stripBom(text));
  // Every line that reads as the item, item or not (code, comments: TaskRef.hidden).
  const copies: number[] = [];
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] ?? "";
    // A line reading as the key has its length, or one more (a status of two UTF-16 units).
    if ((line.length === key.length || line.length === key.length + 1) && line.includes("[") && twinKey(line) === key) copies.push(n);
  }
  if (copies.length !== ref.copies + ref.hidden + 1) return null;
  const sums = lineSums(lines.length, (n) => hashText(lines[n] ?? ""));
  const heading = ref.line - ref.offset;
  let found: number | null = null;
  for (const q of copies) {
    // Without line q, the item is on ref.line: here on that line, or one further down.
    const at = ref.line < q ? ref.line : ref.line + 1;
    if (lines[at] !== ref.raw) continue;
    const sides = sidesWithout(sums, q, heading, ref.line);
    if (sides.above !== ref.above || sides.outside !== ref.outside) continue;
    // Two lines whose removal gives back the note, with the item on two lines: which is the copy is unclear.
    if (found !== null && found !== at) return null;
    found = at;
  }
  if (found === null) return null;
  const line = found;
  // Still an item where it stands (the line typed can make code or a heading of the lines after it).
  return scanBody(lines, bodyStartOf(lines), { fields: false, templateTags: false }).tasks.some((t) => t.line === line) ? line : null;
}
