// The ways a guest's name is written across the episodes, how often, and which one is
// shown. Split from summary.ts.

// The ways a name is written and how often: a person has a handful, so two arrays searched
// in order cost less than a map made for each of thousands of people; past a few, a map
// indexes them, so a name written a thousand ways is not searched a million times. Reused
// from one summary to the next (nothing keeps them).
const WRITTEN: string[] = [];
const TIMES: number[] = [];
const WHERE = new Map<string, number>();
const SEARCHED = 16;

export function startTally(): { written: string[]; times: number[] } {
  WRITTEN.length = 0;
  TIMES.length = 0;
  if (WHERE.size > 0) WHERE.clear();
  return { written: WRITTEN, times: TIMES };
}

export function tally(name: string, by: number): void {
  let i: number;
  if (WRITTEN.length <= SEARCHED) i = WRITTEN.indexOf(name);
  else {
    if (WHERE.size === 0) WRITTEN.forEach((w, j) => WHERE.set(w, j));
    i = WHERE.get(name) ?? -1;
  }
  if (i >= 0) {
    TIMES[i] = (TIMES[i] ?? 0) + by;
    return;
  }
  if (WHERE.size > 0) WHERE.set(name, WRITTEN.length);
  WRITTEN.push(name);
  TIMES.push(by);
}


/**
 * The spelling used most often; on a tie the fullest (most words: "Dr. Ann Lee, PhD" over
 * "Ann Lee"), then the first in alphabetical order, so the choice never depends on reading order.
 */
export function mostWritten(written: readonly string[], times: readonly number[]): string {
  let best = "";
  let count = -1;
  let words = 0;
  for (let i = 0; i < written.length; i++) {
    const name = written[i] ?? "";
    const n = times[i] ?? 0;
    if (n < count) continue;
    const w = wordCount(name);
    if (n > count || w > words || (w === words && name < best)) {
      best = name;
      count = n;
      words = w;
    }
  }
  return best;
}

/** Runs of characters other than white space and commas ("Ann Lee, PhD": 3). */
function wordCount(name: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const gap = c === 32 || c === 44 || c === 9 || c === 160;
    if (!gap && !inWord) count++;
    inWord = !gap;
  }
  return count;
}
