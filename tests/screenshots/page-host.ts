// The page's running app: one stand-in host with the real plugin on a fixed clock, so
// pictures and figures do not depend on the day they are made, and the waits every
// scene and benchmark of the page shares.
import { createHost, type Host } from "../host/host";
import OfficeHoursPlugin from "../../src/main";
import manifest from "../../manifest.json";
import type { EpisodesView } from "../../src/plugin/episodes/episodes-view";

export { manifest };

export const FIXED_NOW = new Date("2026-11-25T10:00:00Z");

/** The pictures' "now": fixed, moved only by the live-show scenario. */
let pageNow = FIXED_NOW;

export function setNow(ms: number): void {
  pageNow = new Date(ms);
}

export function resetNow(): void {
  pageNow = FIXED_NOW;
}

export function nowMs(): number {
  return pageNow.getTime();
}

export class PicturedPlugin extends OfficeHoursPlugin {
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

/** The host and plugin now running; each scene disposes the previous host first. */
export const page: Page = { host: null, plugin: null };

/**
 * Make the browser compute style and layout now (it would before the next paint), so the
 * time measured is script plus layout, not the wait for the next frame.
 */
export function forceLayout(): void {
  void document.body.getBoundingClientRect();
  void document.querySelector(".office-hours-list")?.scrollHeight;
}

/** Resolve once `check` holds, polling each animation frame (the view redraws on its own). */
export async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => window.requestAnimationFrame(resolve));
  }
}

/** Platform.isMobile for the hosts started from now on: set from the body's `is-mobile` class. */
function mobileBody(): boolean {
  return document.body.classList.contains("is-mobile");
}

export async function start(files: Record<string, string>): Promise<void> {
  const host = await createHost({ files, mobile: mobileBody() });
  page.host = host;
  const plugin = await host.loadPlugin(PicturedPlugin, manifest);
  page.plugin = plugin;
  await host.layoutReady();
  await host.flush();
  // The first scan runs in batches after layout-ready; wait for it like a user would.
  const indexer = (plugin as unknown as { indexer: { isReady: boolean } }).indexer;
  await until(() => indexer.isReady, "the first scan", 60_000);
}

export function host(): Host {
  if (!page.host) throw new Error("call start first");
  return page.host;
}

export function view(): EpisodesView {
  const leaf = host().app.workspace.getLeavesOfType("office-hours-episodes")[0];
  if (!leaf) throw new Error("the sidebar is not open");
  return leaf.view as EpisodesView;
}

export async function openSidebar(): Promise<void> {
  await host().runCommand("office-hours:open-sidebar");
  await host().flush();
  // The view draws itself once it is visible: nothing here forces it.
  await until(() => document.querySelector(".office-hours-list")?.childElementCount !== 0, "the sidebar to draw");
}

export async function setView(name: "attention" | "ideas" | "past" | "all"): Promise<void> {
  document.querySelector<HTMLButtonElement>(`.office-hours-views button[data-view="${name}"]`)?.click();
  await host().flush();
}
