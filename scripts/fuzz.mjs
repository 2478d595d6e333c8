// `npm run fuzz`: the tick race test (tests/core/tick-race.test.ts) with ten times the
// cases `npm test` runs, and the refusal rate per edit kind printed. A few minutes on
// two cores. More with `npm run fuzz -- 5` (a multiple of `npm test`'s count).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const times = Number(process.argv[2] ?? "10");
if (!(times >= 1)) {
  console.error("usage: npm run fuzz -- [how many times npm test's cases, default 10]");
  process.exit(2);
}
const env = {
  ...process.env,
  TICK_RACE_RUNS: String(Math.round(30000 * times)),
  TICK_RACE_CASES: String(Math.round(100000 * times)),
  TICK_RACE_REAL_RUNS: String(Math.round(2000 * times)),
  TICK_RACE_REPORT: "1",
};
const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
const run = spawnSync(process.execPath, [vitest, "run", "tests/core/tick-race.test.ts", "--testTimeout=0"], { cwd: root, env, stdio: "inherit" });
process.exit(run.status ?? 1);
