// @vitest-environment happy-dom
// probe8: the Episodes sidebar with a huge checklist. Promise (README, "Using it"): an
// expanded row lists the open items to tick, and the sidebar stays fast. A note of 1,500
// open items drew 1,500 checkboxes at every redraw of its expanded row (and again at each
// tick). The rule chosen: each list of an expanded row draws its first 100 items, then a
// "Show all N open items" button; once asked, the row keeps showing all of them through
// redraws (a tick, the note saved) until it is folded.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { userClick } from "../host/interactions";
import { BUILTIN_TEMPLATE } from "../../src/core/new-episode/template/builtin";
import { ITEMS_SHOWN } from "../../src/plugin/episodes/episode-row";
import { fileAt, finish, start } from "../plugin/harness";
import { expandButton, fakeTimers, itemText, openSidebar, redrawn, rowEl, viewButton } from "../plugin/sidebar-dom";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const PATH = "Office Hours/OH 1 - Topic 1, with Guest 1.md";
const MANY = 1_500;

/** The built-in template's note for a show on 20 June 2025, with `count` more prep items after its first. */
function bigNote(count: number): string {
  const note = BUILTIN_TEMPLATE.replace("date: {{date}}", "date: 2025-06-20").replace(/\{\{guestList\}\}/, "Ann").replace(/\{\{[^}]*\}\}/g, "x");
  const first = note.indexOf("- [ ] ");
  const end = note.indexOf("\n", first) + 1;
  const extra = Array.from({ length: count }, (_, i) => `- [ ] extra item ${i + 1}\n`).join("");
  return note.slice(0, end) + extra + note.slice(end);
}

const labels = (row: HTMLElement) => Array.from(row.querySelectorAll(".office-hours-open-item")).map(itemText);
const allButtons = (row: HTMLElement) => Array.from(row.querySelectorAll<HTMLButtonElement>(".office-hours-all-items"));

describe("an expanded row of a note with 1,500 open items", () => {
  it("draws at most 100 items a list, then every item on 'Show all', kept through a redraw until folded", async () => {
    ({ host } = await start({ files: { [PATH]: bigNote(MANY) } }));
    const view = await openSidebar(host);
    userClick(viewButton(view, "All"));
    userClick(expandButton(rowEl(view, PATH)));
    await redrawn(host);
    const row = () => rowEl(view, PATH);
    const lists = row().querySelectorAll(".office-hours-other-items").length + 1;
    expect(labels(row()).length).toBeLessThanOrEqual(ITEMS_SHOWN * lists);
    const button = allButtons(row())[0];
    expect(button?.textContent).toMatch(/^Show all \d+ open items$/);
    const total = Number(/\d+/.exec(button?.textContent ?? "")?.[0]);
    expect(total).toBeGreaterThan(MANY);
    if (!button) throw new Error("no Show all button");
    userClick(button);
    // The keyboard's place: the first item the button brought, where the button was.
    expect(document.activeElement?.closest(".office-hours-open-item")?.textContent).toMatch(/^extra item \d+/);
    // Every item of that list, once, in the note's order, under their sections.
    const after = labels(row());
    expect(after).toContain(`extra item ${MANY}`);
    expect(after.filter((t) => t.startsWith("extra item ")).map((t) => Number(t.slice(11)))).toEqual(Array.from({ length: MANY }, (_, i) => i + 1));
    // The note changes (another item added at the end): the row is drawn again, all shown still.
    const h = host;
    const file = fileAt(h, PATH);
    await h.app.vault.process(file, (text) => text.replace("- [ ] extra item 1\n", "- [ ] extra item 1\n- [ ] added later\n"));
    await redrawn(h);
    expect(labels(row())).toContain("added later");
    expect(labels(row())).toContain(`extra item ${MANY}`);
    // Folded and opened again: the cap is back.
    userClick(expandButton(row()));
    await redrawn(h);
    userClick(expandButton(row()));
    await redrawn(h);
    expect(labels(row()).length).toBeLessThanOrEqual(ITEMS_SHOWN * lists);
    expect(allButtons(row()).length).toBeGreaterThan(0);
  }, 120_000);

  it("a short checklist draws every item and no button", async () => {
    ({ host } = await start({ files: { [PATH]: bigNote(3) } }));
    const view = await openSidebar(host);
    userClick(viewButton(view, "All"));
    userClick(expandButton(rowEl(view, PATH)));
    await redrawn(host);
    expect(labels(rowEl(view, PATH))).toContain("extra item 3");
    expect(allButtons(rowEl(view, PATH))).toEqual([]);
  });
});
