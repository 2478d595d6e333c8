// A team that shares one vault through a sync tool (walk11): "Two Hosts Live" (THL), hosted
// by Maya and Tom, both running the plugin on their own laptops (tests/fixtures/walk11-vault:
// conflict copies of four sync tools, git merge markers, both hosts' THL 44, the other
// laptop's newer data.json). Shared by the walk11-*.test.ts files; each step is the real
// command, modal or view, driven as the README and the plugin's own words say. The stand-in
// host plays the sync tool: `externalWrite` / `externalDelete` change files behind the plugin.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { TestHost } from "../host/test-host";
import { DATA_PATH, TestClock, start } from "../plugin/harness";
import type OfficeHoursPlugin from "../../src/main";
import { letTimePass } from "./walk8-week";

const VAULT = join(import.meta.dirname, "../fixtures/walk11-vault");

/** Monday 3 March 2025, 09:00 UTC: THL 42 airs on Thursday 6 March at 16:00 Berlin time. */
export const WALK11_NOW = new Date("2025-03-03T09:00:00Z");

const THL = "Shows/THL";
export const THL40 = `${THL}/THL 40 - Loki labels.md`;
export const THL40_COPY = `${THL}/THL 40 - Loki labels 1.md`;
export const THL41 = `${THL}/THL 41 - Alert fatigue.md`;
export const THL41_COPY = `${THL}/THL 41 - Alert fatigue (1).md`;
export const THL42 = `${THL}/THL 42 - Tempo.md`;
export const THL42_DROPBOX = `${THL}/THL 42 - Tempo (conflicted copy 2025-03-01).md`;
export const THL42_SYNCTHING = `${THL}/THL 42 - Tempo.sync-conflict-20250301-101500-ABCD123.md`;
export const THL43 = `${THL}/THL 43 - OpenTelemetry Collector.md`;
export const THL44_TOM = `${THL}/THL 44 - Grafana Alloy.md`;
export const THL44_MAYA = `${THL}/THL 44 - Profiling with Pyroscope.md`;
export const TEMPLATE = "Templates/THL episode.md";
export const INDEX = `${THL}/Two Hosts Live.md`;
export const COPIES = [THL40_COPY, THL41_COPY, THL42_DROPBOX, THL42_SYNCTHING];

/** Every file of the fixture by vault path, the dot-folders (.obsidian, .stversions) included. */
export function walk11Files(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const path = relative(VAULT, full).split(sep).join("/");
      if (statSync(full).isDirectory()) walk(full);
      else if (path !== "README.md") files[path] = readFileSync(full, "utf8");
    }
  };
  walk(VAULT);
  return files;
}

/** The other laptop's data.json as the fixture holds it. */
export function syncedData(): string {
  return walk11Files()[DATA_PATH] ?? "";
}

/** Only the notes: the vault before the settings synced (or with `data` as its data.json). */
export function notesOnly(): Record<string, string> {
  return Object.fromEntries(Object.entries(walk11Files()).filter(([path]) => !path.startsWith(".")));
}

/** Maya's laptop: the plugin loads in the synced vault, settings and all. */
export async function open(options: { files?: Record<string, string>; now?: Date } = {}): Promise<{ h: TestHost; clock: TestClock; plugin: OfficeHoursPlugin }> {
  const clock = new TestClock(options.now ?? WALK11_NOW);
  const { host, plugin } = await start({ files: options.files ?? walk11Files(), clock });
  await letTimePass(host);
  return { h: host, clock, plugin };
}

/** The sync tool brings a file in from the other laptop (a new file or a new revision). */
export async function synced(h: TestHost, path: string, text: string): Promise<void> {
  await h.externalWrite(path, text);
  await letTimePass(h, 1000);
}

/** The sync tool brings a rename from the other laptop: as most tools do, a delete and a create. */
export async function syncedRename(h: TestHost, from: string, to: string, text: string): Promise<void> {
  await h.externalDelete(from);
  await h.externalWrite(to, text);
  await letTimePass(h, 1000);
}

export async function storedText(h: TestHost): Promise<string> {
  return h.app.vault.adapter.read(DATA_PATH);
}
