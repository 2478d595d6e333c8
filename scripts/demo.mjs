// `npm start`: build the plugin, make (or complete) demo-vault/ with it installed and
// enabled, then print the vault report. Safe to run again: see src/cli/demo-vault.ts.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const steps = [
  ["esbuild.config.mjs", "production"],
  ["scripts/cli.mjs", "demo", "demo-vault"],
  ["scripts/cli.mjs", "status", "demo-vault"],
];
for (const args of steps) {
  // The demo vault lives in the repository, whatever folder npm was started from.
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env: { ...process.env, INIT_CWD: root } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
