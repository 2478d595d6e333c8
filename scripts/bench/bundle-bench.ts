// main.js: its size, what the size is made of, and what it costs when Obsidian loads it.
// The size goal (≤ 60 KB gzipped) stands for load time on a phone, so the load itself is
// measured too: V8 compiling the bundle and evaluating its top level, as Obsidian does
// when it enables the plugin (before onload runs).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compileFunction } from "node:vm";
import { spawnSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { median, row } from "./measure";
import { releaseOptions } from "./release-options";

const KB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Minified bytes per part of the bundle, from esbuild's own account of the same build. */
async function composition(root: string): Promise<Map<string, number>> {
  const result = await build({ ...releaseOptions(), absWorkingDir: root, metafile: true, write: false, outfile: "main.js", logLevel: "silent" });
  const parts = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const part = input.includes("node_modules/") ? "date-fns and @date-fns/tz" : input.split("/").slice(0, 3).join("/").replace(/\.ts$/, "");
      parts.set(part, (parts.get(part) ?? 0) + bytesInOutput);
    }
  }
  return parts;
}

/** Compile and evaluate the bundle once, as a CommonJS module with `obsidian` stubbed (nothing of it runs at load). */
function loadOnce(code: string): { compile: number; evaluate: number } {
  const stub: unknown = new Proxy(function () {}, {
    get: (_target, key) => (key === "prototype" ? {} : stub),
    apply: () => stub,
    construct: () => ({}),
  });
  const start = performance.now();
  const fn = compileFunction(code, ["module", "exports", "require"]) as (module: object, exports: object, require: () => unknown) => void;
  const compiled = performance.now();
  const module = { exports: {} as Record<string, unknown> };
  fn(module, module.exports, () => stub);
  const evaluated = performance.now();
  if (typeof module.exports.default !== "function") throw new Error("main.js did not export the plugin class");
  return { compile: compiled - start, evaluate: evaluated - compiled };
}

export async function benchBundle(root: string, lines: string[]): Promise<void> {
  const main = readFileSync(join(root, "main.js"));
  const code = main.toString("utf8");
  lines.push("main.js (the plugin as Obsidian loads it)");
  lines.push(row("minified", KB(main.length)));
  lines.push(row("minified and gzipped", KB(gzipSync(main, { level: 9 }).length), "goal ≤ 60 KB"));
  const parts = [...(await composition(root)).entries()];
  const total = parts.reduce((sum, [, bytes]) => sum + bytes, 0);
  const byArea = new Map<string, number>();
  for (const [part, bytes] of parts) {
    const area = part.startsWith("date-fns") ? part : part.split("/").slice(0, 2).join("/");
    byArea.set(area, (byArea.get(area) ?? 0) + bytes);
  }
  for (const [area, bytes] of [...byArea.entries()].sort((a, b) => b[1] - a[1])) {
    lines.push(row(`  ${area}`, `${KB(bytes)} (${Math.round((bytes / total) * 100)}%)`));
  }
  const largest = parts.filter(([part]) => part.startsWith("src/")).sort((a, b) => b[1] - a[1]).slice(0, 6);
  lines.push(`    largest folders: ${largest.map(([part, bytes]) => `${part.replace(/^src\//, "")} ${KB(bytes)}`).join(", ")}`);
  // A fresh V8 compile each round (compileFunction does not share a code cache between calls).
  const rounds = Array.from({ length: 9 }, () => loadOnce(code));
  const compile = median(rounds.map((r) => r.compile));
  const evaluate = median(rounds.map((r) => r.evaluate));
  lines.push(row("load: V8 compiles main.js (median of 9)", `${compile.toFixed(2)} ms`));
  lines.push(row("load: its top level runs (classes, constants)", `${evaluate.toFixed(2)} ms`));
  lines.push(row("  per 100 KB minified", `${(((compile + evaluate) / main.length) * 100 * 1024).toFixed(2)} ms`));
  // The rounds above run in one process: from the second on, whatever the top level does
  // for the first time in a process (Intl's data, a regex's first compile) is already done.
  // Obsidian loads main.js once per start: this is that load, in fresh processes.
  const cold = Array.from({ length: 7 }, () => coldLoad(join(root, "main.js")));
  lines.push(row("load in a fresh process: compile (median of 7)", `${median(cold.map((r) => r.compile)).toFixed(2)} ms`));
  lines.push(row("load in a fresh process: top level", `${median(cold.map((r) => r.evaluate)).toFixed(2)} ms`));
}

/** Compile and run main.js once in a new Node process (Node's first Intl use included), as loadOnce does. */
function coldLoad(file: string): { compile: number; evaluate: number } {
  const script = `
    const { compileFunction } = require("node:vm");
    const code = require("node:fs").readFileSync(${JSON.stringify(file)}, "utf8");
    const stub = new Proxy(function () {}, { get: (_t, k) => (k === "prototype" ? {} : stub), apply: () => stub, construct: () => ({}) });
    const start = performance.now();
    const fn = compileFunction(code, ["module", "exports", "require"]);
    const compiled = performance.now();
    const module = { exports: {} };
    fn(module, module.exports, () => stub);
    process.stdout.write(JSON.stringify({ compile: compiled - start, evaluate: performance.now() - compiled }));`;
  const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`main.js did not load in a fresh process: ${run.stderr}`);
  return JSON.parse(run.stdout) as { compile: number; evaluate: number };
}
