// Timing helpers: every figure is the median of several runs, and ratios compare runs
// made side by side in the same process, so the machine's speed cancels out.
export function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Run each function `rounds` times, interleaved (a, b, a, b …), and give each median in ms.
 * No collection is forced between runs: after a forced full collection the heap starts
 * small again and the next run pays for growing it (the cold scan measured 1.9× slower).
 */
export function sideBySide(rounds: number, fns: Record<string, () => void>): Record<string, number> {
  const times: Record<string, number[]> = {};
  for (const name of Object.keys(fns)) times[name] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(fns)) times[name]?.push(time(fn));
  }
  const result: Record<string, number> = {};
  for (const [name, list] of Object.entries(times)) {
    result[name] = median(list);
    spreads.push(`${name} ${spread(list)} of ${list.length}`);
  }
  return result;
}

/**
 * Every sideBySide measure's spread, in the order taken: the fastest and slowest run
 * against the median (-3%/+12%). The bench prints them on stderr, so the number of rounds
 * can be judged from the run itself (fewer rounds only where the spread is small).
 */
export const spreads: string[] = [];

function spread(list: number[]): string {
  const mid = median(list);
  const pct = (value: number) => `${value >= mid ? "+" : ""}${(((value - mid) / Math.max(mid, 1e-9)) * 100).toFixed(0)}%`;
  return `${pct(Math.min(...list))}/${pct(Math.max(...list))}`;
}

export function fmt(ms: number): string {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`;
}

export function row(label: string, value: string, goal = ""): string {
  return `  ${label.padEnd(58)} ${value.padStart(14)}${goal ? `   ${goal}` : ""}`;
}
