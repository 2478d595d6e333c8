// Reading the episodes sidebar the way a user sees it.
import { expect, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { EPISODES_VIEW, EpisodesView } from "../../src/plugin/episodes/episodes-view";
import { settle } from "./harness";

export interface RowText {
  path: string;
  /** The show's chip ("GOH"), "" without one. */
  chip: string;
  number: string;
  title: string;
  /** The lifecycle state (the row names it only where its date does not say it). */
  state: string;
  date: string;
  relative: string;
  /** The guests, or "no guest yet" ("no guest" once the show is over). */
  guests: string;
  /** "prep 9/13 · before 2/10": the phases that matter now, "" when none is shown. */
  progress: string;
  next: string | null;
  /** The one alert line a compact row shows (its "+N" left out), or null. */
  alert: string | null;
  /** "3 after-show items left open" on an archived row, or null. */
  quiet: string | null;
  openCount: number;
}

/** What an expanded row adds: every phase's progress ("Prep 9/13") and every alert. */
export interface RowDetails {
  phases: string[];
  alerts: string[];
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
  const alert = row.querySelector(".office-hours-row-main > .office-hours-alert");
  const more = alert?.querySelector(".office-hours-more-alerts");
  return {
    path: row.getAttribute("data-path") ?? "",
    chip: text(row.querySelector(".office-hours-chip")),
    number: text(row.querySelector(".office-hours-number")),
    title: text(row.querySelector(".office-hours-title")),
    state: row.getAttribute("data-state") ?? "",
    date: text(row.querySelector(".office-hours-date")),
    relative: text(row.querySelector(".office-hours-relative")),
    guests: text(row.querySelector(".office-hours-guests")),
    progress: text(row.querySelector(".office-hours-progress")),
    next: row.querySelector(".office-hours-next") ? text(row.querySelector(".office-hours-next")).replace(/^Next: /, "") : null,
    alert: alert ? text(alert).slice(0, text(alert).length - text(more).length) : null,
    quiet: row.querySelector(".office-hours-quiet") ? text(row.querySelector(".office-hours-quiet")) : null,
    openCount: Number(text(row.querySelector(".office-hours-open-count")) || "0"),
  };
}

/** An expanded row's details (fails when the row is not expanded). */
export function readDetails(row: HTMLElement): RowDetails {
  const details = row.querySelector(".office-hours-open-items");
  if (!details) throw new Error("The row is not expanded");
  return {
    phases: Array.from(details.querySelectorAll(".office-hours-phase")).map((el) => text(el)),
    alerts: Array.from(details.querySelectorAll(".office-hours-alert")).map((el) => text(el)),
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

const VIEW_IDS: Record<string, string> = { "Needs attention": "attention", Ideas: "ideas", Past: "past", All: "all" };

/** A view's button in the toolbar, by its label. */
export function viewButton(view: EpisodesView, label: "Needs attention" | "Ideas" | "Past" | "All"): HTMLButtonElement {
  const button = view.contentEl.querySelector<HTMLButtonElement>(`.office-hours-views button[data-view="${VIEW_IDS[label] ?? ""}"]`);
  if (!button) throw new Error(`No "${label}" button`);
  return button;
}

/** An open item's own text: its label without the due date shown after it. */
export function itemText(label: Element): string {
  const due = label.querySelector(".office-hours-item-due");
  const all = text(label);
  return due ? all.slice(0, all.length - text(due).length) : all;
}

/** The count a view's button shows. */
export function viewCount(view: EpisodesView, label: "Needs attention" | "Ideas" | "Past" | "All"): number {
  return Number(text(viewButton(view, label).querySelector(".office-hours-view-count")));
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

/** Expands a row (by its arrow, as a user does) and returns its details. */
export function expandRow(view: EpisodesView, path: string): RowDetails {
  const row = rowEl(view, path);
  if (!row.querySelector(".office-hours-open-items")) {
    expandButton(row).click();
  }
  return readDetails(rowEl(view, path));
}

/** Turns grouping by show on or off with the toolbar's button, as a user does. */
export function setGroupByShow(view: EpisodesView, on: boolean): void {
  const button = view.contentEl.querySelector<HTMLButtonElement>(".office-hours-group-toggle");
  if (!button) throw new Error("No group-by-show button");
  if ((button.getAttribute("aria-pressed") === "true") !== on) button.click();
}
