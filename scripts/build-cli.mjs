// Builds the command-line tool into dist/cli.mjs (run by `npm run build` and by the
// `prepare` step of npm install / npm ci, and again by `npm run office-hours` when a
// source is newer than the bundle). Its YAML library is bundled here, never in main.js.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { chmod } from "node:fs/promises";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const cliBundle = join(root, "dist", "cli.mjs");

export async function buildCli() {
  await build({
    entryPoints: [join(root, "src", "cli", "bin.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: cliBundle,
    logLevel: "error",
    // The YAML library is CommonJS and requires Node's own modules: give the ES module a require.
    // The shebang first: package.json's `bin` runs this file (`npx office-hours` in a clone).
    banner: { js: '#!/usr/bin/env node\nimport { createRequire as __cliRequire } from "node:module"; const require = __cliRequire(import.meta.url);' },
  });
  // Runnable as a program where npm does not set the bit itself (`npm link`, a copied clone).
  await chmod(cliBundle, 0o755);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
