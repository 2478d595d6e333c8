// `npm run fuzz`: the long versions of the randomised checks `npm test` runs briefly.
//   1. The time-scaling fuzzer (tests/fuzz/): many random seeds per target instead of the
//      fixed shapes. FUZZ_RUNS (seeds per target, default 40) and FUZZ_SEED (first seed,
//      default 1) choose the ground to cover.
//   2. The tick race (tests/core/tick-race.test.ts): N times the cases `npm test` runs
//      (`npm run fuzz -- N`, default 10), with the refusal rate per edit kind printed.
//   3. Every test once more with fresh fast-check seeds (`npm test` replays a fixed one).
// A few minutes on two cores; fails when either fails.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const times = Number(process.argv[2] ?? "10");
if (!(times >= 1)) {
  console.error("usage: npm run fuzz -- [how many times npm test's tick-race cases, default 10]");
  process.exit(2);
}
const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
const run = (args, env) => spawnSync(process.execPath, [vitest, "run", ...args], { cwd: root, stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;

const scaling = run(["--project", "unit", "tests/fuzz"], { FUZZ: "full" });
const race = run(["--project", "unit", "tests/core/tick-race.test.ts", "--testTimeout=0"], {
  TICK_RACE_RUNS: String(Math.round(30000 * times)),
  TICK_RACE_CASES: String(Math.round(100000 * times)),
  TICK_RACE_REAL_RUNS: String(Math.round(2000 * times)),
  TICK_RACE_REPORT: "1",
});
const fresh = run([], { FC_RANDOM: "1" });
process.exit([scaling, race, fresh].find((status) => status !== 0) ?? 0);
