// `npm run fuzz`: the time-scaling fuzzer (tests/fuzz/) with many random seeds per target
// instead of the few fixed shapes `npm test` runs. FUZZ_RUNS (seeds per target, default
// 40) and FUZZ_SEED (first seed, default 1) choose the ground to cover.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
const run = spawnSync(process.execPath, [vitest, "run", "--project", "unit", "tests/fuzz"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, FUZZ: "full" },
});
process.exit(run.status ?? 1);
