// Reading the Guests view the way a user sees it.
import { expect } from "vitest";
import type { TestHost } from "../host/test-host";
import { GUESTS_VIEW, GuestsView } from "../../src/plugin/guests/guests-view";
import { settle } from "./harness";

export interface GuestRowText {
  name: string;
  meta: string;
  facts: string;
  episodes: string[];
  missing: string[];
  problems: string[];
  buttons: string[];
}

/** Opens the view through its command, lets the index settle, draws it. */
export async function openGuests(host: TestHost): Promise<GuestsView> {
  expect(await host.runCommand("office-hours:open-guests")).toBe(true);
  await settle(host);
  const view = guestsView(host);
  view.redraw();
  return view;
}

export function guestsView(host: TestHost): GuestsView {
  const leaves = host.app.workspace.getLeavesOfType(GUESTS_VIEW);
  const view = leaves[0]?.view;
  if (leaves.length !== 1 || !(view instanceof GuestsView)) throw new Error(`Expected one loaded guests view, found ${leaves.length}`);
  return view;
}

/** Waits for the plugin's writes and events, then draws the view again. */
export async function redrawGuests(host: TestHost, view: GuestsView): Promise<void> {
  await settle(host);
  view.redraw();
}

const text = (el: Element | null | undefined) => el?.textContent ?? "";

/** Group title → the names in it, in order (empty groups included). */
export function pipeline(view: GuestsView): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of Array.from(view.contentEl.querySelectorAll(".office-hours-group"))) {
    if (group.classList.contains("office-hours-maybe-same") || group.classList.contains("office-hours-conflicts")) continue;
    const title = text(group.querySelector(".office-hours-group-title span"));
    out[title] = Array.from(group.querySelectorAll(".office-hours-guest-name")).map((el) => text(el));
  }
  return out;
}

export function guestRow(view: GuestsView, name: string): HTMLElement {
  const row = Array.from(view.contentEl.querySelectorAll<HTMLElement>(".office-hours-guest")).find((el) => text(el.querySelector(".office-hours-guest-name")) === name);
  if (!row) throw new Error(`No guest row for ${name}`);
  return row;
}

export function readGuestRow(row: HTMLElement): GuestRowText {
  return {
    name: text(row.querySelector(".office-hours-guest-name")),
    meta: text(row.querySelector(".office-hours-guest-meta")),
    facts: text(row.querySelector(".office-hours-guest-facts")),
    episodes: Array.from(row.querySelectorAll(".office-hours-guest-episode")).map((a) => text(a)),
    missing: Array.from(row.querySelectorAll(".office-hours-chip")).map((c) => text(c)),
    problems: Array.from(row.querySelectorAll(".office-hours-guest-problems li")).map((li) => text(li)),
    buttons: Array.from(row.querySelectorAll(".office-hours-guest-actions button")).map((b) => text(b)),
  };
}
