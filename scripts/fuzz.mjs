// `npm run fuzz`: the long versions of the randomised checks `npm test` runs briefly.
//   1. The time-scaling fuzzer (tests/fuzz/): many random seeds per target instead of the
//      fixed shapes. FUZZ_RUNS (seeds per target, default 40) and FUZZ_SEED (first seed,
//      default 1) choose the ground to cover.
//   2. The tick race (tests/core/tick-race.test.ts): N times the cases `npm test` runs
//      (`npm run fuzz -- N`, default 10), with the refusal rate per edit kind printed.
//   3. Every test once more with fresh fast-check seeds (`npm test` replays a fixed one).
// A few minutes on two cores; fails when either fails.
//
// `npm run fuzz -- N race R`: only the tick race, R rounds (default 1) of N times its
// cases, each with a fresh fast-check seed (printed with any counterexample, to replay
// with FC_SEED), stopping at the first failure. The last races were found this way: a
// round of N=30 is about 3.6 million cases, a few minutes on a quiet machine.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const times = Number(process.argv[2] ?? "10");
const only = process.argv[3];
const rounds = Number(process.argv[4] ?? "1");
if (!(times >= 1) || (only !== undefined && only !== "race") || !(rounds >= 1)) {
  console.error("usage: npm run fuzz -- [how many times npm test's tick-race cases, default 10] [race [rounds, default 1]]");
  process.exit(2);
}
const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
const run = (args, env) => spawnSync(process.execPath, [vitest, "run", ...args], { cwd: root, stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;

const race = (env = {}) =>
  run(["--project", "unit", "tests/core/tick-race.test.ts", "--testTimeout=0"], {
    TICK_RACE_RUNS: String(Math.round(30000 * times)),
    TICK_RACE_CASES: String(Math.round(100000 * times)),
    TICK_RACE_REAL_RUNS: String(Math.round(2000 * times)),
    TICK_RACE_REPORT: "1",
    ...env,
  });
if (only === "race") {
  // A fixed FC_SEED replays one run; otherwise every round draws its own seed.
  const fresh = process.env.FC_SEED === undefined ? { FC_RANDOM: "1" } : {};
  for (let round = 1; round <= rounds; round++) {
    process.stdout.write(`tick race, round ${round} of ${rounds}\n`);
    const status = race(fresh);
    if (status !== 0) process.exit(status);
  }
  process.exit(0);
}
const scaling = run(["--project", "unit", "tests/fuzz"], { FUZZ: "full" });
const raced = race();
const fresh = run([], { FC_RANDOM: "1" });
process.exit([scaling, raced, fresh].find((status) => status !== 0) ?? 0);
