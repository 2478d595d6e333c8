// Measuring how running time grows with input size, without wall-clock bounds: an input
// family is measured at size n and 4n, and the ratio of the two times is compared with a
// bound. Linear code takes about 4 times as long on 4n, quadratic code 16 times. CPU time
// (not wall time) of this process, the minimum of several interleaved runs, n first
// raised until the small input takes a measurable time, and up to three attempts: a busy
// machine cannot fail a linear family, while a quadratic one never gets under the bound
// (tests/core/properties.test.ts shows the check catches one).

/** Builds the input of size `n`; `copies` scales it up until it takes measurable time. */
export type Make<T = string> = (n: number, copies: number) => T;

/** Wanted time for the small input, in milliseconds: long enough to measure, short enough to run often. */
const TARGET_MS = 1;

/**
 * Milliseconds of CPU time this process spent, not wall time: on a loaded machine the
 * scheduler takes turns every few milliseconds, so wall time would count other
 * processes' work into the longer runs.
 */
export function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function best<T>(run: (input: T) => unknown, input: T, runs: number): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = cpuMs();
    run(input);
    fastest = Math.min(fastest, cpuMs() - start);
  }
  return fastest;
}

/** Time for 4n over time for n, with n scaled (by copies) until n takes about TARGET_MS. */
export function growth<T>(run: (input: T) => unknown, make: Make<T>, n: number): number {
  let copies = 1;
  best(run, make(n, copies), 3); // let the JIT settle before choosing the size
  while (copies < 256 && best(run, make(n, copies), 3) < TARGET_MS) copies *= 2;
  const small = make(n, copies);
  const big = make(4 * n, copies);
  best(run, big, 2); // the big input may take paths the small one did not warm up
  let smallBest = Infinity;
  let bigBest = Infinity;
  for (let i = 0; i < 7; i++) {
    smallBest = Math.min(smallBest, best(run, small, 1));
    bigBest = Math.min(bigBest, best(run, big, 1));
  }
  return bigBest / Math.max(smallBest, 0.05);
}

/** The lowest ratio of up to three attempts, stopping as soon as one is under `limit`. */
export function bestGrowth<T>(run: (input: T) => unknown, make: Make<T>, n: number, limit: number): number {
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= limit; attempt++) ratio = Math.min(ratio, growth(run, make, n));
  return ratio;
}

/** A family built around one line: `copies` of a line of `n` characters. */
export const perLine =
  (make: (n: number) => string): Make =>
  (n, copies) =>
    (make(n) + "\n").repeat(copies);

/** A family that grows as a whole: `copies` scales the size instead. */
export const whole =
  (make: (n: number) => string): Make =>
  (n, copies) =>
    make(n * copies);
