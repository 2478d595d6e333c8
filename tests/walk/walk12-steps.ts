// A host whose weekly show is in German, on a phone (walk12): "Cloud-Stammtisch" (CST),
// Thursdays 18 Uhr in Berlin, kept in tests/fixtures/walk12-vault (German headings, `Gast::`
// and `Gäste::`, "Datum:: 23.01.2025" in the oldest notes, "18 Uhr" in every note, a template
// in `Vorlagen/`, guest notes in `Gäste/`). Obsidian runs in German on an Android phone (the
// stand-in host's mobile mode: no status bar, no CLI). Shared by the walk12-*.test.ts files;
// each step is the real command, modal or view, driven as the README and the plugin's own
// words say.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { expect } from "vitest";
import { findButton, userClick } from "../host/interactions";
import { setLanguage } from "../host/platform";
import type { TestHost } from "../host/test-host";
import { DATA_PATH, TestClock, settle, start, topModal } from "../plugin/harness";
import type { OfficeHoursSettings } from "../../src/core/settings/settings";
import { letTimePass } from "./walk8-week";

const VAULT = join(import.meta.dirname, "../fixtures/walk12-vault");

/** Monday 3 March 2025, 09:00 UTC (10:00 in Berlin): CST 26 airs on Thursday 6 March at 18 Uhr. */
export const WALK12_NOW = new Date("2025-03-03T09:00:00Z");

const CST = "Sendungen/Cloud-Stammtisch";
export const CST21 = `${CST}/Folge 21 – Prometheus für Einsteiger.md`;
export const CST22 = `${CST}/Folge 22 – Alerting ohne Alarmmüdigkeit.md`;
export const CST25 = `${CST}/Folge 25 – Tracing mit Tempo.md`;
export const CST26 = `${CST}/Folge 26 – Grafana Alloy.md`;
export const CST27 = `${CST}/Folge 27 – Profiling mit Pyroscope.md`;
export const CST28 = `${CST}/Folge 28 – Kubernetes-Kosten im Griff.md`;
export const INDEX = `${CST}/Cloud-Stammtisch.md`;
export const TEMPLATE = "Vorlagen/Cloud-Stammtisch Folge.md";

/** Every file of the fixture by vault path (its README left out), `.obsidian/templates.json` included. */
export function walk12Files(): Record<string, string> {
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

/** The plugin just enabled on the phone, Obsidian in German (or `language`): nothing set up, the first-run notice not yet shown. */
export async function install(options: { files?: Record<string, string>; now?: Date; language?: string } = {}): Promise<{ h: TestHost; clock: TestClock }> {
  setLanguage(options.language ?? "de");
  const clock = new TestClock(options.now ?? WALK12_NOW);
  const { host } = await start({ files: options.files ?? walk12Files(), clock, detectionOffered: false, mobile: true });
  await letTimePass(host);
  return { h: host, clock };
}

/** "Detect shows", then "Add 1 show", accepting what the review proposes as it stands. */
export async function detectAndAdd(h: TestHost): Promise<void> {
  expect(await h.runCommand("office-hours:detect-shows")).toBe(true);
  await settle(h);
  userClick(findButton(topModal(h).modalEl, "Add 1 show"));
  await letTimePass(h);
}

/** Installed and set up through Detect shows, as the first-run notice leads the host. */
export async function setUp(options: { files?: Record<string, string>; now?: Date; language?: string } = {}): Promise<{ h: TestHost; clock: TestClock }> {
  const started = await install(options);
  await detectAndAdd(started.h);
  return started;
}

export async function storedSettings(h: TestHost): Promise<OfficeHoursSettings> {
  return JSON.parse(await h.app.vault.adapter.read(DATA_PATH)) as OfficeHoursSettings;
}

/** Back to the host's defaults after a test (Obsidian's language is module state in the stand-in). */
export function resetLanguage(): void {
  setLanguage("en");
}
