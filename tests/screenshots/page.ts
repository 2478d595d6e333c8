// The page rendered in headless Chromium: the stand-in host (in-memory vault), the
// real plugin, and the built-in demo vault, with a fixed clock so pictures and figures
// do not depend on the day they are made. Everything the Node side needs is exposed
// on `window.officeHours`.
import { createHost, type Host } from "../host/host";
import OfficeHoursPlugin from "../../src/main";
import { demoNotes, demoSettings } from "../../src/core/demo";
import { BUILTIN_TEMPLATE } from "../../src/core/new-episode/template/builtin";
import manifest from "../../manifest.json";
import type { EpisodesView } from "../../src/plugin/episodes/episodes-view";
import { BENCH_NOTE, longEpisode, measureLog, measureTicks, type LogFigures, type TickFigures } from "./live-bench";
import { endShow, liveShow } from "./live-scenario";
import { rowMetrics } from "./sidebar-metrics";
import { SidebarModel } from "../../src/core/sidebar/sidebar-model";
import { BENCH_SHOW_FOLDER, benchNote, benchShowSettings, random } from "../../scripts/bench/vault-notes";

/** The first-index benchmark's vaults: see firstIndexBenchmark. */
export type FirstIndexLayout = "mixed" | "show folder" | "scoped" | "detected";
import { EpisodeIndex } from "../../src/core/vault/episode-index";
import { createClassifier } from "../../src/core/vault/classify";
import { cachedFrontmatter } from "../../src/plugin/vault/frontmatter";
import { acceptDetection, type AcceptedDetection } from "./detect-bench";

export const FIXED_NOW = new Date("2026-11-25T10:00:00Z");

/** The pictures' "now": fixed, moved only by the live-show scenario. */
let pageNow = FIXED_NOW;

function setNow(ms: number): void {
  pageNow = new Date(ms);
}

class PicturedPlugin extends OfficeHoursPlugin {
  override clock = { now: () => pageNow };
  /** Time onload ran before its first await, for the benchmark. */
  syncOnloadMs = 0;

  override onload(): Promise<void> {
    const start = performance.now();
    const done = super.onload();
    this.syncOnloadMs = performance.now() - start;
    return done;
  }
}

interface Page {
  host: Host | null;
  plugin: PicturedPlugin | null;
}

const page: Page = { host: null, plugin: null };

/**
 * Make the browser compute style and layout now (it would before the next paint), so the
 * time measured is script plus layout, not the wait for the next frame.
 */
function forceLayout(): void {
  void document.body.getBoundingClientRect();
  void document.querySelector(".office-hours-list")?.scrollHeight;
}

/** Resolve once `check` holds, polling each animation frame (the view redraws on its own). */
async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => window.requestAnimationFrame(resolve));
  }
}

async function start(files: Record<string, string>): Promise<void> {
  const host = await createHost({ files });
  page.host = host;
  const plugin = await host.loadPlugin(PicturedPlugin, manifest);
  page.plugin = plugin;
  await host.layoutReady();
  await host.flush();
  // The first scan runs in batches after layout-ready; wait for it like a user would.
  const indexer = (plugin as unknown as { indexer: { isReady: boolean } }).indexer;
  await until(() => indexer.isReady, "the first scan", 60_000);
}

function demoFiles(): Record<string, string> {
  const settings = demoSettings("UTC");
  const show = settings.shows[0];
  const files: Record<string, string> = { ".obsidian/plugins/office-hours/data.json": JSON.stringify(settings) };
  if (show) for (const [path, text] of demoNotes(show, FIXED_NOW)) files[path] = text;
  return files;
}

/** `count` episodes shaped like the built-in template, for the render benchmark. */
function manyEpisodes(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 1; n <= count; n++) {
    const day = String(1 + (n % 28)).padStart(2, "0");
    const text = BUILTIN_TEMPLATE.replace("date: {{date}}", `date: 2026-${String(1 + (n % 12)).padStart(2, "0")}-${day}`)
      .replace(/\{\{guestList\}\}/, `Guest ${n}`)
      .replace(/\{\{[^}]*\}\}/g, "x");
    files[`Office Hours/OH ${String(n).padStart(4, "0")} - Topic ${n}, with Guest ${n}.md`] = text;
  }
  return files;
}

/** `count` notes, one in ten an episode (the seed note's shape), the rest ordinary. */
function mixedVault(count: number): Record<string, string> {
  const episode = BUILTIN_TEMPLATE.replace(/\{\{[^}]*\}\}/g, "x");
  // No wiki links: the stand-in host resolves each link by scanning every file (the app
  // keeps a name index), which would make a 10,000-note vault measure the host, not us.
  const ordinary = ["# Meeting notes", "", ...Array.from({ length: 60 }, (_, i) => `- point ${i} about note ${i} and the plan`)].join("\n");
  const files: Record<string, string> = {};
  for (let n = 0; n < count; n++) {
    if (n % 10 === 0) files[`Office Hours/OH ${n} - Topic ${n}, with Guest ${n}.md`] = episode.replace("Guest:: x", `Guest:: Guest ${n}`);
    else files[`Notes/${n % 50}/Note ${n}.md`] = ordinary;
  }
  return files;
}

export interface RenderFigures {
  firstMs: number;
  firstScriptMs: number;
  /** Statuses computed by the first render (every episode). */
  firstStatuses: number;
  rows: number;
  /** Median redraw with nothing changed, and what it rebuilt (statuses plus rows). */
  sameMs: number;
  sameRebuilt: number;
  /** Median redraw after one note changed (with layout), and the most statuses and rows one rebuilt. */
  changeMs: number;
  /** Its script alone (the rest is style and layout of the changed row). */
  changeScriptMs: number;
  changeStatuses: number;
  changeRows: number;
  /**
   * Median redraw (with layout) after one note's date moved its row among the drawn ones;
   * the rows it rebuilt (the note's and those whose overlap warnings changed) and the
   * rows it took out of the list and put back elsewhere.
   */
  moveMs: number;
  moveRebuilt: number;
  moveRowsMoved: number;
}

function host(): Host {
  if (!page.host) throw new Error("call start first");
  return page.host;
}

function view(): EpisodesView {
  const leaf = host().app.workspace.getLeavesOfType("office-hours-episodes")[0];
  if (!leaf) throw new Error("the sidebar is not open");
  return leaf.view as EpisodesView;
}

async function openSidebar(): Promise<void> {
  await host().runCommand("office-hours:open-sidebar");
  await host().flush();
  // The view draws itself once it is visible: nothing here forces it.
  await until(() => document.querySelector(".office-hours-list")?.childElementCount !== 0, "the sidebar to draw");
}

const api = {
  async startDemo(): Promise<void> {
    pageNow = FIXED_NOW;
    await start(demoFiles());
  },
  /** A vault of the given files (data.json included) on the given day, with the sidebar open. */
  async startVault(files: Record<string, string>, nowMs: number): Promise<void> {
    page.host?.dispose();
    pageNow = new Date(nowMs);
    await start(files);
    await openSidebar();
  },
  rowMetrics,
  /** The demo's episode of the week on air, 18 min 42 s in (live-scenario.ts). */
  liveShow: () => liveShow(host(), setNow, until),
  /** "Log timestamp" into a long note, open in the editor or closed (see live-bench.ts). */
  async logBenchmark(lines: number, open: boolean): Promise<LogFigures> {
    page.host?.dispose();
    await start({ ...demoFiles(), [BENCH_NOTE]: longEpisode(lines) });
    return measureLog(host(), setNow, open);
  },
  /** The ticking clocks during the demo's live show, with the live view and the status bar. */
  async tickBenchmark(): Promise<TickFigures> {
    page.host?.dispose();
    await api.startDemo();
    await api.liveShow();
    const ticker = (page.plugin as unknown as { live: { ticker: { tick(): void } } }).live.ticker;
    return measureTicks(ticker, setNow, pageNow.getTime());
  },
  /** The rest of the show, then End show: the chapters ready for YouTube. */
  endShow: () => endShow(host(), setNow, until),
  openSidebar,
  /** Show the details and open items of one row (the first one drawn without a path). */
  async expandRow(path?: string): Promise<void> {
    const row = path === undefined ? document.querySelector(".office-hours-row") : document.querySelector(`.office-hours-row[data-path="${CSS.escape(path)}"]`);
    row?.querySelector<HTMLButtonElement>(".office-hours-expand")?.click();
    await host().flush();
    await until(() => document.querySelector(".office-hours-open-items") !== null, "the open items");
  },
  async setView(view: "attention" | "ideas" | "past" | "all"): Promise<void> {
    document.querySelector<HTMLButtonElement>(`.office-hours-views button[data-view="${view}"]`)?.click();
    await host().flush();
  },
  async openNewEpisode(topic: string, guests: string): Promise<void> {
    await host().runCommand("office-hours:new-episode");
    await host().flush();
    const inputs = Array.from(document.querySelectorAll<HTMLInputElement>(".office-hours-new-episode input"));
    const type = (input: HTMLInputElement | undefined, value: string) => {
      if (!input) return;
      input.value = value;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    };
    type(inputs[0], topic);
    type(inputs[1], guests);
    await host().flush();
  },
  async openSnippetPicker(notePath: string): Promise<void> {
    await host().openFile(notePath);
    await host().runCommand("office-hours:insert-snippet");
    await host().flush();
  },
  /** A vault of the given notes with the untouched default settings, and its "Detect shows" review open. */
  async openDetectReview(files: Record<string, string>): Promise<number> {
    page.host?.dispose();
    await start(files);
    await host().runCommand("office-hours:detect-shows");
    await until(() => document.querySelector(".office-hours-detect") !== null, "the review screen");
    return document.querySelectorAll(".office-hours-detect-show").length;
  },
  /** A vault of the given notes with the default settings, and the Guests view open (drawn). */
  async openGuests(files: Record<string, string>): Promise<number> {
    page.host?.dispose();
    await start(files);
    await host().runCommand("office-hours:open-guests");
    await host().flush();
    await until(() => document.querySelectorAll(".office-hours-guest").length > 0, "the guests view to draw");
    return document.querySelectorAll(".office-hours-guest").length;
  },
  /** "Link guest names in this episode" on a note of the loaded vault, up to its confirmation. */
  async openLinkNames(notePath: string): Promise<void> {
    await host().openFile(notePath);
    await host().runCommand("office-hours:link-guest-names");
    await until(() => document.querySelector(".office-hours-link-names select") !== null, "the link confirmation");
  },
  /** The agenda view, drawn. */
  async openAgenda(): Promise<void> {
    await host().runCommand("office-hours:open-agenda");
    await host().flush();
    await until(() => document.querySelector(".office-hours-agenda-group") !== null, "the agenda to draw");
  },
  /** "Reschedule episode" for a note, its date typed in the form ("" leaves it as proposed). */
  async openReschedule(notePath: string, date: string): Promise<void> {
    await host().openFile(notePath);
    await host().runCommand("office-hours:reschedule-episode");
    await until(() => document.querySelector(".office-hours-reschedule input[type=date]") !== null, "the reschedule form");
    const input = document.querySelector<HTMLInputElement>(".office-hours-reschedule input[type=date]");
    if (input && date !== "") {
      input.value = date;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.dispatchEvent(new Event("change", { bubbles: true }));
    }
    await host().flush();
  },
  async closeModals(): Promise<void> {
    for (const modal of Array.from(document.querySelectorAll(".modal-container"))) modal.remove();
    await host().flush();
  },
  /**
   * Synchronous onload time, and the cost of one changed note: from the write to the
   * index holding the new episode, with the number of notes read on the way.
   */
  /**
   * The plugin's first index of a vault of `count` benchmark notes (the Node benchmark's
   * vault, built here from the same generator): its time, and how many notes it read;
   * then, side by side, the old way (every note read and indexed) on the same vault.
   */
  async firstIndexBenchmark(
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
  },
  async changeBenchmark(count: number): Promise<{ syncOnloadMs: number; changeMs: number; ownMs: number; reads: number; episodes: number }> {
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
  },
  /**
   * The sidebar for `count` episodes: the first render (every status and the first rows),
   * a redraw with nothing changed, and a redraw after one note changed, each the median
   * of several, with the statuses and rows each rebuilt.
   */
  async renderBenchmark(count: number): Promise<RenderFigures> {
    page.host?.dispose();
    await start(manyEpisodes(count));
    await host().runCommand("office-hours:open-sidebar");
    await host().flush();
    const v = view();
    await api.setView("all");
    // Force a full first render: close the view, drop its cached rows (a reopened sidebar
    // keeps them), and time opening it, which draws synchronously, with the layout it causes.
    await v.onClose();
    Object.assign(v.episodes, { model: new SidebarModel() });
    const t0 = performance.now();
    void v.onOpen();
    const firstScriptMs = performance.now() - t0;
    forceLayout();
    const firstMs = performance.now() - t0;
    const rows = document.querySelectorAll(".office-hours-row").length;
    const firstStatuses = v.episodes.statusesBuilt;
    const same: number[] = [];
    for (let i = 0; i < 21; i++) {
      const t = performance.now();
      v.redraw();
      same.push(performance.now() - t);
    }
    const sameRebuilt = v.lastRedrawCount + v.episodes.statusesRebuilt;
    // Change the note of the first row drawn, so the change is on screen; seven times.
    const path = document.querySelector(".office-hours-row")?.getAttribute("data-path") ?? "";
    const file = host().app.vault.getFileByPath(path);
    if (!file) throw new Error("benchmark note missing");
    const changed: number[] = [];
    const changedScript: number[] = [];
    let changeStatuses = 0;
    let changeRows = 0;
    for (let round = 0; round < 7; round++) {
      await host().app.vault.process(file, (data) =>
        round % 2 === 0 ? data.replace("- [ ] How do you pronounce your name?", "- [x] How do you pronounce your name?") : data.replace("- [x] How do you pronounce your name?", "- [ ] How do you pronounce your name?"),
      );
      // The metadata event re-indexes the one note; the view's debounced redraw is still
      // pending, so the redraw timed here is the one that change causes.
      await host().flush();
      const t = performance.now();
      v.redraw();
      changedScript.push(performance.now() - t);
      forceLayout();
      changed.push(performance.now() - t);
      changeStatuses = Math.max(changeStatuses, v.episodes.statusesRebuilt);
      changeRows = Math.max(changeRows, v.lastRedrawCount);
    }
    const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
    // The same note's date moved back and forth between its own and the 50th drawn row's,
    // so its row moves among the drawn ones; seven times, counting the rows taken out.
    const dateOf = (text: string) => /^date: (\S+)$/m.exec(text)?.[1] ?? "";
    const own = dateOf(await host().app.vault.read(file));
    const middlePath = document.querySelectorAll(".office-hours-row")[50]?.getAttribute("data-path") ?? "";
    const middleFile = host().app.vault.getFileByPath(middlePath);
    const middle = middleFile ? dateOf(await host().app.vault.read(middleFile)) : own;
    const list = document.querySelector(".office-hours-list");
    const moved: number[] = [];
    let moveRowsMoved = 0;
    let moveRebuilt = 0;
    for (let round = 0; round < 7; round++) {
      await host().app.vault.process(file, (data) => data.replace(/^date: \S+$/m, `date: ${round % 2 === 0 ? middle : own}`));
      await host().flush();
      const observer = new MutationObserver(() => undefined);
      if (list) observer.observe(list, { childList: true });
      const t = performance.now();
      v.redraw();
      forceLayout();
      moved.push(performance.now() - t);
      // A rebuilt row's old element leaves the list too: what is left are the rows moved.
      moveRowsMoved = Math.max(moveRowsMoved, observer.takeRecords().reduce((n, r) => n + r.removedNodes.length, 0) - v.lastRedrawCount);
      moveRebuilt = Math.max(moveRebuilt, v.lastRedrawCount);
      observer.disconnect();
    }
    return { firstMs, firstScriptMs, firstStatuses, rows, sameMs: median(same), sameRebuilt, changeMs: median(changed), changeScriptMs: median(changedScript), changeStatuses, changeRows, moveMs: median(moved), moveRebuilt, moveRowsMoved };
  },
};

(window as unknown as { officeHours: typeof api }).officeHours = api;
