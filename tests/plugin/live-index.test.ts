// @vitest-environment happy-dom
// The live index: after the first scan, an edit re-reads only the note that changed
// (from the text the metadata cache hands over) and the sidebar rebuilds only that
// row; renames, deletions and notes that become episodes follow.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { GOH12, GOH25, GOH30, LOGGING03, fileAt, finish, realNote, realNotes, settle, start, watchReads } from "./harness";
import { expandRow, fakeTimers, openSidebar, readDetails, readRow, redrawn, rowEl, rowPaths, viewButton } from "./sidebar-dom";
import { userClick } from "../host/interactions";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

async function sidebarOverRealNotes(): Promise<{ h: TestHost; view: Awaited<ReturnType<typeof openSidebar>> }> {
  const started = await start({ files: realNotes() });
  host = started.host;
  const view = await openSidebar(started.host);
  userClick(viewButton(view, "All"));
  return { h: started.host, view };
}

describe("an edited note", () => {
  it("written by another program: only that note is classified again, from the cache's text, and only its row is rebuilt", async () => {
    const { h, view } = await sidebarOverRealNotes();
    expect(expandRow(view, GOH25).phases).toEqual(["Prep 13/13", "Before 9/10", "After 0/3"]);
    const unchanged = [GOH12, GOH30, LOGGING03];
    const others = unchanged.map((path) => rowEl(view, path));
    const watch = watchReads(h);

    // Tick "What are your pronouns?", the last open item before the show.
    await h.externalWrite(GOH25, realNote(GOH25).replace("- [ ] What are your pronouns?", "- [x] What are your pronouns?"));
    await redrawn(h);

    expect(watch.classified()).toEqual([GOH25]);
    // The text came with the metadata cache's 'changed' event: no read at all.
    expect(watch.reads()).toEqual([]);
    expect(view.lastRedrawCount).toBe(1);
    expect(readDetails(rowEl(view, GOH25)).phases).toEqual(["Prep 13/13", "Before 10/10", "After 0/3"]);
    // Aired in January 2024, so archived on 2 June 2025: a quiet count, no next item.
    expect(readRow(rowEl(view, GOH25))).toMatchObject({ quiet: "3 after-show items left open", next: null, openCount: 3 });
    // The other rows are the very same elements.
    unchanged.forEach((path, i) => expect(rowEl(view, path)).toBe(others[i]));
  });

  it("typed in the editor: the row follows once the editor saves", async () => {
    const { h, view } = await sidebarOverRealNotes();
    const editor = (await h.openFile(GOH30)).editor;
    const watch = watchReads(h);

    // Replace the placeholder guest: "no guest yet" goes away.
    const guestLine = editor.getValue().split("\n").indexOf('Guest:: "Name"');
    editor.setLine(guestLine, "Guest:: Dee Kitchen");
    await redrawn(h);

    expect(watch.classified()).toEqual([GOH30]);
    expect(watch.reads().filter((path) => path !== GOH30)).toEqual([]);
    expect(view.lastRedrawCount).toBe(1);
    const row = readRow(rowEl(view, GOH30));
    expect(row.guests).toBe("Dee Kitchen");
    expect(rowEl(view, GOH30).querySelector(".office-hours-guests.is-missing")).toBeNull();
  });

  it("an edit to an ordinary note wakes nobody", async () => {
    const { h, view } = await sidebarOverRealNotes();
    const redraw = vi.spyOn(view, "redraw");
    const watch = watchReads(h);
    await h.externalWrite("Grafana Office Hours Readme.md", `${realNote("Grafana Office Hours Readme.md")}\n- one more idea\n`);
    await redrawn(h);
    expect(watch.classified()).toEqual(["Grafana Office Hours Readme.md"]);
    expect(redraw).not.toHaveBeenCalled();
  });
});

describe("files that move, go, or become episodes", () => {
  it("a renamed note keeps its row under the new path", async () => {
    const { h, view } = await sidebarOverRealNotes();
    const before = readRow(rowEl(view, GOH12));
    await h.app.vault.createFolder("Archive");
    await h.app.fileManager.renameFile(fileAt(h, GOH12), `Archive/${GOH12}`);
    await redrawn(h);
    expect(rowPaths(view)).not.toContain(GOH12);
    expect(readRow(rowEl(view, `Archive/${GOH12}`))).toEqual({ ...before, path: `Archive/${GOH12}` });
    expect(rowPaths(view)).toHaveLength(6);
  });

  it("a rename can change what the note is: its number comes from the name", async () => {
    const { h, view } = await sidebarOverRealNotes();
    await h.app.fileManager.renameFile(fileAt(h, GOH12), "GOH 13 - Govable.md");
    await redrawn(h);
    expect(readRow(rowEl(view, "GOH 13 - Govable.md")).number).toBe("#13");
  });

  it("a deleted note drops its row", async () => {
    const { h, view } = await sidebarOverRealNotes();
    await h.app.fileManager.trashFile(fileAt(h, GOH25));
    await redrawn(h);
    expect(rowPaths(view)).not.toContain(GOH25);
    expect(rowPaths(view)).toHaveLength(5);
    // Deleted by another program too.
    await h.externalDelete(GOH30);
    await redrawn(h);
    expect(rowPaths(view)).not.toContain(GOH30);
  });

  it("a note that gains a guest field and a checklist appears; one that loses them disappears", async () => {
    const { h, view } = await sidebarOverRealNotes();
    const note = "Ideas/GOH 31 - Adaptive Telemetry.md";
    await h.app.vault.createFolder("Ideas");
    await h.app.vault.create(note, "# Adaptive Telemetry\n\nMaybe with Sean Porter.\n");
    await redrawn(h);
    expect(rowPaths(view)).not.toContain(note);

    const watch = watchReads(h);
    await h.app.vault.modify(fileAt(h, note), "---\ndate: 2025-06-13\n---\nGuest:: Sean Porter\n\n## Checklist\n\n- [x] Ask Sean\n- [ ] Book the studio\n");
    await redrawn(h);
    expect(watch.classified()).toEqual([note]);
    expect(view.lastRedrawCount).toBe(1);
    // Eleven days ahead: scheduled, prep shown and next.
    expect(readRow(rowEl(view, note))).toMatchObject({ number: "#31", guests: "Sean Porter", state: "scheduled", progress: "prep 1/2", next: "Book the studio" });

    await h.app.vault.modify(fileAt(h, note), "# Adaptive Telemetry\n\nNot this season.\n");
    await redrawn(h);
    expect(rowPaths(view)).not.toContain(note);
  });

  it("a hidden sidebar is not redrawn, and catches up when shown again", async () => {
    const { h, view } = await sidebarOverRealNotes();
    expandRow(view, GOH25);
    // The user clicks another tab of the right sidebar, the backlinks. (Selecting a tab
    // fires no 'layout-change' in the host, so the tab is also made active, as a click does.)
    const other = h.app.workspace.getLeavesOfType("backlink")[0];
    if (!other) throw new Error("no backlinks tab");
    await h.app.workspace.revealLeaf(other);
    h.app.workspace.setActiveLeaf(other);
    expect(view.containerEl.isShown()).toBe(false);
    const redraw = vi.spyOn(view, "redraw");
    await h.externalWrite(GOH25, realNote(GOH25).replace("- [ ] What are your pronouns?", "- [x] What are your pronouns?"));
    await redrawn(h);
    expect(readDetails(rowEl(view, GOH25)).phases).toContain("Before 9/10");

    await h.app.workspace.revealLeaf(view.leaf);
    h.app.workspace.setActiveLeaf(view.leaf);
    await redrawn(h);
    expect(redraw).toHaveBeenCalled();
    expect(readDetails(rowEl(view, GOH25)).phases).toContain("Before 10/10");
    expect(view.lastRedrawCount).toBe(1);
  });
});

describe("the first scan", () => {
  it("reads every Markdown note once, after the layout is ready", async () => {
    const started = await start({ files: realNotes(), ready: false });
    host = started.host;
    const watch = watchReads(started.host);
    await started.host.layoutReady();
    await settle(started.host);
    const notes = Object.keys(realNotes()).sort();
    expect(watch.reads().sort()).toEqual(notes);
    expect(watch.classified().sort()).toEqual(notes);
  });

  it("keeps a change that arrives while the scan is still reading the same note", async () => {
    vi.useRealTimers();
    const started = await start({ files: realNotes(), ready: false });
    host = started.host;
    const h = started.host;
    const vault = h.app.vault;
    const cachedRead = vault.cachedRead.bind(vault);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The scan's read of GOH 25 started before the change: it returns the old text, and
    // only after the note has changed and its `changed` event has been handled.
    vault.cachedRead = async (file) => {
      if (file.path !== GOH25) return cachedRead(file);
      await held;
      return realNote(GOH25);
    };
    const scan = h.layoutReady();
    await h.flush();
    const ticked = realNote(GOH25).replace("- [ ] What are your pronouns?", "- [x] What are your pronouns?");
    await h.externalWrite(GOH25, ticked);
    await settle(h);
    const indexer = (started.plugin as unknown as { indexer: { isReady: boolean; index: { get(path: string): { episode: { done: number } } | undefined } } }).indexer;
    expect(indexer.isReady).toBe(false);
    expect(indexer.index.get(GOH25)?.episode.done).toBe(23);
    release();
    await scan;
    for (let i = 0; i < 20 && !indexer.isReady; i++) await new Promise((resolve) => window.setTimeout(resolve, 5));
    expect(indexer.isReady).toBe(true);
    // 22 done in the fixture, 23 after the change: the scan's older copy did not win.
    expect(indexer.index.get(GOH25)?.episode.done).toBe(23);
  });
});
