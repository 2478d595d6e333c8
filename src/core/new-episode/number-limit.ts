// The largest episode number the form proposes or accepts: the largest a file name carries
// and is read back from (note/file-name.ts reads six digits, `GOH 999999`, and four after a
// season, `S01E9999`). The form used to propose the highest number plus one whatever it was,
// so after a note numbered 999999 (a typo, most often) it proposed 1000000, which its own
// check refused, and a note so named would have had no number at all.
import { hasSeason } from "../note/name-pattern";

export const MAX_NUMBER = 999_999;
export const MAX_NUMBER_IN_SEASON = 9_999;

export function largestNumber(fileNamePattern: string): number {
  return hasSeason(fileNamePattern) ? MAX_NUMBER_IN_SEASON : MAX_NUMBER;
}

/**
 * `next` when a name can carry it; otherwise the number after the highest taken one that a
 * name can carry and is free (after 1–30 and a stray 999999: 31), else the lowest free one.
 */
export function proposableNumber(next: number, taken: readonly (number | null)[], largest: number): number {
  if (next <= largest) return next;
  const used = new Set(taken.filter((n): n is number => n !== null));
  const below = [...used].filter((n) => n < largest).sort((a, b) => b - a);
  for (const n of below) if (!used.has(n + 1)) return n + 1;
  let free = 0;
  while (used.has(free)) free++;
  return free;
}
