// Whether a line falls in one of a note's line ranges (comments, code, merge conflicts),
// asked line by line: a binary search over ranges sorted and apart, so a note of many
// ranges is not walked once per line.

/** Whether `n` lies in one of `ranges` (sorted, apart), each from `first(r)` to `last(r)` inclusive. */
export function inSortedRanges<T>(ranges: readonly T[], n: number, first: (range: T) => number, last: (range: T) => number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle];
    if (range === undefined) return false;
    if (n < first(range)) high = middle - 1;
    else if (n > last(range)) low = middle + 1;
    else return true;
  }
  return false;
}
