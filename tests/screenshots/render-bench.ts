// The sidebar's render of many episodes, measured in the page for `npm run bench`: the
// first render, a redraw with nothing changed, after one note changed, after one moved.
import { SidebarModel } from "../../src/core/sidebar/sidebar-model";
import { forceLayout, host, page, setView, start, view } from "./page-host";
import { manyEpisodes } from "./page-vaults";

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

/**
 * The sidebar for `count` episodes: the first render (every status and the first rows),
 * a redraw with nothing changed, and a redraw after one note changed, each the median
 * of several, with the statuses and rows each rebuilt.
 */
export async function renderBenchmark(count: number): Promise<RenderFigures> {
  page.host?.dispose();
  await start(manyEpisodes(count));
  await host().runCommand("office-hours:open-sidebar");
  await host().flush();
  const v = view();
  await setView("all");
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
}
