// Issue 3 figures, measured in headless Chromium on the stand-in host with the real
// plugin: synchronous onload, one changed note in a 10,000-note vault against a
// 100-note vault, and the sidebar's render of 1,000 episodes.
import { chromiumAvailable, openPage } from "../../tests/screenshots/chromium";
import { fmt, row } from "./measure";
import type { FirstIndexLayout, RenderFigures } from "../../tests/screenshots/page";
import type { AcceptedDetection } from "../../tests/screenshots/detect-bench";

type LogFigures = { totalMs: number; hostMs: number; beforeFrame: number; rounds: number; lines: number };
type TickFigures = { writeUs: number; idleUs: number; perSecondUs: number; mutationsPerSecond: number; outsideClock: number; layoutUs: number; clocks: number };

type Api = {
  logBenchmark(lines: number, open: boolean): Promise<LogFigures>;
  tickBenchmark(): Promise<TickFigures>;
  firstIndexBenchmark(
    count: number,
    realNotes: string[],
    layout: FirstIndexLayout,
  ): Promise<{ ms: number; warmMs: number; notesRead: number; notes: number; episodes: number; readAllMs: number; detected: AcceptedDetection | null }>;
  changeBenchmark(count: number): Promise<{ syncOnloadMs: number; changeMs: number; ownMs: number; reads: number; episodes: number }>;
  renderBenchmark(count: number): Promise<RenderFigures>;
};

export async function benchBrowser(lines: string[], realNotes: string[]): Promise<void> {
  if (!chromiumAvailable()) {
    lines.push(row("plugin figures in Chromium", "skipped: no /usr/bin/chromium (apt-get install chromium)"));
    return;
  }
  const { browser, page } = await openPage("light");
  try {
    const run = (count: number) => page.evaluate((n) => (window as unknown as { officeHours: Api }).officeHours.changeBenchmark(n), count);
    // The first load is cold (nothing compiled yet), as when Obsidian starts: its onload
    // time is the one reported. The 100-note run is then repeated warm, so the two vault
    // sizes are compared under the same conditions.
    const cold = await run(100);
    const small = await run(100);
    const large = await run(10_000);
    lines.push("Plugin on the stand-in host, in Chromium");
    const firstIndex = (layout: FirstIndexLayout) =>
      page.evaluate(([n, notes, l]) => (window as unknown as { officeHours: Api }).officeHours.firstIndexBenchmark(n, notes, l), [10_000, realNotes, layout] as const);
    const first = await firstIndex("mixed");
    const read = (f: typeof first) => `${f.notesRead} (${((100 * f.notesRead) / f.notes).toFixed(1)}%)`;
    lines.push(row(`first index, ${first.notes.toLocaleString("en")}-note vault (${first.episodes} episodes): notes read`, read(first), "goal ≤ 15%"));
    lines.push(row("  first index, layout ready → index ready (cold: first runs, views opening)", fmt(first.ms)));
    lines.push(row("  the same index built again (warm)", fmt(first.warmMs)));
    lines.push(row("  same vault, every note read and indexed (as before, warm)", fmt(first.readAllMs)));
    // The same notes with the episodes in a show's folder: default settings, then that
    // show configured and "Look for episodes only in the show folders" on.
    const foldered = await firstIndex("show folder");
    const scoped = await firstIndex("scoped");
    lines.push(row("  episodes in a show folder, default settings: notes read", read(foldered)));
    lines.push(row('  the same, "only in the show folders" on: notes read', read(scoped), "goal ≤ 15%"));
    lines.push(row("    first index (cold): default settings / only in show folders", `${fmt(foldered.ms)} / ${fmt(scoped.ms)}`));
    lines.push(row("    built again (warm): default settings / only in show folders", `${fmt(foldered.warmMs)} / ${fmt(scoped.warmMs)}`));
    if (scoped.episodes !== first.episodes || foldered.episodes !== first.episodes) throw new Error(`episodes found: ${first.episodes}, ${foldered.episodes}, ${scoped.episodes}`);
    // The mixed notes again, after "Detect shows" ran on them and its review was accepted
    // as proposed: the shows it found, and the scope setting if its rule proposed it.
    const detected = await firstIndex("detected");
    const accepted = detected.detected;
    if (accepted) {
      const what = `${accepted.shows.length} show${accepted.shows.length === 1 ? "" : "s"}, "only in the show folders" ${accepted.scopeOn ? "on" : "off"}`;
      lines.push(row(`  after Detect shows (its proposal accepted: ${what}): notes read`, read(detected), "goal ≤ 15%"));
      lines.push(row(`    episodes found before / after`, `${first.episodes} / ${detected.episodes}`));
      lines.push(`    its reason: ${accepted.reason}`);
    }
    lines.push(row("synchronous part of onload (first, cold load)", fmt(cold.syncOnloadMs), "goal ≤ 1 ms"));
    lines.push(row("one changed note, 100-note vault: plugin's re-index", fmt(small.ownMs)));
    lines.push(row("one changed note, 10,000-note vault: plugin's re-index", fmt(large.ownMs)));
    lines.push(row("10,000 ÷ 100 (plugin's share)", `${(large.ownMs / small.ownMs).toFixed(2)}×`, "goal ≤ 1.5×"));
    lines.push(row("same, write → index with the host's own work, 100 notes", fmt(small.changeMs)));
    lines.push(row("same, write → index with the host's own work, 10,000 notes", fmt(large.changeMs)));
    lines.push(row("notes read per change (10,000-note vault)", String(large.reads), "goal 1 (0: the text comes with the event)"));
    const render = await page.evaluate(() => (window as unknown as { officeHours: Api }).officeHours.renderBenchmark(1000));
    lines.push(row(`sidebar first render, 1,000 episodes (${render.firstStatuses} statuses, ${render.rows} rows drawn)`, fmt(render.firstMs), "goal ≤ 50 ms"));
    lines.push(row("  of which script (the rest is style and layout)", fmt(render.firstScriptMs)));
    lines.push(row(`sidebar redraw with nothing changed (${render.sameRebuilt} rebuilt)`, fmt(render.sameMs), "goal ≤ 1 ms"));
    lines.push(row(`sidebar redraw after one note changed (${render.changeStatuses} status, ${render.changeRows} row)`, fmt(render.changeMs), "goal: one row plus the sort"));
    lines.push(row("  of which script (the rest is style and layout)", fmt(render.changeScriptMs)));
    lines.push(row("  first render ÷ one change", `${(render.firstMs / Math.max(render.changeMs, 0.001)).toFixed(1)}×`));
    lines.push(row(`sidebar redraw after one note moved in the sort (${render.moveRebuilt} rebuilt, ${render.moveRowsMoved} moved)`, fmt(render.moveMs)));
    lines.push("");
    await benchLive(page, lines);
  } finally {
    await browser.close();
  }
}

type Page = Awaited<ReturnType<typeof openPage>>["page"];

/** The live show: "Log timestamp" into a 5,000-line note, and the ticking clock. */
async function benchLive(page: Page, lines: string[]): Promise<void> {
  const log = (open: boolean) => page.evaluate(([n, o]) => (window as unknown as { officeHours: Api }).officeHours.logBenchmark(n, o), [5000, open] as const);
  const open = await log(true);
  const closed = await log(false);
  lines.push(`Live show (a ${open.lines}-line note, median of ${open.rounds} logs)`);
  lines.push(row("Log timestamp → line in the open note (editor)", fmt(open.totalMs), "goal ≪ 16 ms (one frame)"));
  lines.push(row("  of which the plugin (the rest: the stand-in editor redrawing)", fmt(open.totalMs - open.hostMs)));
  lines.push(row("  logs that landed before the next frame", `${open.beforeFrame}/${open.rounds}`));
  lines.push(row("Log timestamp → line in the closed note (Vault.process)", fmt(closed.totalMs)));
  const ticks = await page.evaluate(() => (window as unknown as { officeHours: Api }).officeHours.tickBenchmark());
  lines.push(row(`ticking clock, ${ticks.clocks} clocks shown: script per second`, fmt(ticks.perSecondUs / 1000), "goal: nothing but the clock"));
  lines.push(row("  a tick that writes / one that changes nothing", `${fmt(ticks.writeUs / 1000)} / ${fmt(ticks.idleUs / 1000)}`));
  lines.push(row("  DOM changes per second (outside the clocks' digits)", `${ticks.mutationsPerSecond} (${ticks.outsideClock})`));
  lines.push(row("  style and layout after a tick", fmt(ticks.layoutUs / 1000)));
  lines.push("");
}
