// Driving the live show the way a host does: commands, the live view's buttons and
// fields, the status bar; with fake timers so the clock ticks and debounces on demand.
import { expect, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { LIVE_VIEW, LiveView } from "../../src/plugin/live/live-view";
import { settle, type TestClock } from "./harness";

/** Fakes the timers the ticker (setInterval) and the view's debounce (setTimeout) use; call before the plugin loads. */
export function fakeLiveTimers(): void {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] });
}

/** Moves the injected clock and the fake timers by `ms`, then lets the plugin's work finish. */
export async function pass(host: TestHost, clock: TestClock, ms: number): Promise<void> {
  clock.current = new Date(clock.current.getTime() + ms);
  await settle(host);
  await vi.advanceTimersByTimeAsync(Math.min(ms, 1000));
  await settle(host);
}

/** Lets the view's debounced redraw run, without moving the show's clock. */
export async function redrawn(host: TestHost): Promise<void> {
  await settle(host);
  await vi.advanceTimersByTimeAsync(400);
  await settle(host);
}

export function liveViews(host: TestHost): LiveView[] {
  return host.app.workspace
    .getLeavesOfType(LIVE_VIEW)
    .map((leaf) => leaf.view)
    .filter((view): view is LiveView => view instanceof LiveView);
}

export function liveView(host: TestHost): LiveView {
  const views = liveViews(host);
  expect(views).toHaveLength(1);
  const view = views[0];
  if (!view) throw new Error("no live view");
  return view;
}

export function statusBarText(host: TestHost): string | null {
  const el = host.standIn.hostStatusBarEl.querySelector<HTMLElement>(".office-hours-live-status-bar");
  if (!el || el.style.display === "none") return null;
  return (el.textContent ?? "").trim();
}

export function headerClock(view: LiveView): string {
  return view.contentEl.querySelector(".office-hours-live-header .office-hours-live-clock")?.textContent ?? "";
}

/** The talking points as shown: title, and the logged time when logged. */
export function shownPoints(view: LiveView): [string, string][] {
  return Array.from(view.contentEl.querySelectorAll(".office-hours-live-point")).map((li) => [
    li.querySelector(".office-hours-live-point-title")?.textContent ?? "",
    li.querySelector(".office-hours-live-point-time")?.textContent ?? "",
  ]);
}

export function pointButton(view: LiveView, title: string): HTMLButtonElement {
  const button = Array.from(view.contentEl.querySelectorAll<HTMLButtonElement>(".office-hours-live-point-title")).find((b) => b.textContent === title);
  if (!button) throw new Error(`No talking point “${title}”`);
  return button;
}

export function shownChapters(view: LiveView): string[] {
  return Array.from(view.contentEl.querySelectorAll(".office-hours-live-chapters li")).map((li) => li.textContent ?? "");
}

export function shownProblems(view: LiveView): string[] {
  return Array.from(view.contentEl.querySelectorAll(".office-hours-live-problems li")).map((li) => li.textContent ?? "");
}

export function viewButton(view: LiveView, text: string): HTMLButtonElement {
  const button = Array.from(view.contentEl.querySelectorAll("button")).find((b) => (b.textContent ?? "").trim() === text);
  if (!button) throw new Error(`No button “${text}” in the live view; buttons: ${Array.from(view.contentEl.querySelectorAll("button")).map((b) => b.textContent).join(" | ")}`);
  return button;
}
