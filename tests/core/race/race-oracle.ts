// When may a tick land on a line other than the one the test tracked as the target?
//
// Only when the text cannot tell them apart. The tracked history is one explanation
// of how the note got from its old text to its new one; but "delete the item, then
// type the same item back at the same place" leaves the very same bytes as "do
// nothing", and no algorithm can see which happened. So the oracle asks: can the new
// text be explained, with line L as the target, by no more edits than were really made?
// An explanation may insert, delete or replace lines (a tick is a replacement), move
// one section (before or after the line edits, or one of each), and move the target line itself, each
// costing one edit. If such an explanation exists, landing on L is what a reader of the
// two texts would also call "the same item", and it is not counted wrong; otherwise it
// is. Edits are counted on the lines the text has (editCost).
//
// The explanations searched are a subset of all possible ones, so the oracle errs on
// the strict side: it may call a tick wrong that a cleverer explanation would excuse,
// never the other way round. Refusing is always allowed.

/**
 * How many edits one edit of the model made to the text's lines (textLines in
 * race-note.ts). One, as a rule (a line ending change: none); but an edit that hides or
 * shows an empty last line changes the text by more or less than its one model line:
 * deleting "b" from "a", "", "b" leaves "a\n", two lines fewer. The race found a tick
 * called wrong after such an edit that the text's real changes explained; counting the
 * model's edits there under-counts or over-counts, and an over-count would excuse too much.
 */
export function editCost(kind: string, was: readonly string[], now: readonly string[], hiddenChanged: boolean): number {
  if (kind === "lineEndings") return 0;
  if (!hiddenChanged) return 1;
  // A section moved past the hidden line shows it, or one moved from the end hides it:
  // the move and that one line, if the lines do not tell of fewer.
  return kind === "moveSection" ? Math.min(2, distance(was, now)) : distance(was, now);
}

/** Line edit distance (insert, delete, replace: 1 each) between two line lists. */
export function distance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + same));
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** Cheapest explanation that keeps line `t` of `before` as line `l` of `after`. */
function keeping(before: readonly string[], t: number, after: readonly string[], l: number): number {
  if (before[t] !== after[l]) return Infinity;
  const inPlace = distance(before.slice(0, t), after.slice(0, l)) + distance(before.slice(t + 1), after.slice(l + 1));
  // Or the target line alone was moved (cut and pasted) to its new place.
  const moved = 1 + distance([...before.slice(0, t), ...before.slice(t + 1)], [...after.slice(0, l), ...after.slice(l + 1)]);
  return Math.min(inPlace, moved);
}

function headingLevel(text: string): number {
  return /^(#{1,6}) /.exec(text)?.[1]?.length ?? 0;
}

/** Where the section whose heading is line `from` ends: the next heading of its level or higher. */
function sectionEnd(lines: readonly string[], from: number): number {
  const level = headingLevel(lines[from] ?? "");
  let end = from + 1;
  while (end < lines.length && !(headingLevel(lines[end] ?? "") > 0 && headingLevel(lines[end] ?? "") <= level)) end++;
  return end;
}

/**
 * Every note obtained by moving one section (heading and what is under it) elsewhere,
 * with where `t` went. With `reversible`, only the moves that leave the block a whole
 * section where it lands, so that moving it back is a section move too.
 */
function sectionMoves(lines: readonly string[], t: number, reversible = false): { lines: string[]; t: number }[] {
  const moves: { lines: string[]; t: number }[] = [];
  lines.forEach((text, from) => {
    if (headingLevel(text) === 0) return;
    const whole = sectionEnd(lines, from);
    // Undoing a move: the section moved may have landed above a subheading of another
    // section, which then reads as its own ("# A", moved in front of "## B", takes "## B"
    // in): so the block to move back may end at any heading inside the section it now
    // heads. The race found such a move, which the whole sections alone did not explain.
    const ends = reversible ? [...lines.slice(from + 1, whole).flatMap((l, i) => (headingLevel(l) > 0 ? [from + 1 + i] : [])), whole] : [whole];
    for (const end of ends) {
      const rest = [...lines.slice(0, from), ...lines.slice(end)];
      const block = lines.slice(from, end);
      for (let to = 0; to <= rest.length; to++) {
        if (to === from) continue;
        const moved = [...rest.slice(0, to), ...block, ...rest.slice(to)];
        if (reversible && sectionEnd(moved, to) !== to + block.length) continue;
        const tInRest = t < from ? t : t >= end ? t - (end - from) : -1;
        const newT = tInRest < 0 ? to + (t - from) : tInRest < to ? tInRest : tInRest + block.length;
        moves.push({ lines: moved, t: newT });
      }
    }
  });
  return moves;
}

/**
 * True when `after` (line L being the target) is explained by at most `budget` edits
 * from `before` (line t being the target). A section may be moved first, or last: the
 * race found a section made by an edit (a line edited into a heading) and then moved,
 * which no move of the old text explains; undoing a move of the new text does.
 */
export function indistinguishable(before: readonly string[], t: number, after: readonly string[], l: number, budget: number, searchMoves = true): boolean {
  if (keeping(before, t, after, l) <= budget) return true;
  if (budget < 1 || !searchMoves) return false;
  const first = sectionMoves(before, t);
  if (first.some((m) => 1 + keeping(m.lines, m.t, after, l) <= budget)) return true;
  const last = sectionMoves(after, l, true);
  if (last.some((m) => 1 + keeping(before, t, m.lines, m.t) <= budget)) return true;
  // Two moves, one first and one last: seed 223166723 moved two of four identical
  // "### Social" sections. The text was then explained, with the first one's item still
  // the item, by two other moves as well as by the real ones; only the hidden id told
  // them apart, and no reader of the note could. Searched last, as it is the slowest.
  if (budget < 2) return false;
  return first.some((m) => last.some((n) => 2 + keeping(m.lines, m.t, n.lines, n.t) <= budget));
}
