// Shared set-up for the plugin's end-to-end tests: the real manifest, the real notes,
// a plugin whose clock is fixed, and small helpers to wait and to read the vault.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { PluginManifest, TFile } from "obsidian";
import { expect, vi } from "vitest";
import OfficeHoursPlugin from "../../src/main";
import { EpisodeIndex } from "../../src/core/vault/episode-index";
import type { Clock } from "../../src/plugin/clock";
import { createTestHost, type TestHost, type TestHostOptions } from "../host/test-host";
import type { Modal } from "../host/modal";
import { OFFERED_KEY } from "../../src/plugin/detect/detect-flow";

const ROOT = join(import.meta.dirname, "../..");
const REAL_NOTES_DIR = join(ROOT, "tests/fixtures/real-notes");

/** The plugin's own manifest.json, as Obsidian reads it. */
export const MANIFEST = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as PluginManifest;
export const PLUGIN_DIR = `.obsidian/plugins/${MANIFEST.id}`;
export const DATA_PATH = `${PLUGIN_DIR}/data.json`;

/** Monday 2 June 2025, 10:00 UTC: Monday from UTC-10 to UTC+13, so also in a show zone taken from the device. */
export const NOW = new Date("2025-06-02T10:00:00Z");

/** A clock the test can move. */
export class TestClock implements Clock {
  constructor(public current: Date = NOW) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
}

/** The real notes (every .md in the fixture folder), unchanged, under `folder`. */
export function realNotes(folder = ""): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(REAL_NOTES_DIR)) {
    if (!name.endsWith(".md") || name === "SOURCE.md") continue;
    files[folder === "" ? name : `${folder}/${name}`] = readFileSync(join(REAL_NOTES_DIR, name), "utf8");
  }
  return files;
}

export function realNote(name: string): string {
  return readFileSync(join(REAL_NOTES_DIR, name), "utf8");
}

export const GOH25 = "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md";
export const GOH12 = "GOH 12 - Govable.md";
export const GOH30 = "GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope.md";
export const AA22 = "A&A 22 - Navigating through unemployment with Renata Andrade.md";
export const LOGGING03 = "03 - Logging Best Practices.md";
export const LOKI_CACHE = "2025-03-25-loki-cache.md";

export interface StartOptions extends Omit<TestHostOptions, "files"> {
  files?: Record<string, string>;
  /** Written to data.json before the plugin loads (an object is stored as JSON, a string as is). */
  data?: unknown;
  clock?: TestClock;
  /** Declare the layout ready (default) so the first scan runs. */
  ready?: boolean;
  /**
   * A vault where show detection was already offered (the default): the first-run notice
   * stays out of tests about other things. Its own tests pass false.
   */
  detectionOffered?: boolean;
}

export interface Started {
  host: TestHost;
  plugin: OfficeHoursPlugin;
  clock: TestClock;
}

/** A host with the plugin loaded from its manifest, a fixed clock and (by default) the layout ready. */
export async function start(options: StartOptions = {}): Promise<Started> {
  const { data, clock = new TestClock(), ready = true, files = {}, detectionOffered = true, ...hostOptions } = options;
  const seeded = { ...files };
  if (data !== undefined) seeded[DATA_PATH] = typeof data === "string" ? data : JSON.stringify(data, null, 2);
  const host = await createTestHost({ ...hostOptions, files: seeded });
  class PluginWithClock extends OfficeHoursPlugin {
    override clock: Clock = clock;
  }
  if (detectionOffered) host.app.saveLocalStorage(OFFERED_KEY, "2025-01-01T00:00:00.000Z");
  const plugin = await host.loadPlugin(PluginWithClock, MANIFEST);
  if (ready) {
    await host.layoutReady();
    await settle(host);
  }
  return { host, plugin, clock };
}

/** The setImmediate of Node, kept before any test fakes timers. */
const realSetImmediate = setImmediate;

/**
 * Lets un-awaited plugin work (a `void` promise started by a click) finish, then runs
 * everything the host has pending. Promise chains in the host never wait on real I/O,
 * so one macrotask turn drains them; repeat a few times for work that schedules more.
 */
export async function settle(host: TestHost, rounds = 4): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise<void>((resolve) => realSetImmediate(resolve));
    await host.flush();
  }
}

/** Records what the plugin reads (read or cachedRead, each read once) and classifies from now on. */
export function watchReads(h: TestHost): { reads: () => string[]; classified: () => string[] } {
  const vault = h.app.vault;
  const read = vault.read.bind(vault);
  const cachedRead = vault.cachedRead.bind(vault);
  const paths: string[] = [];
  // The host's cachedRead calls read (synchronously): count that as one read.
  let insideCachedRead = false;
  vi.spyOn(vault, "cachedRead").mockImplementation((file) => {
    paths.push(file.path);
    insideCachedRead = true;
    try {
      return cachedRead(file);
    } finally {
      insideCachedRead = false;
    }
  });
  vi.spyOn(vault, "read").mockImplementation((file) => {
    if (!insideCachedRead) paths.push(file.path);
    return read(file);
  });
  const update = vi.spyOn(EpisodeIndex.prototype, "update");
  return { reads: () => [...paths], classified: () => update.mock.calls.map(([path]) => path) };
}

/** Ends a test's host: no vault, workspace or metadata handler may have thrown. */
export function finish(host: TestHost | undefined): void {
  if (!host) return;
  const errors = [...host.errors];
  host.closeSettings();
  host.dispose();
  expect(errors).toEqual([]);
}

/** The vault file's bytes on disk, read around the Vault API. */
export function onDisk(host: TestHost, path: string): string {
  if (host.vaultDir === null) throw new Error("This test needs the disk store.");
  return readFileSync(join(host.vaultDir, ...path.split("/")), "utf8");
}

export function fileAt(host: TestHost, path: string): TFile {
  const file = host.app.vault.getFileByPath(path);
  if (!file) throw new Error(`No file at ${path}; files: ${host.app.vault.getFiles().map((f) => f.path).join(", ")}`);
  return file;
}

/** The modal on top, failing the test when there is none. */
export function topModal(host: TestHost): Modal {
  const modal = host.activeModal();
  if (!modal) throw new Error("No modal is open.");
  return modal;
}

/** The path of the file shown in the active editor tab, or null. */
export function activeFilePath(host: TestHost): string | null {
  return host.app.workspace.getActiveFile()?.path ?? null;
}

/** Minimal settings object for data.json: one show, the rest filled in by migration. */
export function showData(shows: Record<string, unknown>[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: 1, shows, ...extra };
}
