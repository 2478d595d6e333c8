// `npm run bench`: every performance figure of the project, measured side by side in
// one run. Vaults are generated once under .bench/ (git-ignored) and reused.
import { statSync } from "node:fs";
import { join } from "node:path";
import { ensureVault } from "./generate";
import { benchHeap, benchScan } from "./core-bench";
import { benchSnippets } from "./snippet-bench";
import { row } from "./measure";
import { benchBrowser } from "./browser-bench";
import { benchLiveCore } from "./live-core-bench";
import { benchDetect } from "./detect-bench";
import { benchGuests } from "./guests-bench";

const root = process.argv[2] ?? ".";
const fixtures = join(root, "tests", "fixtures", "real-notes");
const lines: string[] = ["Office Hours benchmark", `node ${process.version}, ${new Date().toISOString().slice(0, 10)}`, ""];
const small = ensureVault(join(root, ".bench"), fixtures, 100);
const large = ensureVault(join(root, ".bench"), fixtures, 10_000);
benchScan(small, lines);
benchScan(large, lines);
benchHeap(large, lines);
benchDetect(large, lines);
benchSnippets(fixtures, lines);
benchLiveCore(lines);
lines.push("");
benchGuests(lines);
lines.push("");
await benchBrowser(lines);
const size = statSync(join(root, "main.js")).size;
lines.push(row("main.js, minified", `${(size / 1024).toFixed(1)} KB`, "goal ≤ 50 KB"));
process.stdout.write(lines.join("\n") + "\n");
