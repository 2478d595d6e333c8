// Reading the episodes sidebar the way a user sees it.
import { expect, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { EPISODES_VIEW, EpisodesView } from "../../src/plugin/episodes/episodes-view";
import { settle } from "./harness";

export interface RowText {
  path: string;
  number: string;
  title: string;
  guests: string;
  date: string;
  /** "Prep 9/13" per shown phase. */
  bars: string[];
  next: string | null;
  alerts: string[];
  openCount: number;
}

/** The view's redraw waits 150 ms for a burst of changes to end (episodes-view.ts). */
const REDRAW_WAIT_MS = 200;

/** Fakes the timers the sidebar's debounce uses; call before the plugin loads. */
export function fakeTimers(): void {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
}

/** Lets the debounced redraw run (needs fakeTimers()), then whatever it started. */
export async function redrawn(host: TestHost): Promise<void> {
  if (!vi.isFakeTimers()) throw new Error("Call fakeTimers() first: the sidebar redraws after a debounce.");
  await settle(host);
  await vi.advanceTimersByTimeAsync(REDRAW_WAIT_MS);
  await settle(host);
}

/** Opens the sidebar through its command and returns the loaded, drawn view. */
export async function openSidebar(host: TestHost): Promise<EpisodesView> {
  expect(await host.runCommand("office-hours:open-sidebar")).toBe(true);
  await redrawn(host);
  return sidebarView(host);
}

export function sidebarView(host: TestHost): EpisodesView {
  const leaves = host.app.workspace.getLeavesOfType(EPISODES_VIEW);
  const view = leaves[0]?.view;
  if (leaves.length !== 1 || !(view instanceof EpisodesView)) throw new Error(`Expected one loaded episodes view, found ${leaves.length}`);
  return view;
}

function text(el: Element | null | undefined): string {
  return el?.textContent ?? "";
}

export function rowElements(view: EpisodesView): HTMLElement[] {
  return Array.from(view.contentEl.querySelectorAll<HTMLElement>(".office-hours-row"));
}

export function rowEl(view: EpisodesView, path: string): HTMLElement {
  const row = rowElements(view).find((el) => el.getAttribute("data-path") === path);
  if (!row) throw new Error(`No row for ${path}; rows: ${rowElements(view).map((r) => r.getAttribute("data-path")).join(" | ")}`);
  return row;
}

export function readRow(row: HTMLElement): RowText {
  return {
    path: row.getAttribute("data-path") ?? "",
    number: text(row.querySelector(".office-hours-number")),
    title: text(row.querySelector(".office-hours-title")),
    guests: text(row.querySelector(".office-hours-guests")),
    date: text(row.querySelector(".office-hours-date")),
    bars: Array.from(row.querySelectorAll(".office-hours-bar")).map(
      (bar) => `${text(bar.querySelector(".office-hours-bar-label"))} ${text(bar.querySelector(".office-hours-bar-count"))}`,
    ),
    next: row.querySelector(".office-hours-next") ? text(row.querySelector(".office-hours-next")).replace(/^Next: /, "") : null,
    alerts: Array.from(row.querySelectorAll(".office-hours-alert")).map((li) => text(li)),
    openCount: Number(text(row.querySelector(".office-hours-open-count")) || "0"),
  };
}

export function rowPaths(view: EpisodesView): string[] {
  return rowElements(view).map((row) => row.getAttribute("data-path") ?? "");
}

/** Group titles with their counts, as shown: "GOH 3". */
export function groupTitles(view: EpisodesView): string[] {
  return Array.from(view.contentEl.querySelectorAll(".office-hours-group-title")).map(
    (el) => `${text(el.firstElementChild)} ${text(el.querySelector(".office-hours-count"))}`,
  );
}

export function whenButton(view: EpisodesView, label: "Upcoming" | "Past" | "All"): HTMLButtonElement {
  const button = Array.from(view.contentEl.querySelectorAll<HTMLButtonElement>(".office-hours-when button")).find((b) => b.textContent === label);
  if (!button) throw new Error(`No "${label}" button`);
  return button;
}

/** An open item's own text: its label without the due date shown after it. */
export function itemText(label: Element): string {
  const due = label.querySelector(".office-hours-item-due");
  const all = text(label);
  return due ? all.slice(0, all.length - text(due).length) : all;
}

/** The open-item checkbox of `row` whose label is `itemText`. */
export function openItemCheckbox(row: HTMLElement, wanted: string): HTMLInputElement {
  const labels = Array.from(row.querySelectorAll(".office-hours-open-item")).filter((label) => itemText(label) === wanted);
  const box = labels[0]?.querySelector<HTMLInputElement>("input[type=checkbox]");
  if (labels.length !== 1 || !box) throw new Error(`Expected one open item "${wanted}" in the row, found ${labels.length}`);
  return box;
}

/** The checkbox of the open item `itemText` listed under the section heading `section`. */
export function openItemCheckboxUnder(row: HTMLElement, section: string, wanted: string): HTMLInputElement {
  let current = "";
  const boxes: HTMLInputElement[] = [];
  for (const el of Array.from(row.querySelectorAll(".office-hours-open-section, .office-hours-open-item"))) {
    if (el.classList.contains("office-hours-open-section")) current = text(el);
    else if (current === section && itemText(el) === wanted) {
      const box = el.querySelector<HTMLInputElement>("input[type=checkbox]");
      if (box) boxes.push(box);
    }
  }
  const [box] = boxes;
  if (boxes.length !== 1 || !box) throw new Error(`Expected one open item "${wanted}" under "${section}", found ${boxes.length}`);
  return box;
}

export function expandButton(row: HTMLElement): HTMLButtonElement {
  const button = row.querySelector<HTMLButtonElement>(".office-hours-expand");
  if (!button) throw new Error("The row has no expand button");
  return button;
}
