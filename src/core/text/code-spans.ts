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

/**
 * The line's code spans in order, reading from `from` on (the comment reader starts again
 * after each comment: a backtick inside one opens nothing). Linear: each length's runs
 * are passed once.
 */
export function codeSpans(line: string, from = 0): CodeSpan[] {
  if (line.indexOf("`", from) < 0) return [];
  const runs = backtickRuns(line, from);
  // For each length, the indexes of the runs that long, and how far they were passed:
  // the closer sought is always further right than the last one, so no list is rescanned.
  const byLength = new Map<number, number[]>();
  runs.forEach((run, r) => {
    const list = byLength.get(run.length);
    if (list) list.push(r);
    else byLength.set(run.length, [r]);
  });
  const passed = new Map<number, number>();
  const closerAfter = (length: number, r: number): number => {
    const list = byLength.get(length) ?? [];
    let k = passed.get(length) ?? 0;
    while (k < list.length && (list[k] ?? Infinity) <= r) k++;
    passed.set(length, k);
    return list[k] ?? -1;
  };
  const spans: CodeSpan[] = [];
  let textFrom = from;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    if (!run) continue;
    // Backslashes right before the run (all outside code: the run before ended earlier).
    let slashes = 0;
    while (run.at - slashes - 1 >= textFrom && line.charCodeAt(run.at - slashes - 1) === 92) slashes++;
    const escaped = slashes % 2 === 1;
    const opener = escaped ? { at: run.at + 1, length: run.length - 1 } : run;
    if (opener.length === 0) continue;
    const close = closerAfter(opener.length, r);
    const closer = runs[close];
    if (close < 0 || !closer) continue;
    spans.push({ from: opener.at, to: closer.at + closer.length });
    r = close;
    textFrom = closer.at + closer.length;
  }
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
