// The reading engine's figures: the cold scan against reading the same bytes (in process
// and as whole processes), against markdown-it with task lists, per-note cost, peak
// memory of the command-line report on 100,000 notes, and what the index keeps.
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { getHeapSpaceStatistics } from "node:v8";
import MarkdownIt from "markdown-it";
import taskLists from "markdown-it-task-lists";
import { createClassifier } from "../../src/core/vault/classify";
import { EpisodeIndex } from "../../src/core/vault/episode-index";
import { defaultSettings } from "../../src/core/settings/settings";
import { scanVault } from "../../src/cli/scan-vault";
import { listNotes } from "../../src/cli/read-folder";
import { lazyFrontmatter } from "../../src/cli/frontmatter-yaml";
import { fmt, median, row, sideBySide, time } from "./measure";

export function benchScan(dir: string, lines: string[]): void {
  const classifier = createClassifier(defaultSettings());
  const entries = listNotes(dir).entries;
  let episodes = 0;
  let decoded = 0;
  // End to end, as the command-line tool does it: walk the folder, read, settle or decode, classify, index.
  const readAll = () => {
    for (const entry of listNotes(dir).entries) readFileSync(entry.full, "utf8");
  };
  // As `office-hours status` does: an index for a report, which never ticks.
  const scanAll = () => {
    const index = new EpisodeIndex(classifier, "report");
    decoded = scanVault(dir, index).decoded;
    episodes = index.size;
  };
  // The same scan into the index the plugin keeps: every open item with its tick identity.
  const scanForTicks = () => {
    scanVault(dir, new EpisodeIndex(classifier));
  };
  const rounds = entries.length > 1000 ? 7 : 25;
  readAll();
  scanAll();
  const t = sideBySide(rounds, { read: readAll, scan: scanAll, ticks: scanForTicks });
  const bytes = entries.reduce((sum, e) => sum + readFileSync(e.full).length, 0);
  lines.push(`Vault of ${entries.length} notes (${episodes} episodes, ${(bytes / 1e6).toFixed(1)} MB)`);
  lines.push(row("read every note (walk + readFileSync + UTF-8)", fmt(t.read ?? 0)));
  lines.push(row("cold scan: walk + read + classify + index every note", fmt(t.scan ?? 0)));
  lines.push(row("scan ÷ read", `${((t.scan ?? 0) / (t.read ?? 1)).toFixed(2)}×`, "goal ≤ 2.0× (stretch 1.5×)"));
  lines.push(row("  the same into the plugin's index (tick identities kept)", fmt(t.ticks ?? 0)));
  lines.push(row("  its ÷ read", `${((t.ticks ?? 0) / (t.read ?? 1)).toFixed(2)}×`));
  lines.push(row("  notes decoded (the rest settled on their bytes)", `${decoded} (${((100 * decoded) / entries.length).toFixed(0)}%)`));

  const texts = entries.map((e) => ({ path: e.path, text: readFileSync(e.full, "utf8") }));
  const md = new MarkdownIt().use(taskLists);
  const ours = () => {
    const index = new EpisodeIndex(classifier);
    for (const note of texts) index.update(note.path, note.text, lazyFrontmatter(note.text));
  };
  const theirs = () => {
    for (const note of texts) md.parse(note.text, {});
  };
  const p = sideBySide(entries.length > 1000 ? 3 : 15, { ours, theirs });
  lines.push(row("parse in memory: ours", fmt(p.ours ?? 0)));
  lines.push(row("parse in memory: markdown-it + task lists", fmt(p.theirs ?? 0)));
  lines.push(row("markdown-it ÷ ours", `${((p.theirs ?? 0) / (p.ours ?? 1)).toFixed(1)}×`, "goal ≥ 3× faster"));

  const classify = (n: { path: string; text: string }) => classifier.classify(n.path, n.text, lazyFrontmatter(n.text));
  const episodeTexts = texts.filter((n) => classify(n).kind === "episode");
  const other = texts.filter((n) => !episodeTexts.includes(n));
  const perEpisode = time(() => episodeTexts.forEach(classify)) / episodeTexts.length;
  const perOther = time(() => other.forEach(classify)) / other.length;
  lines.push(row("per episode note (full read)", fmt(perEpisode)));
  lines.push(row("per ordinary note (shortcut or full read)", fmt(perOther)));
  lines.push("");
}

/**
 * A child process (ES module code given with -e): `plain` walks the folder and reads every
 * note as UTF-8 text, nothing else (the baseline); `cli` runs the prebuilt command-line tool.
 * Either prints its peak resident set size on stderr when asked.
 */
function childArgs(kind: "plain" | "cli", root: string, args: string[], rss: boolean): string[] {
  const report = rss ? `process.on("exit", () => process.stderr.write("\\nmax-rss-kb " + process.resourceUsage().maxRSS + "\\n"));` : "";
  const plain = `import { readdirSync, readFileSync } from "node:fs"; import { join } from "node:path";
    const walk = (dir) => { for (const e of readdirSync(dir, { withFileTypes: true })) { if (e.name.startsWith(".")) continue; const full = join(dir, e.name); if (e.isDirectory()) walk(full); else if (e.name.endsWith(".md")) readFileSync(full, "utf8"); } };
    walk(${JSON.stringify(args[0] ?? ".")});`;
  const cli = `process.argv = [process.argv[0], "office-hours", ...${JSON.stringify(args)}]; await import(${JSON.stringify(pathToFileURL(join(root, "dist", "cli.mjs")).href)});`;
  return ["--input-type=module", "-e", report + (kind === "plain" ? plain : cli)];
}

function runChild(argv: string[]): string {
  const child = spawnSync(process.execPath, argv, { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0 && child.status !== 1) throw new Error(`benchmark child failed: ${child.stderr.toString()}`);
  return child.stderr.toString();
}

/** The command-line report as a process against a process that only reads the notes. */
export function benchProcesses(root: string, dir: string, lines: string[]): void {
  const t = sideBySide(5, {
    read: () => runChild(childArgs("plain", root, [dir], false)),
    scan: () => runChild(childArgs("cli", root, ["status", dir], false)),
  });
  lines.push(row("as processes: node reading every note", fmt(t.read ?? 0)));
  lines.push(row("as processes: office-hours status (prebuilt bundle)", fmt(t.scan ?? 0)));
  lines.push(row("status ÷ read, whole processes", `${((t.scan ?? 0) / (t.read ?? 1)).toFixed(2)}×`));
  const help = () => runChild(["--input-type=module", "-e", `process.argv = [process.argv[0], "office-hours", "--help"]; await import(${JSON.stringify(pathToFileURL(join(root, "dist", "cli.mjs")).href)});`]);
  help();
  lines.push(row("office-hours --help as a process (fixed start, no build)", fmt(median(Array.from({ length: 5 }, () => time(help))))));
}

/** Peak resident memory of `office-hours status` on a large vault, in a child process. */
export function benchRss(root: string, dir: string, count: number, lines: string[]): void {
  const kb = (stderr: string) => Number(/max-rss-kb (\d+)/.exec(stderr)?.[1] ?? NaN);
  const cli = kb(runChild(childArgs("cli", root, ["status", dir], true)));
  const plain = kb(runChild(childArgs("plain", root, [dir], true)));
  lines.push(row(`peak RSS, office-hours status on ${count.toLocaleString("en")} notes`, `${(cli / 1024).toFixed(0)} MB`, "goal ≤ 350 MB"));
  lines.push(row("  (node reading the same notes, nothing kept)", `${(plain / 1024).toFixed(0)} MB`));
}

/**
 * Retained heap (plus typed-array memory; compiled code aside) of an index, per 1,000 episodes: the median of
 * three indexes, after one fed and dropped first, so that the code the feeding compiles
 * the first time is not counted as the index's (it was up to 0.5 MB).
 */
function heapPerThousand(feed: (index: EpisodeIndex) => void): { perThousand: number; episodes: number } {
  const gc = (global as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc");
  // Code space left out: the machine code V8 compiles while the index is fed stays in the
  // heap and moved this figure by up to 0.25 MB from run to run (2.35–2.60 for one tree),
  // which read as the index growing (2.48 → 2.64 MB) when no record had changed.
  const used = () => {
    let bytes = process.memoryUsage().arrayBuffers;
    for (const space of getHeapSpaceStatistics()) if (!space.space_name.startsWith("code")) bytes += space.space_used_size;
    return bytes;
  };
  const once = () => {
    gc();
    gc();
    const before = used();
    // As the shells do: each note's text is read, indexed and dropped; whatever the index
    // still holds afterwards (records, and any text they keep alive) is what it costs.
    const index = new EpisodeIndex(createClassifier(defaultSettings()));
    feed(index);
    gc();
    gc();
    const after = used();
    return { perThousand: ((after - before) / Math.max(1, index.size)) * 1000, episodes: index.size };
  };
  once();
  const runs = [once(), once(), once()];
  return { perThousand: median(runs.map((r) => r.perThousand)), episodes: runs[0]?.episodes ?? 0 };
}

export function benchHeap(dir: string, fixtures: string, lines: string[]): void {
  const gc = (global as { gc?: () => void }).gc;
  if (!gc) {
    lines.push(row("heap per 1,000 episodes", "run with --expose-gc"));
    return;
  }
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
  // The real notes, unchanged, copied until 1,000 of them are episodes.
  const real = ["03 - Logging Best Practices.md", "2025-03-25-loki-cache.md", "A&A 22 - Navigating through unemployment with Renata Andrade.md", "GOH 12 - Govable.md", "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md", "GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope.md"];
  const realHeap = heapPerThousand((index) => {
    for (let n = 0; n < 1000; n++) {
      const name = real[n % real.length] ?? "";
      const text = readFileSync(join(fixtures, name), "utf8");
      index.update(`copy ${n}/${name}`, text, lazyFrontmatter(text));
    }
  });
  lines.push(row(`heap held by the index per 1,000 real episodes (${realHeap.episodes} copies)`, mb(realHeap.perThousand), "goal ≤ 3 MB"));
  // No two lines alike: what pooling cannot save.
  const unique = heapPerThousand((index) => {
    for (let n = 0; n < 1000; n++) {
      const name = real[n % real.length] ?? "";
      const text = readFileSync(join(fixtures, name), "utf8").replace(/^(\s*[-*+] \[ \] .*)$/gm, `$1 (${n})`).replace(/^(#+ .*)$/gm, `$1 ${n}`);
      index.update(`copy ${n}/${name}`, text, lazyFrontmatter(text));
    }
  });
  lines.push(row("  same notes with every item line and heading made unique", mb(unique.perThousand)));
  const vault = heapPerThousand((index) => scanVault(dir, index));
  lines.push(row(`  the benchmark vault's episodes (${vault.episodes}, guests and ticks varied)`, mb(vault.perThousand)));
}
