// `npm run bench`: every performance figure of the project, measured side by side in
// one run. Vaults are generated once under .bench/ (git-ignored) and reused.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ensureVault, realNoteTexts } from "./generate";
import { benchHeap, benchProcesses, benchRss, benchScan } from "./core-bench";
import { benchSnippets } from "./snippet-bench";
import { row } from "./measure";
import { benchBrowser } from "./browser-bench";
import { benchLiveCore } from "./live-core-bench";
import { benchDetect } from "./detect-bench";
import { benchAgenda } from "./agenda-bench";

const root = process.argv[2] ?? ".";
const fixtures = join(root, "tests", "fixtures", "real-notes");
const lines: string[] = ["Office Hours benchmark", `node ${process.version}, ${new Date().toISOString().slice(0, 10)}`, ""];
const small = ensureVault(join(root, ".bench"), fixtures, 100);
const large = ensureVault(join(root, ".bench"), fixtures, 10_000);
const huge = ensureVault(join(root, ".bench"), fixtures, 100_000);
benchScan(small, lines);
benchScan(large, lines);
benchProcesses(root, large, lines);
benchRss(root, huge, 100_000, lines);
lines.push("");
benchHeap(large, fixtures, lines);
benchDetect(large, lines);
benchSnippets(fixtures, lines);
benchLiveCore(lines);
benchAgenda(lines);
lines.push("");
await benchBrowser(lines, realNoteTexts(fixtures));
const main = readFileSync(join(root, "main.js"));
lines.push(row("main.js, minified", `${(main.length / 1024).toFixed(1)} KB`));
lines.push(row("main.js, minified and gzipped", `${(gzipSync(main, { level: 9 }).length / 1024).toFixed(1)} KB`, "goal ≤ 60 KB"));
process.stdout.write(lines.join("\n") + "\n");
