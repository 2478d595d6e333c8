// Where a Markdown link's destination ends (`[text](destination)`), read for every `](`
// of a text in one linear pass in all. Each search for a closer is remembered: a text of
// "[](" or "[a](<" repeated asks for a `)` or `>` that never comes at every bracket, and
// asking the rest of the text again each time made filling a 240 KB snippet take seconds.

/** The first `needle` at or after a position, remembered: right for any position, one pass when asked from positions that grow. */
export function nextIndex(text: string, needle: string): (from: number) => number {
  let searched = Infinity;
  let found = -1;
  return (from) => {
    // The answer from an earlier start still holds when nothing lies between that start and here.
    if (from < searched || (found >= 0 && found < from)) {
      searched = from;
      found = text.indexOf(needle, from);
    }
    return found;
  };
}

export interface Destination {
  /** Just after the link's closing `)`. */
  end: number;
  /** The `{{` of each placeholder in the destination. */
  placeholders: number[];
}

/**
 * A failed walk, kept: the walk from any position it passed reads the same characters
 * from there (at its own depth), so it closes at the first `)` at that depth, or fails
 * where this one did.
 */
interface DeadEnd {
  start: number;
  /** The parenthesis depth before each position the walk stood on (-1: inside a placeholder or escape). */
  depth: Int32Array;
  /** For each position the walk stood on: the `)` a walk from there closes at, or -1. */
  closeAt: Int32Array;
  /** The placeholders the walk passed, in order. */
  placeholders: number[];
}

/** `destinationAt(start)`: the destination starting at `start` (just after `](`), or null when it never closes. */
export function destinationReader(template: string): (start: number) => Destination | null {
  const next = { gt: nextIndex(template, ">"), paren: nextIndex(template, ")"), open: nextIndex(template, "{{"), close: nextIndex(template, "}}") };
  let dead: DeadEnd | null = null;

  const angle = (start: number): Destination | null => {
    const close = next.gt(start);
    const paren = close < 0 ? -1 : next.paren(close);
    if (paren < 0) return null;
    const placeholders: number[] = [];
    for (let at = next.open(start); at >= 0 && at < close; at = next.open(at + 2)) placeholders.push(at);
    return { end: paren + 1, placeholders };
  };

  const fromDeadEnd = (start: number): Destination | null | undefined => {
    if (dead === null) return undefined;
    const k = start - dead.start;
    if (k < 0 || k >= dead.depth.length || (dead.depth[k] ?? -1) < 0) return undefined;
    const close = dead.closeAt[k] ?? -1;
    if (close < 0) return null;
    return { end: close + 1, placeholders: between(dead.placeholders, start, close) };
  };

  const walk = (start: number): Destination | null => {
    const placeholders: number[] = [];
    const depths: number[] = [];
    let depth = 0;
    let j = start;
    const fail = (): null => {
      depths[j - start] = depth;
      dead = deadEnd(template, start, depths, placeholders);
      return null;
    };
    while (j < template.length) {
      depths[j - start] = depth;
      if (template.startsWith("{{", j)) {
        const close = next.close(j + 2);
        if (close < 0) return fail();
        placeholders.push(j);
        for (let k = j + 1; k < close + 2; k++) depths[k - start] = -1;
        j = close + 2;
        continue;
      }
      const c = template.charAt(j);
      if (c === ")" && depth === 0) return { end: j + 1, placeholders };
      if (/\s/.test(c)) {
        // A title may follow (`[a](url "title")`); the link closes at the next `)`.
        const paren = next.paren(j);
        return paren < 0 ? fail() : { end: paren + 1, placeholders };
      }
      if (c === "(") depth++;
      else if (c === ")") depth--;
      if (c === "\\") depths[j + 1 - start] = -1;
      j += c === "\\" ? 2 : 1;
    }
    j = Math.min(j, template.length);
    return fail();
  };

  return (start) => {
    if (template.charAt(start) === "<") return angle(start);
    const known = fromDeadEnd(start);
    return known === undefined ? walk(start) : known;
  };
}

/** The failed walk from `start`, with where a walk from each of its positions closes. */
function deadEnd(template: string, start: number, depths: number[], placeholders: number[]): DeadEnd {
  const depth = Int32Array.from({ length: depths.length }, (_, k) => depths[k] ?? -1);
  const closeAt = new Int32Array(depth.length).fill(-1);
  // Right to left: the nearest `)` standing at each depth. A walk from a position at depth
  // d closes at the first `)` at depth d after it: the depth moves by one, so it cannot
  // fall below d without passing such a `)`.
  const nearest = new Map<number, number>();
  for (let k = depth.length - 1; k >= 0; k--) {
    const d = depth[k] ?? -1;
    if (d < 0) continue;
    if (template.charAt(start + k) === ")") nearest.set(d, start + k);
    closeAt[k] = nearest.get(d) ?? -1;
  }
  return { start, depth, closeAt, placeholders };
}

/** The positions in sorted `all` from `from` up to `to`. */
function between(all: readonly number[], from: number, to: number): number[] {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((all[mid] ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let k = lo; k < all.length && (all[k] ?? Infinity) < to; k++) out.push(all[k] ?? 0);
  return out;
}
