// `npm run bench`: builds the plugin (for its size) and the benchmark, then runs it
// with the garbage collector exposed so heap figures are retained memory only.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const started = performance.now();
const step = (args) => {
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
};
step(["esbuild.config.mjs", "production"]);
// The command-line tool is measured as users run it: the prebuilt bundle.
step([join(root, "scripts", "build-cli.mjs")]);
await build({
  entryPoints: [join(root, "scripts", "bench", "main.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile: join(root, "dist", "bench.mjs"),
  logLevel: "error",
  // npm packages are loaded from node_modules at run time (esbuild and playwright cannot be bundled).
  packages: "external",
  alias: { obsidian: join(root, "tests", "host", "obsidian.ts") },
});
const built = performance.now();
step(["--expose-gc", join(root, "dist", "bench.mjs"), root]);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
process.stderr.write(`bench time: ${seconds(performance.now() - started)} (builds ${seconds(built - started)})\n`);
