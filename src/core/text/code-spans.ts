// Where `inline code` sits on one line, as CommonMark (and Obsidian) reads it: a run of n
// backticks opens a span that the next run of exactly n backticks closes; a run with no
// such partner is plain text, and a backslash before a backtick outside code escapes it.
// Counting backticks for odd or even got ``a`b`` and an escaped \` wrong, and a topic
// with one backtick rendered into a template line would hide the line's real deadline.

export interface CodeSpan {
  /** The opening backticks' first character. */
  from: number;
  /** Just after the closing backticks. */
  to: number;
}

interface Run {
  at: number;
  length: number;
}

function backtickRuns(line: string, from: number): Run[] {
  const runs: Run[] = [];
  for (let at = line.indexOf("`", from); at >= 0; ) {
    let end = at;
    while (line.charCodeAt(end) === 96) end++;
    runs.push({ at, length: end - at });
    at = line.indexOf("`", end);
  }
  return runs;
}

/** For each length, the indexes of the runs that long, in order. */
function runsByLength(runs: readonly Run[]): Map<number, number[]> {
  const byLength = new Map<number, number[]>();
  runs.forEach((run, r) => {
    const list = byLength.get(run.length);
    if (list) list.push(r);
    else byLength.set(run.length, [r]);
  });
  return byLength;
}

/** The first entry of the sorted `list` greater than `r`, or -1: a binary search, as queries may go back. */
function firstAfter(list: readonly number[] | undefined, r: number): number {
  if (!list) return -1;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? Infinity) <= r) lo = mid + 1;
    else hi = mid;
  }
  return list[lo] ?? -1;
}

/**
 * Code spans read on demand, for a reader that restarts after each comment (backticks
 * inside one open nothing). `next(textFrom, at, limit)`: of the spans read from `textFrom`
 * on, the first that ends after `at` (it holds `at` when it starts at or before it) and
 * opens at or before `limit` (by default `at`: only a span holding it), or null.
 * `textFrom` and `at` never decrease between calls. Only the runs up to `limit` are passed,
 * each once per `textFrom`, and a closer is found by binary search: reading every span
 * to the end of the line again after each comment was quadratic on a line of many.
 */
export function codeSpanCursor(line: string): (textFrom: number, at: number, limit?: number) => CodeSpan | null {
  const runs = backtickRuns(line, 0);
  const byLength = runsByLength(runs);
  let from = -1;
  let r = 0;
  let current: CodeSpan | null = null;
  return (textFrom, at, limit = at) => {
    if (textFrom !== from) {
      from = textFrom;
      current = null;
      // The first run reaching past textFrom; a run cut by it counts from textFrom on.
      let lo = 0;
      let hi = runs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const run = runs[mid];
        if (run && run.at + run.length <= textFrom) lo = mid + 1;
        else hi = mid;
      }
      r = lo;
    }
    while (current === null || current.to <= at) {
      const run = runs[r];
      if (!run || run.at > limit) return null;
      const start = Math.max(run.at, from);
      const length = run.at + run.length - start;
      // Backslashes right before the run (all outside code: the span before ended earlier).
      let slashes = 0;
      while (start - slashes - 1 >= from && line.charCodeAt(start - slashes - 1) === 92) slashes++;
      const escaped = slashes % 2 === 1;
      const openAt = escaped ? start + 1 : start;
      const openLength = escaped ? length - 1 : length;
      const close = openLength === 0 ? -1 : firstAfter(byLength.get(openLength), r);
      const closer = runs[close];
      if (close < 0 || !closer) {
        r++;
        continue;
      }
      current = { from: openAt, to: closer.at + closer.length };
      r = close + 1;
    }
    return current;
  };
}

/** The line's code spans in order, reading from `from` on (see codeSpanCursor). Linear but for the closers' binary searches. */
export function codeSpans(line: string, from = 0): CodeSpan[] {
  if (line.indexOf("`", from) < 0) return [];
  const next = codeSpanCursor(line);
  const spans: CodeSpan[] = [];
  for (let span = next(from, -1, Infinity); span !== null; span = next(from, span.to, Infinity)) spans.push(span);
  return spans;
}

/**
 * Tells whether positions of the line sit inside its code spans. Positions must be asked
 * in increasing order, so one pass answers them all.
 */
export function inCodeTester(line: string): (at: number) => boolean {
  const spans = codeSpans(line);
  let k = 0;
  return (at) => {
    while (k < spans.length && (spans[k]?.to ?? 0) <= at) k++;
    const span = spans[k];
    return span !== undefined && span.from <= at;
  };
}
