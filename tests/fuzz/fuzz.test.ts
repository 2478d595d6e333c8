// The time-scaling fuzzer: grammar-generated inputs (tests/fuzz/grammar.ts) for every
// part of the core that reads user text (tests/fuzz/targets.ts), each measured at n and
// 4n (tests/support/growth.ts). Time growing more than LIMIT times fails: linear code
// grows about 4 times, quadratic 16. `npm test` runs four shape kinds per target with
// fixed seeds (a few seconds); `npm run fuzz` runs many random seeds per target and
// prints the worst ratio per target. A failure names the seed and kind: rebuild the input
// with shapeFor(seed, kind), time it at more sizes (measureGrowth) and, when it is
// quadratic, turn it into a regression test. A ratio a little above the limit can also
// come from a step between two linear paths (the classifier's shortcut giving way to a
// full read at 4n) or from the garbage collector; more sizes tell them apart.
import { afterAll, describe, expect, it } from "vitest";
import { SHAPE_NAMES, shapeFor, type Shape } from "./grammar";
import { TARGETS, type Target } from "./targets";
import { bestGrowth } from "../support/growth";

const LIMIT = 6;
const FULL = process.env.FUZZ === "full";
/** Random seeds per target in a full run (`FUZZ_RUNS=200 npm run fuzz` for more). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
/** A full run starts at this seed (`FUZZ_SEED`), so runs can cover new ground. */
const FIRST_SEED = Number(process.env.FUZZ_SEED ?? 1);
/** n, in characters of generated text; 4n is measured against it. */
const SIZE = FULL ? 2000 : 1000;
/**
 * How far n may be scaled up: 4n stays at 16,000 characters in a quick run (32,000 in a
 * full one), and a run too short to time is repeated instead. Larger inputs no longer fit
 * the processor's caches, and past a few hundred thousand characters the garbage
 * collector alone grows faster than linearly: ratios of 5 to 7 for linear code.
 */
const MAX_COPIES = 4;
/** Shape kinds per target in a quick run, taken in turn so every kind meets several targets. */
const QUICK_KINDS = 4;

interface Result {
  target: string;
  shape: string;
  ratio: number;
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

function measure(target: Target, shape: Shape): number {
  return bestGrowth((input) => target.run(input), (n, copies) => target.input(shape, n * copies), SIZE, LIMIT, MAX_COPIES);
}

describe.each(TARGETS.map((target, index) => ({ target, index, name: target.name })))("$name", ({ target, index }) => {
  it.each(shapesFor(index).map((shape) => ({ shape, description: shape.description })))("$description", ({ shape }) => {
    const ratio = measure(target, shape);
    results.push({ target: target.name, shape: shape.description, ratio });
    expect(ratio, `${target.name}, ${shape.description}: 4n took ${ratio.toFixed(1)}× as long as n`).toBeLessThan(LIMIT);
  });
});

describe("the fuzzer's measurement", () => {
  it("catches quadratic code at the sizes it uses", () => {
    // Like the reader's old test for inline code, which the fuzzer found (ratio 14): for
    // every backtick, the backticks before it counted again from the start of the line.
    const quadratic: Target = {
      name: "quadratic",
      input: (shape, size) => shape.build(size),
      run: (text) => {
        const line = String(text);
        let odd = 0;
        for (let tick = line.indexOf("`"); tick >= 0; tick = line.indexOf("`", tick + 1)) {
          let before = 0;
          for (let i = line.indexOf("`"); i >= 0 && i < tick; i = line.indexOf("`", i + 1)) before++;
          odd += before % 2;
        }
        return odd;
      },
    };
    expect(measure(quadratic, shapeFor(1, "in code"))).toBeGreaterThan(LIMIT);
  });
});

afterAll(() => {
  if (!FULL) return;
  const worst = new Map<string, Result>();
  for (const result of results) {
    const seen = worst.get(result.target);
    if (!seen || result.ratio > seen.ratio) worst.set(result.target, result);
  }
  const lines = [...worst.values()].map((r) => `  ${r.target.padEnd(32)} ${r.ratio.toFixed(2).padStart(6)}×  ${r.shape}`);
  process.stdout.write(`Worst n→4n time ratio per target (${results.length} inputs, limit ${LIMIT}×):\n${lines.join("\n")}\n`);
});
