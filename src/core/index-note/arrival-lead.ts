// The list marker of a line the merge adds (an episode not listed yet), taken from the list
// it goes into. newLine writes "- "; in a numbered list ("1. ", "2. ") that line is another
// list in Markdown, which cuts the numbered one in two (reading view restarts it), and in a
// list written with "*" or "+" it changes the bullets. The rule:
//   - the nearest list line above it in its section, else the nearest below, gives the
//     indentation, the marker and the space after it;
//   - a bullet ("-", "*", "+") is copied;
//   - a number is the one above plus one, with the same "." or ")" (the first line of a
//     list takes the number of the line below it). The user's lines are never renumbered:
//     a number may repeat ("2." added between "1." and "2."), which Markdown allows and
//     reading view numbers in order anyway;
//   - with no list line in the section, "- " stays.
// Only lines the merge adds: a user's line that moves (upcoming, now past) keeps the
// marker it was written with.
import { readListLine } from "./list-items";
import type { Item } from "./list-sections";

/** Indentation, marker (bullet, or number and delimiter) and the space after it. */
const LEAD_PARTS = /^(\s*)(?:([-*+])|(\d{1,9})([.)]))([ \t]+)$/;

/** A lead like `neighbour`'s for a line placed under it (`below`: the neighbour is under the line instead). */
export function leadLike(neighbour: string, below: boolean): string | null {
  const parts = LEAD_PARTS.exec(neighbour);
  if (!parts) return null;
  const [, indent = "", bullet, digits, delimiter = ".", gap = " "] = parts;
  if (bullet !== undefined) return `${indent}${bullet}${gap}`;
  const above = Number(digits);
  // Past nine digits it would be no list marker: the number repeats instead.
  const next = below || String(above + 1).length > 9 ? above : above + 1;
  return `${indent}${next}${delimiter}${gap}`;
}

/** `items` with the lines in `added` (placed by the merge) led like their list's lines. One pass. */
export function leadArrivals(items: readonly Item[], added: ReadonlySet<Item>): Item[] {
  if (added.size === 0) return [...items];
  const out = [...items];
  let above: string | null = null;
  let pending: number[] = [];
  const relead = (at: number, lead: string) => {
    const item = out[at];
    const line = item?.line;
    if (!item || !line) return;
    const text = `${lead}${(item.lines[0] ?? "").slice(line.lead.length)}`;
    out[at] = { ...item, lines: [text, ...item.lines.slice(1)], line: readListLine(text) };
  };
  for (let i = 0; i < out.length; i++) {
    const item = out[i];
    if (!item?.line) continue;
    if (added.has(item)) {
      if (above === null) pending.push(i);
      else {
        const lead = leadLike(above, false);
        if (lead !== null) relead(i, lead);
        above = out[i]?.line?.lead ?? above;
      }
      continue;
    }
    // The first list line of the section leads the added lines above it, numbered as it is.
    if (pending.length > 0) {
      const lead = leadLike(item.line.lead, true);
      if (lead !== null) for (const at of pending) relead(at, lead);
      pending = [];
    }
    above = item.line.lead;
  }
  return out;
}
