// `npm start`: build the plugin, make (or complete) demo-vault/ with it installed and
// enabled, then print the vault report. Safe to run again: see src/cli/demo-vault.ts.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// The report as wide as the terminal it is read in (80 columns cut the demo's titles and
// guests to a few letters); piped into a file or a log it keeps the tool's default.
const columns = process.stdout.isTTY ? process.stdout.columns : 0;
const width = columns >= 40 ? ["--width", String(Math.min(columns, 9999))] : [];
const steps = [
  ["esbuild.config.mjs", "production"],
  ["scripts/cli.mjs", "demo", "demo-vault"],
  ["scripts/cli.mjs", "status", "demo-vault", ...width],
];
for (const args of steps) {
  // The demo vault lives in the repository, whatever folder npm was started from.
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env: { ...process.env, INIT_CWD: root } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
