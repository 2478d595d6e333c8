// The page rendered in headless Chromium: the stand-in host (in-memory vault), the
// real plugin, and the built-in demo vault, with a fixed clock so pictures and figures
// do not depend on the day they are made (page-host.ts). Everything the Node side needs
// is exposed on `window.officeHours`: the scenes the screenshot test pictures, here, and
// the benchmarks `npm run bench` runs (index-bench.ts, render-bench.ts, live-bench.ts).
import { BENCH_NOTE, longEpisode, measureLog, measureTicks, type LogFigures, type TickFigures } from "./live-bench";
import { endShow, liveShow } from "./live-scenario";
import { rowMetrics } from "./sidebar-metrics";
import { fitReport, hoverOnlyRules, tapTargets } from "./fit-metrics";
import { changeBenchmark, firstIndexBenchmark } from "./index-bench";
import { renderBenchmark } from "./render-bench";
import { demoFiles, podcastSettingsVault } from "./page-vaults";
import { askChoice } from "../../src/plugin/ui/choice-modal";
import { OpenModals } from "../../src/plugin/ui/open-modals";
import { host, nowMs, openSidebar, page, resetNow, setNow, setView, start, until } from "./page-host";

export type { FirstIndexLayout } from "./index-bench";
export type { RenderFigures } from "./render-bench";

const api = {
  async startDemo(): Promise<void> {
    // Like every other scene: the host before it leaves the page (its views, its DOM).
    page.host?.dispose();
    resetNow();
    await start(demoFiles());
  },
  /** A vault of the given files (data.json included) on the given day, with the sidebar open. */
  async startVault(files: Record<string, string>, dayMs: number): Promise<void> {
    page.host?.dispose();
    setNow(dayMs);
    await start(files);
    await openSidebar();
  },
  rowMetrics,
  fitReport,
  tapTargets,
  hoverOnlyRules,
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
    await api.startDemo();
    await api.liveShow();
    const ticker = (page.plugin as unknown as { live: { ticker: { tick(): void } } }).live.ticker;
    return measureTicks(ticker, setNow, nowMs());
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
  setView,
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
  /** The settings of podcastSettingsVault(): the general rows, then (`show`) that show's own page. */
  async openSettings(show: string | null): Promise<void> {
    page.host?.dispose();
    await start(podcastSettingsVault());
    const tab = await host().openSettings("office-hours");
    if (show !== null) {
      const row = Array.from(tab.querySelectorAll<HTMLElement>(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === show);
      row?.click();
    }
    await host().flush();
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
  /** The plugin's question with buttons (ui/choice-modal.ts), as its flows ask it; not awaited. */
  async openChoice(title: string, message: string, labels: string[]): Promise<void> {
    void askChoice(host().app, new OpenModals(), title, message, labels.map((label, i) => ({ label, value: i, cta: i === 0 })));
    await host().flush();
  },
  async closeModals(): Promise<void> {
    for (const modal of Array.from(document.querySelectorAll(".modal-container"))) modal.remove();
    await host().flush();
  },
  firstIndexBenchmark,
  changeBenchmark,
  renderBenchmark,
};

(window as unknown as { officeHours: typeof api }).officeHours = api;
