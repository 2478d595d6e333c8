// @vitest-environment happy-dom
// probe7: the sidebar's index against renames, deletions and creations that race it.
// Promise (README, "The sidebar"): one changed note redraws its own row; a note that is
// gone is gone from the list; a note never stops the others.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { GOH12, GOH25, GOH30, fileAt, finish, realNote, realNotes, settle, start } from "../plugin/harness";
import { fakeTimers, openSidebar, readRow, rowEl, rowPaths, viewButton, redrawn } from "../plugin/sidebar-dom";
import { userClick } from "../host/interactions";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

async function sidebar() {
  const started = await start({ files: realNotes() });
  host = started.host;
  const view = await openSidebar(started.host);
  userClick(viewButton(view, "All"));
  return { h: started.host, view, plugin: started.plugin };
}

describe("renames and deletions racing the index", () => {
  it("a note renamed and deleted at once is not listed", async () => {
    const { h, view } = await sidebar();
    const file = fileAt(h, GOH12);
    const renamed = h.app.vault.rename(file, "GOH 12 - Govable moved.md");
    await renamed;
    await h.app.fileManager.trashFile(file);
    await redrawn(h);
    await settle(h);
    expect(rowPaths(view).filter((p) => p.includes("GOH 12"))).toEqual([]);
  });

  it("a note renamed twice in a row is listed once, under its last name", async () => {
    const { h, view } = await sidebar();
    const file = fileAt(h, GOH25);
    await h.app.vault.rename(file, "GOH 25 - a.md");
    await h.app.vault.rename(file, "GOH 25 - b.md");
    await redrawn(h);
    await settle(h);
    expect(rowPaths(view).filter((p) => p.includes("GOH 25"))).toEqual(["GOH 25 - b.md"]);
  });

  it("a note renamed then deleted without waiting", async () => {
    const { h, view } = await sidebar();
    const file = fileAt(h, GOH12);
    const a = h.app.vault.rename(file, "GOH 12 - x.md");
    const b = h.app.fileManager.trashFile(file);
    await Promise.allSettled([a, b]);
    await redrawn(h);
    await settle(h);
    expect(rowPaths(view).filter((p) => p.includes("GOH 12"))).toEqual([]);
  });

  // Obsidian serves cachedRead from memory, but a read can still take a moment (a file
  // not yet in memory, a slow disk): an edit whose `changed` event lands in that moment
  // must not be overwritten by the older text the read returns.
  it("a note edited while its new name is read keeps the edit", async () => {
    const { h, view } = await sidebar();
    const file = fileAt(h, GOH30);
    const vault = h.app.vault;
    const read = vault.cachedRead.bind(vault);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    vi.spyOn(vault, "cachedRead").mockImplementationOnce(async (f) => {
      const text = await read(f);
      await held;
      return text;
    });
    const moved = "GOH 30 - moved.md";
    await vault.rename(file, moved);
    await vault.modify(file, realNote(GOH30).replace('Guest:: "Name"', "Guest:: Dee Kitchen"));
    await redrawn(h);
    release();
    await redrawn(h);
    expect(readRow(rowEl(view, moved)).guests).toBe("Dee Kitchen");
  });

  // As above, a read Obsidian answers from memory even though the note is gone by then.
  it("a note deleted while its new name is read is not listed", async () => {
    const { h, view } = await sidebar();
    const file = fileAt(h, GOH30);
    const vault = h.app.vault;
    const read = vault.cachedRead.bind(vault);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    vi.spyOn(vault, "cachedRead").mockImplementationOnce(async (f) => {
      const text = await read(f);
      await held;
      return text;
    });
    await vault.rename(file, "GOH 30 - moved.md");
    await h.app.fileManager.trashFile(file);
    await redrawn(h);
    release();
    await redrawn(h);
    expect(rowPaths(view).filter((p) => p.includes("GOH 30"))).toEqual([]);
  });
});

