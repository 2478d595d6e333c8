// `npm run office-hours -- …`: runs the prebuilt command-line tool (dist/cli.mjs, made by
// npm install and npm run build). It is rebuilt first only when a source file is newer
// than the bundle, which costs a few stat calls, not a build.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const bundle = join(root, "dist", "cli.mjs");

/** Newest modification time under `dir` (TypeScript sources), in ms. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(full));
    else if (entry.name.endsWith(".ts")) latest = Math.max(latest, statSync(full).mtimeMs);
  }
  return latest;
}

const sources = [join(root, "src", "cli"), join(root, "src", "core")];
const inputs = Math.max(...sources.map(newest), statSync(join(root, "package-lock.json")).mtimeMs);
if (!existsSync(bundle) || statSync(bundle).mtimeMs < inputs) {
  const { buildCli } = await import("./build-cli.mjs");
  await buildCli();
}
await import("../dist/cli.mjs");
