// `npm run office-hours -- …`: bundles the command-line tool from src/ (about 0.1 s with
// esbuild, so there is no stale build to forget) and runs it.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "dist", "cli.mjs");
await build({
  entryPoints: [join(root, "src", "cli", "bin.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile,
  logLevel: "error",
});
await import("../dist/cli.mjs");
