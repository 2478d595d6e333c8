// The time-scaling fuzzer: grammar-generated inputs (tests/fuzz/grammar.ts) for every
// part of the core that reads user text (tests/fuzz/targets.ts), each measured at n and
// 4n (tests/support/growth.ts). Time growing more than LIMIT times fails: linear code
// grows about 4 times, quadratic 16. `npm test` runs four shape kinds per target with
// fixed seeds (a few seconds); `npm run fuzz` runs many random seeds per target and
// prints the worst ratio per target. A failure names the seed and kind: rebuild the input
// with shapeFor(seed, kind) and turn it into a regression test.
import { afterAll, describe, expect, it } from "vitest";
import { SHAPE_NAMES, shapeFor, type Shape } from "./grammar";
import { TARGETS, type Target } from "./targets";
import { measureGrowth } from "../support/growth";

const LIMIT = 6;
const FULL = process.env.FUZZ === "full";
/** Random seeds per target in a full run (`FUZZ_RUNS=200 npm run fuzz` for more). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
/** A full run starts at this seed (`FUZZ_SEED`), so runs can cover new ground. */
const FIRST_SEED = Number(process.env.FUZZ_SEED ?? 1);
/** n, in characters of generated text; 4n is measured against it. */
const SIZE = FULL ? 2000 : 1000;
/**
 * How far n may be scaled up to take measurable time: 4n stays at 64,000 characters.
 * Past a few hundred thousand, the garbage collector alone makes a run that keeps what it
 * allocates grow faster than linearly (tests/support/growth.ts).
 */
const MAX_COPIES = FULL ? 8 : 16;
/** Shape kinds per target in a quick run, taken in turn so every kind meets several targets. */
const QUICK_KINDS = 4;

interface Result {
  target: string;
  shape: string;
  ratio: number;
  /** Time for n, ms: under 0.05 the ratio says little (the input was handled too fast to time). */
  smallMs: number;
}
const results: Result[] = [];

/** The shapes a target is measured on: a few kinds with fixed seeds, or many random ones. */
function shapesFor(targetIndex: number): Shape[] {
  if (FULL) return Array.from({ length: RUNS }, (_, i) => shapeFor(FIRST_SEED + 7919 * targetIndex + i));
  return Array.from({ length: QUICK_KINDS }, (_, i) => {
    const k = (targetIndex + 2 * i) % SHAPE_NAMES.length;
    return shapeFor(101 * targetIndex + k + 1, SHAPE_NAMES[k]);
  });
}

/** The best of up to three measurements, stopping at the first under the limit. */
function measure(target: Target, shape: Shape): { ratio: number; smallMs: number } {
  let best = { ratio: Infinity, smallMs: 0 };
  for (let attempt = 0; attempt < 3 && best.ratio >= LIMIT; attempt++) {
    const result = measureGrowth((input) => target.run(input), (n, copies) => target.input(shape, n * copies), SIZE, MAX_COPIES);
    if (result.ratio < best.ratio) best = result;
  }
  return best;
}

describe.each(TARGETS.map((target, index) => ({ target, index, name: target.name })))("$name", ({ target, index }) => {
  it.each(shapesFor(index).map((shape) => ({ shape, description: shape.description })))("$description", ({ shape }) => {
    const { ratio, smallMs } = measure(target, shape);
    results.push({ target: target.name, shape: shape.description, ratio, smallMs });
    expect(ratio, `${target.name}, ${shape.description}: 4n took ${ratio.toFixed(1)}× as long as n`).toBeLessThan(LIMIT);
  });
});

afterAll(() => {
  if (!FULL) return;
  const worst = new Map<string, Result>();
  for (const result of results) {
    const seen = worst.get(result.target);
    if (!seen || result.ratio > seen.ratio) worst.set(result.target, result);
  }
  const tooFast = (target: string) => results.filter((r) => r.target === target && r.smallMs < 0.05).length;
  const lines = [...worst.values()].map(
    (r) => `  ${r.target.padEnd(32)} ${r.ratio.toFixed(2).padStart(6)}×  ${r.shape}${tooFast(r.target) > 0 ? `  [${tooFast(r.target)} too fast to time]` : ""}`,
  );
  process.stdout.write(`Worst n→4n time ratio per target (${results.length} inputs, limit ${LIMIT}×):\n${lines.join("\n")}\n`);
});
