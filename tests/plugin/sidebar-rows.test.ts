// @vitest-environment happy-dom
// One changed note redraws one row: through the stand-in host, counting the rows and
// statuses each redraw rebuilds (the view's lastRedrawCount, the mode's statusesRebuilt)
// and checking that the other rows keep their elements and their text. Also: typing in
// an open note never redraws the whole list, and a tick from the sidebar updates its row
// and keeps the keyboard focus in it.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { userClick } from "../host/interactions";
import { BUILTIN_TEMPLATE } from "../../src/core/new-episode/template/builtin";
import { AA22, GOH12, LOKI_CACHE, finish, onDisk, realNote, realNotes, settle, start } from "./harness";
import { expandButton, fakeTimers, itemText, openItemCheckbox, openSidebar, readDetails, readRow, redrawn, rowEl, rowElements, rowPaths, viewButton } from "./sidebar-dom";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const PRONOUNCE = "- [ ] How do you pronounce your name?";

/** Episodes made from the built-in template (as the benchmark's), each on the date given. */
function fromTemplate(dates: readonly string[]): Record<string, string> {
  const files: Record<string, string> = {};
  dates.forEach((date, i) => {
    const n = i + 1;
    files[`Office Hours/OH ${n} - Topic ${n}, with Guest ${n}.md`] = BUILTIN_TEMPLATE.replace("date: {{date}}", `date: ${date}`)
      .replace(/\{\{guestList\}\}/, `Guest ${n}`)
      .replace(/\{\{[^}]*\}\}/g, "x");
  });
  return files;
}

const OH1 = "Office Hours/OH 1 - Topic 1, with Guest 1.md";

describe("one changed note", () => {
  it("among episodes sharing a slot, redraws its own row only: the others keep their elements and their warnings", async () => {
    // Today is Monday 2 June 2025; four episodes on Friday 20 June, each overlapping the others.
    const files = fromTemplate(["2025-06-20", "2025-06-20", "2025-06-20", "2025-06-20", "2025-06-27"]);
    ({ host } = await start({ files }));
    const view = await openSidebar(host);
    userClick(viewButton(view, "All"));
    const before = new Map(rowElements(view).map((el) => [el.getAttribute("data-path") ?? "", el]));
    const alerts = () => rowPaths(view).map((path) => readRow(rowEl(view, path)).alert);
    const alertsBefore = alerts();
    expect(alertsBefore.filter((a) => a?.startsWith("Overlaps “OH"))).toHaveLength(4);

    await host.externalWrite(OH1, (files[OH1] ?? "").replace(PRONOUNCE, "- [x] How do you pronounce your name?"));
    await redrawn(host);
    expect([view.lastRedrawCount, view.episodes.statusesRebuilt]).toEqual([1, 1]);
    expect(alerts()).toEqual(alertsBefore);
    for (const el of rowElements(view)) {
      const path = el.getAttribute("data-path") ?? "";
      if (path === OH1) expect(el).not.toBe(before.get(path));
      else expect(el).toBe(before.get(path));
    }
  });

  it("keeps every series' chip colour, on its own row and on the rows not redrawn", async () => {
    // GOH and A&A want the same colour; which one had it followed the index's order, and
    // the index puts a note read again last: A&A's row turned to GOH's colour, GOH's kept it.
    const files = realNotes();
    ({ host } = await start({ files }));
    const view = await openSidebar(host);
    userClick(viewButton(view, "All"));
    const chips = () => rowElements(view).map((el) => `${el.querySelector(".office-hours-chip")?.textContent ?? ""} ${el.querySelector(".office-hours-chip")?.className ?? ""}`);
    const colours = (code: string) => new Set(chips().filter((c) => c.startsWith(`${code} `)).map((c) => c.slice(code.length)));
    const chipsBefore = chips();
    expect(colours("GOH").size).toBe(1);
    expect(colours("A&A")).not.toEqual(colours("GOH"));
    await host.externalWrite(AA22, `${files[AA22] ?? ""}\n- [ ] One more thing\n`);
    await redrawn(host);
    expect([view.lastRedrawCount, view.episodes.statusesRebuilt]).toEqual([1, 1]);
    expect(chips()).toEqual(chipsBefore);
  });
});

describe("a note moved to another date", () => {
  it("moves its own row only: the other rows stay in the page, and the focus on one of them stays", async () => {
    const files = fromTemplate(["2025-06-06", "2025-06-13", "2025-06-20", "2025-06-27", "2025-07-04"]);
    ({ host } = await start({ files }));
    const view = await openSidebar(host);
    userClick(viewButton(view, "All"));
    const OH3 = "Office Hours/OH 3 - Topic 3, with Guest 3.md";
    expect(rowPaths(view).indexOf(OH1)).toBe(4);
    const focused = rowEl(view, OH3).querySelector<HTMLElement>(".office-hours-row-main");
    focused?.focus();
    const list = view.contentEl.querySelector(".office-hours-list");
    if (!list || !focused) throw new Error("no list");
    const removed: Node[] = [];
    const observer = new MutationObserver((records) => removed.push(...records.flatMap((record) => [...record.removedNodes])));
    observer.observe(list, { childList: true });
    await host.externalWrite(OH1, (files[OH1] ?? "").replace("date: 2025-06-06", "date: 2025-07-11"));
    await redrawn(host);
    removed.push(...observer.takeRecords().flatMap((record) => [...record.removedNodes]));
    observer.disconnect();
    expect(rowPaths(view).indexOf(OH1)).toBe(0);
    expect(removed.map((node) => (node as HTMLElement).getAttribute("data-path"))).toEqual([OH1]);
    expect(document.activeElement).toBe(focused);
  });
});

describe("typing in an open note", () => {
  it("redraws at most that note's row per save, never the list", async () => {
    const files = fromTemplate(["2025-06-06", "2025-06-13", "2025-06-20", "2025-06-27", "2025-07-04"]);
    ({ host } = await start({ files }));
    const view = await openSidebar(host);
    userClick(viewButton(view, "All"));
    const mode = view.episodes;
    const redraw = mode.redraw.bind(mode);
    const statuses: number[] = [];
    const rows: number[] = [];
    vi.spyOn(mode, "redraw").mockImplementation(() => {
      const count = redraw();
      rows.push(count);
      statuses.push(mode.statusesRebuilt);
      return count;
    });
    const editor = (await host.openFile(OH1)).editor;
    const line = editor.getValue().split("\n").indexOf("## Talking points") + 1;
    // Sixty keystrokes, one every 120 ms, with pauses long enough for the editor to save.
    for (let i = 0; i < 60; i++) {
      editor.replaceRange("a", { line, ch: 0 });
      await vi.advanceTimersByTimeAsync(i % 20 === 19 ? 2500 : 120);
      await settle(host);
    }
    await redrawn(host);
    expect(rows.length).toBeGreaterThan(0);
    expect(Math.max(...rows)).toBe(1);
    expect(Math.max(...statuses)).toBe(1);
  });
});

describe("a tick from the sidebar", () => {
  it("updates its row and keeps the keyboard focus on the next item", async () => {
    const files = realNotes();
    ({ host } = await start({ files }));
    const view = await openSidebar(host);
    userClick(viewButton(view, "All"));
    userClick(expandButton(rowEl(view, GOH12)));
    await settle(host);
    const labels = () => Array.from(rowEl(view, GOH12).querySelectorAll(".office-hours-open-item")).map((label) => itemText(label));
    const [first, second] = labels();
    const phases = readDetails(rowEl(view, GOH12)).phases;
    const box = openItemCheckbox(rowEl(view, GOH12), first ?? "");
    box.focus();
    userClick(box);
    await redrawn(host);
    expect(labels()[0]).toBe(second);
    expect(readDetails(rowEl(view, GOH12)).phases).not.toEqual(phases);
    expect(onDisk(host, GOH12).split("\n").filter((l) => l.startsWith("- [x]")).length).toBe(realNote(GOH12).split("\n").filter((l) => l.startsWith("- [x]")).length + 1);
    const focused = document.activeElement;
    expect(focused?.closest(".office-hours-row")).toBe(rowEl(view, GOH12));
    expect(focused).toBe(openItemCheckbox(rowEl(view, GOH12), second ?? ""));
  });

  it("ticked among the folded items, keeps them unfolded and the focus among them", async () => {
    const files = realNotes();
    ({ host } = await start({ files }));
    const view = await openSidebar(host);
    userClick(viewButton(view, "All"));
    userClick(expandButton(rowEl(view, LOKI_CACHE)));
    await settle(host);
    const fold = () => rowEl(view, LOKI_CACHE).querySelector<HTMLDetailsElement>(".office-hours-other-items");
    const folded = () => Array.from(fold()?.querySelectorAll(".office-hours-open-item") ?? []).map((label) => itemText(label));
    expect(fold()?.open).toBe(false);
    const [first, second] = folded();
    fold()?.setAttribute("open", "");
    const box = fold()?.querySelector<HTMLInputElement>("input[type=checkbox]");
    if (!box || second === undefined) throw new Error("no folded items to tick");
    box.focus();
    userClick(box);
    await redrawn(host);
    expect(folded()[0]).toBe(second);
    expect(folded()).not.toContain(first);
    expect(fold()?.open).toBe(true);
    expect(document.activeElement).toBe(fold()?.querySelector("input[type=checkbox]"));
  });
});
