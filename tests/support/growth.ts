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
 * Copies at most, by default: at 256, inputs of a million items (a million-character name,
 * a million settings entries) read 8-10 for linear code on a busy machine, the garbage
 * collector's cost and not the code's, and CI failed on them now and then. At 32 a
 * quadratic family still reads about 16.
 */
const DEFAULT_MAX_COPIES = 32;

/** Shorter timings (of all repeats together) are too short to compare: they count as this much. */
const FLOOR_MS = 0.05;

/**
 * Milliseconds of CPU time this process spent, not wall time: on a loaded machine the
 * scheduler takes turns every few milliseconds, so wall time would count other
 * processes' work into the longer runs.
 */
export function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** The shortest of `runs` timings, each of `reps` runs in a row. */
function best<T>(run: (input: T) => unknown, input: T, runs: number, reps = 1): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = cpuMs();
    for (let r = 0; r < reps; r++) run(input);
    fastest = Math.min(fastest, cpuMs() - start);
  }
  return fastest;
}

/**
 * Time for 4n over time for n, with n scaled (by copies) until n takes about TARGET_MS.
 * `maxCopies` bounds the scaling: a run that allocates many megabytes it keeps alive is
 * slowed by the garbage collector more than in proportion (pushing 320,000 short strings
 * into an array takes 13 times as long as 80,000 on this machine), and an input that no
 * longer fits the processor's caches costs more per character; neither is a property of
 * the code measured. Past maxCopies, each timing repeats the run instead.
 */
export function growth<T>(run: (input: T) => unknown, make: Make<T>, n: number, maxCopies = DEFAULT_MAX_COPIES): number {
  return measureGrowth(run, make, n, maxCopies).ratio;
}

/** Shortest times for n and 4n (ms per run) as well as their ratio. */
export function measureGrowth<T>(run: (input: T) => unknown, make: Make<T>, n: number, maxCopies = DEFAULT_MAX_COPIES): { ratio: number; smallMs: number; bigMs: number } {
  let copies = 1;
  best(run, make(n, copies), 3); // let the JIT settle before choosing the size
  let time = best(run, make(n, copies), 3);
  while (copies < maxCopies && time < TARGET_MS) {
    copies *= 2;
    time = best(run, make(n, copies), 3);
  }
  // Repeat a run too short to time on its own; the big input gets as many repeats.
  const reps = Math.min(256, Math.max(1, Math.ceil(TARGET_MS / Math.max(time, 0.001))));
  const small = make(n, copies);
  const big = make(4 * n, copies);
  best(run, big, 2); // the big input may take paths the small one did not warm up
  let smallBest = Infinity;
  let bigBest = Infinity;
  for (let i = 0; i < 7; i++) {
    smallBest = Math.min(smallBest, best(run, small, 1, reps));
    bigBest = Math.min(bigBest, best(run, big, 1, reps));
  }
  return { ratio: bigBest / Math.max(smallBest, FLOOR_MS), smallMs: smallBest / reps, bigMs: bigBest / reps };
}

/**
 * The lowest ratio of up to three attempts, stopping as soon as one is under `limit`; then,
 * if none was, two more on inputs a quarter the size. With the screenshot tests' Chromium
 * busy on the other core, a linear family whose 4n input (a quarter of a megabyte) no
 * longer shares the processor's caches read 11-17 three times in a row in the whole suite
 * and 4.2 alone: memory contention, not the code's growth. A quadratic family reads about
 * 16 at either size, so the smaller inputs cannot pass it.
 */
export function bestGrowth<T>(run: (input: T) => unknown, make: Make<T>, n: number, limit: number, maxCopies = DEFAULT_MAX_COPIES): number {
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= limit; attempt++) ratio = Math.min(ratio, growth(run, make, n, maxCopies));
  const smaller = Math.max(1, Math.floor(maxCopies / 4));
  for (let attempt = 0; attempt < 2 && ratio >= limit; attempt++) ratio = Math.min(ratio, growth(run, make, n, smaller));
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
