// The plugin's index on the stand-in host, measured in the page for `npm run bench`: the
// first index of the benchmark vault (scripts/bench/vault-notes.ts) in four layouts, and
// the cost of one changed note.
import { createHost } from "../host/host";
import { EpisodeIndex } from "../../src/core/vault/episode-index";
import { createClassifier } from "../../src/core/vault/classify";
import { cachedFrontmatter } from "../../src/plugin/vault/frontmatter";
import { BENCH_SHOW_FOLDER, benchNote, benchShowSettings, random } from "../../scripts/bench/vault-notes";
import { acceptDetection, type AcceptedDetection } from "./detect-bench";
import { host, manifest, page, PicturedPlugin, start, until } from "./page-host";
import { mixedVault } from "./page-vaults";

/** The first-index benchmark's vaults: see firstIndexBenchmark. */
export type FirstIndexLayout = "mixed" | "show folder" | "scoped" | "detected";

/**
 * The plugin's first index of a vault of `count` benchmark notes (the Node benchmark's
 * vault, built here from the same generator): its time, and how many notes it read;
 * then, side by side, the old way (every note read and indexed) on the same vault.
 */
export async function firstIndexBenchmark(
  count: number,
  realNotes: string[],
  layout: FirstIndexLayout = "mixed",
): Promise<{ ms: number; warmMs: number; notesRead: number; notes: number; episodes: number; readAllMs: number; detected: AcceptedDetection | null }> {
  page.host?.dispose();
  const rand = random(count);
  const files: Record<string, string> = {};
  // "show folder": the same notes with the episodes in a show's folder; "scoped": that
  // show configured, and episodes looked for only in its folder; "detected": the mixed
  // notes with the settings "Detect shows" writes when its proposal is accepted.
  const showFolder = layout === "mixed" || layout === "detected" ? undefined : BENCH_SHOW_FOLDER;
  for (let n = 0; n < count; n++) {
    const note = benchNote(rand, n, realNotes, showFolder);
    files[note.path] = note.text;
  }
  if (layout === "scoped") files[".obsidian/plugins/office-hours/data.json"] = JSON.stringify(benchShowSettings());
  const detected = layout === "detected" ? await acceptDetection(files, PicturedPlugin, manifest, until) : null;
  if (detected) files[".obsidian/plugins/office-hours/data.json"] = detected.data;
  const h = await createHost({ files });
  page.host = h;
  const plugin = await h.loadPlugin(PicturedPlugin, manifest);
  page.plugin = plugin;
  const indexer = (plugin as unknown as { indexer: { isReady: boolean; notesRead: number; index: EpisodeIndex; applySettings: (s: unknown) => Promise<void> } }).indexer;
  const t0 = performance.now();
  await h.layoutReady();
  await until(() => indexer.isReady, "the first scan", 120_000);
  const ms = performance.now() - t0;
  // The same index built again, warm like the every-note reading below: the first figure
  // also holds the JIT's first runs and whatever else the layout-ready step starts.
  const tw = performance.now();
  await indexer.applySettings(indexer.index.settings);
  const warmMs = performance.now() - tw;
  const everyNote = new EpisodeIndex(createClassifier(indexer.index.settings));
  const t1 = performance.now();
  for (const file of h.app.vault.getMarkdownFiles()) {
    everyNote.update(file.path, await h.app.vault.cachedRead(file), cachedFrontmatter(h.app.metadataCache.getFileCache(file)));
  }
  const readAllMs = performance.now() - t1;
  if (everyNote.size !== indexer.index.size) throw new Error(`first index found ${indexer.index.size} episodes, reading every note ${everyNote.size}`);
  return { ms, warmMs, notesRead: indexer.notesRead, notes: count, episodes: indexer.index.size, readAllMs, detected };
}

/**
 * Synchronous onload time, and the cost of one changed note: from the write to the
 * index holding the new episode, with the number of notes read on the way.
 */
export async function changeBenchmark(count: number): Promise<{ syncOnloadMs: number; changeMs: number; ownMs: number; reads: number; episodes: number }> {
  page.host?.dispose();
  await start(mixedVault(count));
  const vault = host().app.vault;
  // The plugin's own share of a change: re-reading the note into the index.
  const index = (page.plugin as unknown as { indexer: { index: { update: (p: string, t: string, f: unknown) => unknown } } }).indexer.index;
  const update = index.update.bind(index);
  let ownMs = 0;
  index.update = (p: string, t: string, f: unknown) => {
    const t0 = performance.now();
    const result = update(p, t, f);
    ownMs += performance.now() - t0;
    return result;
  };
  const path = "Office Hours/OH 0 - Topic 0, with Guest 0.md";
  const file = vault.getFileByPath(path);
  if (!file) throw new Error("benchmark note missing");
  let reads = 0;
  const originalRead = vault.read.bind(vault);
  const originalCachedRead = vault.cachedRead.bind(vault);
  vault.read = (f) => {
    reads++;
    return originalRead(f);
  };
  vault.cachedRead = (f) => {
    reads++;
    return originalCachedRead(f);
  };
  const times: number[] = [];
  const own: number[] = [];
  // Three rounds warm the code up; the median of the next seven is reported (a median,
  // so one garbage-collection pause in a large vault does not decide the figure).
  for (let round = 0; round < 10; round++) {
    if (round === 3) {
      times.length = 0;
      own.length = 0;
      reads = 0;
    }
    ownMs = 0;
    const text = await originalRead(file);
    await vault.modify(file, text.replace(/- \[[ x]\] How do you pronounce your name\?/, round % 2 ? "- [ ] How do you pronounce your name?" : "- [x] How do you pronounce your name?"));
    const t0 = performance.now();
    await host().flush();
    times.push(performance.now() - t0);
    own.push(ownMs);
  }
  times.sort((a, b) => a - b);
  own.sort((a, b) => a - b);
  const plugin = page.plugin;
  return { syncOnloadMs: plugin?.syncOnloadMs ?? -1, changeMs: times[3] ?? 0, ownMs: own[3] ?? 0, reads: reads / 7, episodes: count / 10 };
}
