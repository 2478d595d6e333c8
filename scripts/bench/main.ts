// `npm run bench`: every performance figure of the project, measured side by side in
// one run. Vaults are generated once under .bench/ (git-ignored) and reused.
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
benchGuests(lines);
lines.push("");
await benchBrowser(lines, realNoteTexts(fixtures));
lines.push("");
await benchBundle(root, lines);
process.stdout.write(lines.join("\n") + "\n");
