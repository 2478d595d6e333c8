// Episode numbers within one show: the next free number, duplicates and gaps.

export interface Numbering {
  highest: number | null;
  next: number;
  /** Numbers used by more than one note, each with the paths that use it. */
  duplicates: { number: number; paths: string[] }[];
  /** Missing numbers between the lowest and the highest. Capped so a typo (GOH 2500) can't flood it. */
  gaps: number[];
}

const MAX_GAPS = 50;

export function numbering(items: readonly { number: number | null; path: string }[]): Numbering {
  const byNumber = new Map<number, string[]>();
  for (const item of items) {
    if (item.number === null) continue;
    const paths = byNumber.get(item.number);
    if (paths) paths.push(item.path);
    else byNumber.set(item.number, [item.path]);
  }
  const numbers = [...byNumber.keys()].sort((a, b) => a - b);
  const lowest = numbers[0];
  const highest = numbers[numbers.length - 1];
  const duplicates = numbers
    .filter((n) => (byNumber.get(n)?.length ?? 0) > 1)
    .map((n) => ({ number: n, paths: [...(byNumber.get(n) ?? [])].sort() }));
  const gaps: number[] = [];
  if (lowest !== undefined && highest !== undefined) {
    for (let n = lowest + 1; n < highest && gaps.length < MAX_GAPS; n++) if (!byNumber.has(n)) gaps.push(n);
  }
  return { highest: highest ?? null, next: (highest ?? 0) + 1, duplicates, gaps };
}

export function padNumber(value: number, width: number): string {
  return String(value).padStart(width, "0");
}
