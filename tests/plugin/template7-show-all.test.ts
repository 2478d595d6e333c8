// @vitest-environment happy-dom
// template7: an expanded row draws each of its two lists (the items that matter now, and the
// folded "N more open items, not needed now") up to ITEMS_SHOWN items, each with its own
// "Show all" button. Pressing one list's button used to mark the whole row, so the next
// redraw (a tick, the note saved) drew the other list whole as well: its button gone and
// every item built, though the user never asked for it. The rule: "Show all" is kept per
// list of a row, and both are forgotten when the row folds.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { userClick } from "../host/interactions";
import { BUILTIN_TEMPLATE } from "../../src/core/new-episode/template/builtin";
import { ITEMS_SHOWN } from "../../src/plugin/episodes/episode-row";
import { fileAt, finish, start } from "./harness";
import { expandButton, fakeTimers, openSidebar, redrawn, rowEl, viewButton } from "./sidebar-dom";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const PATH = "Office Hours/OH 1 - Topic 1, with Guest 1.md";
const MANY = 150;

/** The built-in template's note for a show on 20 June 2025, with `many` more items after the first item under `heading`. */
function bigNote(): string {
  let note = BUILTIN_TEMPLATE.replace("date: {{date}}", "date: 2025-06-20").replace(/\{\{guestList\}\}/, "Ann").replace(/\{\{[^}]*\}\}/g, "x");
  for (const [heading, word] of [["## Checklist", "prep"], ["## After the show", "after"]] as const) {
    const first = note.indexOf("- [ ] ", note.indexOf(heading));
    const end = note.indexOf("\n", first) + 1;
    const extra = Array.from({ length: MANY }, (_, i) => `- [ ] ${word} item ${i + 1}\n`).join("");
    note = note.slice(0, end) + extra + note.slice(end);
  }
  return note;
}

/** The row's two lists: the items drawn first, and the folded ones. */
function lists(row: HTMLElement): { first: HTMLElement[]; folded: HTMLElement[]; firstButton: HTMLButtonElement | null; foldedButton: HTMLButtonElement | null; foldedOpen: boolean } {
  const details = row.querySelector<HTMLDetailsElement>(".office-hours-other-items");
  if (!details) throw new Error("no folded list");
  const items = Array.from(row.querySelectorAll<HTMLElement>(".office-hours-open-item"));
  const buttons = Array.from(row.querySelectorAll<HTMLButtonElement>(".office-hours-all-items"));
  return {
    first: items.filter((el) => !details.contains(el)),
    folded: items.filter((el) => details.contains(el)),
    firstButton: buttons.find((el) => !details.contains(el)) ?? null,
    foldedButton: buttons.find((el) => details.contains(el)) ?? null,
    foldedOpen: details.open,
  };
}

async function saveNote(h: TestHost, marker: string): Promise<void> {
  await h.app.vault.process(fileAt(h, PATH), (text) => `${text}\nSaved ${marker}.\n`);
  await redrawn(h);
}

describe("'Show all' in one list of an expanded row", () => {
  it("draws that list whole, through redraws, and leaves the other list capped and folded", async () => {
    ({ host } = await start({ files: { [PATH]: bigNote() } }));
    const h = host;
    const view = await openSidebar(h);
    userClick(viewButton(view, "All"));
    userClick(expandButton(rowEl(view, PATH)));
    await redrawn(h);
    const row = () => rowEl(view, PATH);
    const before = lists(row());
    expect(before.first.length).toBe(ITEMS_SHOWN);
    expect(before.folded.length).toBe(ITEMS_SHOWN);
    const firstTotal = Number(/\d+/.exec(before.firstButton?.textContent ?? "")?.[0]);
    const foldedTotal = Number(/\d+/.exec(before.foldedButton?.textContent ?? "")?.[0]);
    expect(firstTotal).toBeGreaterThan(MANY);
    expect(foldedTotal).toBeGreaterThan(MANY);

    if (!before.firstButton) throw new Error("no Show all button in the first list");
    userClick(before.firstButton);
    await saveNote(h, "once");
    const after = lists(row());
    expect(after.first.length).toBe(firstTotal);
    expect(after.firstButton).toBeNull();
    // The other list: as it was, folded, its first items and its own button.
    expect(after.foldedOpen).toBe(false);
    expect(after.folded.length).toBe(ITEMS_SHOWN);
    expect(after.foldedButton?.textContent).toBe(`Show all ${foldedTotal} open items`);

    // Its own button, pressed inside the open fold: that list whole too, the fold kept open.
    const details = row().querySelector<HTMLDetailsElement>(".office-hours-other-items");
    if (!details || !after.foldedButton) throw new Error("no folded list");
    details.open = true;
    userClick(after.foldedButton);
    await saveNote(h, "twice");
    const both = lists(row());
    expect([both.first.length, both.folded.length, both.foldedOpen]).toEqual([firstTotal, foldedTotal, true]);
    expect([both.firstButton, both.foldedButton]).toEqual([null, null]);

    // Folded and opened again: both capped again.
    userClick(expandButton(row()));
    await redrawn(h);
    userClick(expandButton(row()));
    await redrawn(h);
    const again = lists(row());
    expect([again.first.length, again.folded.length]).toEqual([ITEMS_SHOWN, ITEMS_SHOWN]);
  }, 120_000);

  it("in the folded list only: the first list stays capped through a redraw", async () => {
    ({ host } = await start({ files: { [PATH]: bigNote() } }));
    const h = host;
    const view = await openSidebar(h);
    userClick(viewButton(view, "All"));
    userClick(expandButton(rowEl(view, PATH)));
    await redrawn(h);
    const row = () => rowEl(view, PATH);
    const button = lists(row()).foldedButton;
    if (!button) throw new Error("no Show all button in the folded list");
    userClick(button);
    await saveNote(h, "once");
    const after = lists(row());
    expect(after.first.length).toBe(ITEMS_SHOWN);
    expect(after.firstButton).not.toBeNull();
    expect(after.folded.length).toBeGreaterThan(ITEMS_SHOWN);
    expect(after.foldedButton).toBeNull();
  }, 120_000);
});
