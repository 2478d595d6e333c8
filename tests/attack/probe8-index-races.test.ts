// @vitest-environment happy-dom
// probe8: the sidebar's index against folder renames, extension changes, a note made and
// removed within one debounce, an expanded row whose note goes, and a swap of two names.
// Promise (README, "The sidebar"): a note that is gone is gone from the list; every row is
// a note that is there, under its name now.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { GOH12, GOH25, GOH30, fileAt, finish, realNote, realNotes, start } from "../plugin/harness";
import { expandButton, fakeTimers, openSidebar, rowEl, rowPaths, viewButton, redrawn } from "../plugin/sidebar-dom";
import { userClick } from "../host/interactions";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

async function sidebar(folder = "Shows") {
  const started = await start({ files: realNotes(folder) });
  host = started.host;
  const view = await openSidebar(started.host);
  userClick(viewButton(view, "All"));
  return { h: started.host, view };
}

/** Every row names a note that exists. */
function rowsExist(h: TestHost, paths: readonly string[]): void {
  for (const path of paths) expect(h.app.vault.getFileByPath(path), path).not.toBeNull();
}

describe("renames racing the index", () => {
  it("the folder of every episode renamed: rows follow, none left under the old folder", async () => {
    const { h, view } = await sidebar();
    const before = rowPaths(view);
    const folder = h.app.vault.getFolderByPath("Shows");
    if (!folder) throw new Error("no folder");
    await h.app.vault.createFolder("Archive");
    await h.app.fileManager.renameFile(folder, "Archive/Shows 2024");
    await redrawn(h);
    const after = rowPaths(view);
    expect(after.length).toBe(before.length);
    expect(after.every((p) => p.startsWith("Archive/Shows 2024/"))).toBe(true);
    rowsExist(h, after);
  });

  it("a note renamed to .txt leaves the list; renamed back, it returns", async () => {
    const { h, view } = await sidebar();
    await h.app.fileManager.renameFile(fileAt(h, `Shows/${GOH25}`), "Shows/GOH 25.txt");
    await redrawn(h);
    expect(rowPaths(view)).not.toContain(`Shows/${GOH25}`);
    rowsExist(h, rowPaths(view));
    await h.app.fileManager.renameFile(fileAt(h, "Shows/GOH 25.txt"), `Shows/${GOH25}`);
    await redrawn(h);
    expect(rowPaths(view)).toContain(`Shows/${GOH25}`);
  });

  it("two notes swap names through a third: each row under its name now, with its own content", async () => {
    const { h, view } = await sidebar();
    const a = `Shows/${GOH12}`;
    const b = `Shows/${GOH30}`;
    await h.app.fileManager.renameFile(fileAt(h, a), "Shows/tmp.md");
    await h.app.fileManager.renameFile(fileAt(h, b), a);
    await h.app.fileManager.renameFile(fileAt(h, "Shows/tmp.md"), b);
    await redrawn(h);
    const paths = rowPaths(view);
    expect(paths.filter((p) => p === a || p === b).sort()).toEqual([a, b].sort());
    expect(paths).not.toContain("Shows/tmp.md");
    rowsExist(h, paths);
    // The row at b holds GOH 12's note now: its title comes from its text, which moved with it.
    expect(await h.app.vault.read(fileAt(h, b))).toBe(realNote(GOH12));
  });

  it("a note made and deleted within one debounce is never listed", async () => {
    const { h, view } = await sidebar();
    const path = "Shows/GOH 99 - Fleeting.md";
    const file = await h.app.vault.create(path, realNote(GOH25));
    await h.app.fileManager.trashFile(file);
    await redrawn(h);
    expect(rowPaths(view)).not.toContain(path);
    rowsExist(h, rowPaths(view));
  });

  it("an expanded row whose note is deleted goes; a new note at that path later is drawn folded", async () => {
    const { h, view } = await sidebar();
    const path = `Shows/${GOH25}`;
    userClick(expandButton(rowEl(view, path)));
    await redrawn(h);
    expect(rowEl(view, path).querySelector(".office-hours-open-items")).not.toBeNull();
    await h.app.fileManager.trashFile(fileAt(h, path));
    await redrawn(h);
    expect(rowPaths(view)).not.toContain(path);
    await h.app.vault.create(path, realNote(GOH25));
    await redrawn(h);
    expect(rowPaths(view)).toContain(path);
    // A different note now: the old one's expanded state is not carried over to it.
    expect(rowEl(view, path).querySelector(".office-hours-open-items")).toBeNull();
  });
});

describe("an expanded row follows its note", () => {
  it("renamed (as a reschedule renames it), or its folder renamed: still expanded under the new name", async () => {
    const { h, view } = await sidebar();
    const path = `Shows/${GOH25}`;
    userClick(expandButton(rowEl(view, path)));
    await redrawn(h);
    const renamed = "Shows/GOH 25 - 2025-07-04 - Beyla.md";
    await h.app.fileManager.renameFile(fileAt(h, path), renamed);
    await redrawn(h);
    expect(rowEl(view, renamed).querySelector(".office-hours-open-items")).not.toBeNull();
    const folder = h.app.vault.getFolderByPath("Shows");
    if (!folder) throw new Error("no folder");
    await h.app.fileManager.renameFile(folder, "Shows 2025");
    await redrawn(h);
    expect(rowEl(view, `Shows 2025/GOH 25 - 2025-07-04 - Beyla.md`).querySelector(".office-hours-open-items")).not.toBeNull();
    expect(view.contentEl.querySelectorAll(".office-hours-open-items").length).toBe(1);
  });
});
