// Short lists sorted in place: a guest's spellings, links, shows and episodes. Split from
// summary.ts, which makes one summary for each of thousands of people.

/** Sorted in place, in UTF-16 order as sort() without a comparator. */
export function sorted(list: string[]): string[] {
  return sortShort(list, byText);
}

/** Sorted, each value once, in place: cheaper than a set per person for lists that are mostly one value repeated. */
export function sortedUnique(list: string[]): string[] {
  sorted(list);
  let kept = 0;
  for (const value of list) if (kept === 0 || list[kept - 1] !== value) list[kept++] = value;
  list.length = kept;
  return list;
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorted in place, stably. A person's lists are short, and Array.prototype.sort allocates
 * work arrays on every call: for thousands of people that was a fifth of what a build of
 * the index allocated. Short lists are sorted by insertion, long ones by sort().
 */
export function sortShort<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > 24) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(list[j] as T, item) > 0) {
      list[j + 1] = list[j] as T;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}

