// The first-index benchmark's "after Detect shows" vault: the real plugin on the stand-in
// host, default settings, runs "Detect shows" on the benchmark notes once its first index
// is done, and the review is accepted as it opens (every show ticked, "Look for episodes
// only in the show folders" as proposed) by pressing Add. The settings it writes are
// what the measured first index then starts with. Nothing here is timed.
import type { App, Plugin, PluginManifest } from "obsidian";
import { createHost } from "../host/host";

export interface AcceptedDetection {
  /** data.json as the plugin wrote it. */
  data: string;
  /** The shows the review listed. */
  shows: string[];
  /** The toggle as the review proposed it, and its one-line reason. */
  scopeOn: boolean;
  reason: string;
  /** Where the time went (ms): building the host, its first index, detection to the review, Add to saved. */
  phases: Record<string, number>;
}

type Until = (check: () => boolean, what: string, timeoutMs?: number) => Promise<void>;

export async function acceptDetection(
  files: Record<string, string>,
  PluginClass: new (app: App, manifest: PluginManifest) => Plugin,
  manifest: PluginManifest,
  until: Until,
): Promise<AcceptedDetection> {
  const phases: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round(now - mark);
    mark = now;
  };
  const host = await createHost({ files });
  lap("host");
  try {
    const plugin = await host.loadPlugin(PluginClass, manifest);
    await host.layoutReady();
    const indexer = (plugin as unknown as { indexer: { isReady: boolean } }).indexer;
    await until(() => indexer.isReady, "the first scan", 120_000);
    lap("first index");
    await host.runCommand("office-hours:detect-shows");
    const modal = () => document.querySelector<HTMLElement>(".modal.office-hours-detect");
    await until(() => modal() !== null, "the review of the shows detected", 120_000);
    lap("detect");
    const review = modal();
    if (!review) throw new Error("no review");
    const shows = Array.from(review.querySelectorAll(".office-hours-detect-head .setting-item-name")).map((el) => el.textContent ?? "");
    const scope = review.querySelector(".office-hours-detect-scope");
    const scopeOn = scope?.querySelector(".checkbox-container")?.classList.contains("is-enabled") ?? false;
    const reason = scope?.querySelector(".setting-item-description")?.textContent ?? "";
    const add = review.querySelector<HTMLButtonElement>(".office-hours-detect-buttons button.mod-cta");
    if (!add || add.disabled) throw new Error("the review cannot be accepted");
    add.click();
    const path = `.obsidian/plugins/${manifest.id}/data.json`;
    let data: string | null = null;
    const started = performance.now();
    while (data === null) {
      if (performance.now() - started > 60_000) throw new Error("the accepted shows were not saved");
      await host.flush();
      if (await host.app.vault.adapter.exists(path)) data = await host.app.vault.adapter.read(path);
    }
    lap("saved");
    return { data, shows, scopeOn, reason, phases };
  } finally {
    host.dispose();
  }
}
