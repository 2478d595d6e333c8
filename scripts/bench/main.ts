// `npm run bench`: every performance figure of the project, measured side by side in
// one run. Vaults are generated once under .bench/ (git-ignored) and reused. Where the
// run's own time went goes to stderr, so the figures on stdout stay pasteable.
import { join } from "node:path";
import { ensureVault, realNoteTexts } from "./generate";
import { benchHeap, benchProcesses, benchRss, benchScan } from "./core-bench";
import { benchSnippets } from "./snippet-bench";
import { benchBrowser } from "./browser-bench";
import { benchLiveCore } from "./live-core-bench";
import { benchDetect } from "./detect-bench";
import { benchGuests } from "./guests-bench";
import { benchAgenda } from "./agenda-bench";
import { benchBundle } from "./bundle-bench";
import { spreads } from "./measure";

const root = process.argv[2] ?? ".";
const fixtures = join(root, "tests", "fixtures", "real-notes");
const lines: string[] = ["Office Hours benchmark", `node ${process.version}, ${new Date().toISOString().slice(0, 10)}`, ""];
const spent: string[] = [];
async function section<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const taken = spreads.length;
  const result = await run();
  if (spreads.length > taken) spreads.splice(taken, spreads.length - taken, `${name}: ${spreads.slice(taken).join(", ")}`);
  spent.push(`${name} ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

const vault = (count: number) => ensureVault(join(root, ".bench"), fixtures, count);
const { small, large, huge } = await section("vaults", () => ({ small: vault(100), large: vault(10_000), huge: vault(100_000) }));
await section("scan 100", () => benchScan(small, lines));
await section("scan 10,000", () => benchScan(large, lines));
await section("processes", () => benchProcesses(root, large, lines));
await section("peak RSS", () => benchRss(root, huge, 100_000, lines));
lines.push("");
await section("heap", () => benchHeap(large, fixtures, lines));
await section("detect", () => benchDetect(large, lines));
await section("snippets", () => benchSnippets(fixtures, lines));
await section("live core", () => benchLiveCore(lines));
await section("agenda", () => benchAgenda(lines));
lines.push("");
await section("guests", () => benchGuests(lines));
lines.push("");
await section("Chromium", () => benchBrowser(lines, realNoteTexts(fixtures)));
lines.push("");
await section("main.js", () => benchBundle(root, lines));
process.stdout.write(lines.join("\n") + "\n");
process.stderr.write(`bench sections: ${spent.join(", ")}\nspreads (fastest/slowest run against the median, rounds): ${spreads.join("; ")}\n`);
