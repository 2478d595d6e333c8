// The five-show team's week with the plugin (tests/fixtures/five-shows, unchanged), as a
// user drives it: Monday 8 December 2025 they install the plugin, run "Detect shows" and
// accept what it proposes, then plan GOH 31 and CCG 013 through the new-episode form.
// Shared by the walk8-*.test.ts files; each step is the real command, modal or view.
import { expect, vi } from "vitest";
import { findButton, findSetting, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { DATA_PATH, TestClock, settle, start, topModal } from "../plugin/harness";
import { fiveShowNotes } from "../support/five-shows";
import type { OfficeHoursSettings } from "../../src/core/settings/settings";

/** Monday 8 December 2025, 09:00 UTC: the week the team plans. */
export const MONDAY = new Date("2025-12-08T09:00:00Z");

export const GOH_README = "projects/Grafana Office Hours/Grafana Office Hours Readme.md";
export const CCG_README = "projects/CafeConGrafana/README.md";
export const INVITADOS = "projects/CafeConGrafana/Invitados.md";

export interface Week {
  h: TestHost;
  clock: TestClock;
}

export interface PlannedWeek extends Week {
  /** GOH's new episode (Marcelo Magallón, from the GOH README's "Future guest suggestions"). */
  goh: string;
  /** Café con Grafana's (Israel Blancas, from its prospect list, Invitados.md). */
  ccg: string;
}

/** Fakes the timers the views and the indexers use (before the plugin loads). */
export function fakeWeekTimers(): void {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] });
}

/** Lets debounced work (re-indexing after a settings change, redraws) run, as time passing does. */
export async function letTimePass(h: TestHost, ms = 10_000): Promise<void> {
  await settle(h);
  await vi.advanceTimersByTimeAsync(ms);
  await settle(h);
}

/** The plugin installed in the team's vault; the first-run notice offers detection. */
export async function install(now: Date = MONDAY): Promise<Week> {
  const clock = new TestClock(now);
  const { host } = await start({ files: fiveShowNotes(), clock, detectionOffered: false });
  return { h: host, clock };
}

/** "Detect shows", everything it proposes accepted as it stands ("Add 5 shows"). */
export async function detectAndAccept(h: TestHost): Promise<void> {
  expect(await h.runCommand("office-hours:detect-shows")).toBe(true);
  await settle(h);
  userClick(findButton(topModal(h).modalEl, "Add 5 shows"));
  await letTimePass(h);
}

export async function storedSettings(h: TestHost): Promise<OfficeHoursSettings> {
  return JSON.parse(await h.app.vault.adapter.read(DATA_PATH)) as OfficeHoursSettings;
}

/** A form field's input (text or date) by its setting name. */
export function field(form: HTMLElement, name: string): HTMLInputElement {
  const input = findSetting(form, name).querySelector("input");
  if (!input) throw new Error(`No input for “${name}”`);
  return input;
}

/** Opens the show's new-episode form (left open for the test to read). */
export async function openNewEpisode(h: TestHost, showId: string): Promise<HTMLElement> {
  expect(await h.runCommand(`office-hours:new-episode-${showId}`)).toBe(true);
  await settle(h);
  const form = topModal(h).modalEl;
  expect(form.hasClass("office-hours-new-episode")).toBe(true);
  return form;
}

/**
 * The new-episode form filled as the host types it, then "Create" with the proposed date and
 * number; the path of the note it opened (the number is the form's, so a fix to the
 * numbering does not break the steps after it).
 */
export async function newEpisode(h: TestHost, showId: string, topic: string, guests: string): Promise<string> {
  const form = await openNewEpisode(h, showId);
  typeInto(field(form, "Topic"), topic);
  typeInto(field(form, "Guests"), guests);
  await settle(h);
  userClick(findButton(form, "Create"));
  await settle(h, 8);
  const made = h.app.workspace.getActiveFile()?.path;
  if (!made) throw new Error("New episode opened no note");
  return made;
}

/** Monday: detection accepted, a GOH and a CCG episode planned with guests from the prospect lists. */
export async function plannedWeek(now: Date = MONDAY): Promise<PlannedWeek> {
  const week = await install(now);
  await detectAndAccept(week.h);
  const goh = await newEpisode(week.h, "grafana-office-hours", "Synthetic Monitoring and k6", "Marcelo Magallón");
  const ccg = await newEpisode(week.h, "cafe-con-grafana", "Tempo a fondo", "Israel Blancas");
  return { ...week, goh, ccg };
}

/** The note's name without folder and extension. */
export function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1, -".md".length);
}

/** The text of a vault file through the adapter (what is on disk). */
export function read(h: TestHost, path: string): Promise<string> {
  return h.app.vault.adapter.read(path);
}
