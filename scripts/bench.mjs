// `npm run bench`: builds the plugin (for its size) and the benchmark, then runs it
// with the garbage collector exposed so heap figures are retained memory only.
// `node scripts/bench.mjs bundle-size`: only the tables of where main.js's bytes go
// (scripts/bench/bundle-size.ts, docs/bundle-size.md).
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { releaseOptions } from "../esbuild.config.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const started = performance.now();
// The scripts below measure main.js as esbuild.config.mjs builds it (scripts/bench/release-options.ts).
const env = { ...process.env, OFFICE_HOURS_RELEASE_OPTIONS: JSON.stringify(releaseOptions) };
const step = (args) => {
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env });
  if (run.status !== 0) process.exit(run.status ?? 1);
};
const bundleScript = (entry, outfile) =>
  build({
    entryPoints: [join(root, "scripts", "bench", entry)],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: join(root, "dist", outfile),
    logLevel: "error",
    // npm packages are loaded from node_modules at run time (esbuild and playwright cannot be bundled).
    packages: "external",
    alias: { obsidian: join(root, "tests", "host", "obsidian.ts") },
  });
if (process.argv[2] === "bundle-size") {
  await bundleScript("bundle-size.ts", "bundle-size.mjs");
  step([join(root, "dist", "bundle-size.mjs"), root]);
  process.exit(0);
}
step(["esbuild.config.mjs", "production"]);
// The command-line tool is measured as users run it: the prebuilt bundle.
step([join(root, "scripts", "build-cli.mjs")]);
await bundleScript("main.ts", "bench.mjs");
const built = performance.now();
step(["--expose-gc", join(root, "dist", "bench.mjs"), root]);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
process.stderr.write(`bench time: ${seconds(performance.now() - started)} (builds ${seconds(built - started)})\n`);
