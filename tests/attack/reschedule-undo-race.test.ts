// @vitest-environment happy-dom
// "Undo last reschedule" while the user or a sync changes a file between undo's check
// (every part reads as the reschedule left it) and its writes. WAS A DEFECT
// (src/plugin/reschedule/undo.ts): the index note's list was put back before the note,
// so typing in the note at that moment refused the note's undo after the list was
// already back at the old date: half an undo, and the notice said only that the note
// changed. Now the note is written first (checked again in the write), and a list edited
// after the check is rebuilt with the episode at its old date, not left naming a note
// that is gone.
import { describe, expect, it, vi } from "vitest";
import { MarkdownView } from "obsidian";
import type { TestHost } from "../host/test-host";
import { onDisk, settle } from "../plugin/harness";
import { event, ICS_NEW, ICS_OLD, NEW, OLD, README, reschedule, snapshot, undo, sceneHosts } from "./reschedule-setup";

const { setUp } = sceneHosts();

/** Run `change` right after undo's check has read the index note (its last look), before anything is written. */
function raceAfterCheck(h: TestHost, change: () => Promise<void> | void): void {
  const vault = h.app.vault;
  const original = vault.read.bind(vault);
  let fired = false;
  vi.spyOn(vault, "read").mockImplementation(async (file) => {
    const text = await original(file);
    if (!fired && file.path === README) {
      fired = true;
      await change();
    }
    return text;
  });
}

function editorOf(h: TestHost, path: string): MarkdownView {
  const view = h.app.workspace.getLeavesOfType("markdown").map((leaf) => leaf.view).find((v) => v instanceof MarkdownView && v.file?.path === path);
  if (!(view instanceof MarkdownView)) throw new Error(`${path} is not open`);
  return view;
}

describe("the note typed in between undo's check and its writes", () => {
  it("refuses the whole undo: the list and the invite stay at the new date, the typing is kept, and undo works once it is gone", async () => {
    const h = await setUp();
    const original = snapshot(h);
    await reschedule(h, "2024-02-22");
    const rescheduled = snapshot(h);
    const view = editorOf(h, NEW);
    const end = { line: view.editor.lineCount() - 1, ch: view.editor.getLine(view.editor.lineCount() - 1).length };
    raceAfterCheck(h, () => view.editor.replaceRange("Typed just now.", end));
    await undo(h);
    vi.restoreAllMocks();
    expect(view.editor.getValue()).toBe(`${rescheduled[NEW]}Typed just now.`);
    await h.flush();
    const now = snapshot(h);
    expect({ ...now, [NEW]: rescheduled[NEW] }).toEqual(rescheduled);
    expect(h.noticeMessages().at(-1)).toBe("Nothing was undone: the note CCG 012 - 240222 - TBD changed just now.");
    // The typing taken out again, the reschedule is still there to undo, all of it.
    view.editor.replaceRange("", end, { line: end.line, ch: end.ch + "Typed just now.".length });
    await h.flush();
    await undo(h);
    expect(h.noticeMessages().at(-1)).toMatch(/^Reschedule undone: /);
    const back = snapshot(h);
    for (const path of Object.keys(original)) if (!path.endsWith(".ics")) expect(back[path], path).toBe(original[path]);
    expect(event(back[ICS_OLD] ?? "").start).toBe("2024-02-15T14:45:00.000Z");
  });
});

describe("the index note's list edited in between undo's check and its writes", () => {
  it("undoes the note, its name and the invite, and updates the list as it is now with the episode at the old date, the typed words kept", async () => {
    const h = await setUp();
    await reschedule(h, "2024-02-22");
    const readme = h.app.vault.getFileByPath(README);
    if (!readme) throw new Error("no README");
    raceAfterCheck(h, async () => {
      await h.app.vault.process(readme, (d) => d.replace("with Israel Blancas", "with Israel Blancas (confirmed)"));
    });
    await undo(h);
    vi.restoreAllMocks();
    expect(h.noticeMessages().at(-1)).toBe(
      "Reschedule undone: the note's date and the open items' dates restored; renamed back to CCG 012 - 240215 - TBD; " +
        `calendar invite back at the old time (${ICS_OLD}, sequence ${event(onDisk(h, ICS_OLD)).sequence}); ` +
        `episode list in ${README} changed just now, so the list as it is now was updated with the episode at the old date (the words typed on its lines are kept).`,
    );
    expect(h.app.vault.getFileByPath(NEW)).toBeNull();
    expect(onDisk(h, OLD)).toMatch(/^date: 2024-02-15$/m);
    expect(h.app.vault.getFileByPath(ICS_NEW)).toBeNull();
    const list = onDisk(h, README);
    expect(list).toContain("- 2024-02-15: [[CCG 012 - 240215 - TBD]] with Israel Blancas (confirmed)\n");
    expect(list).not.toContain("240222");
    // The list is in line with the notes: the index-note command has nothing to change.
    await h.runCommand("office-hours:update-index-note");
    await settle(h, 8);
    expect(onDisk(h, README)).toBe(list);
  });
});

describe("the invite's rename refused after the invite was written", () => {
  // WAS A DEFECT (src/plugin/reschedule/apply.ts, rewriteInvite): the .ics was written at
  // the new time, then its rename threw (the name taken since the check, by a sync): the
  // throw dropped the invite from the reschedule's record, the notice said it was not
  // updated, and undo left it at the new time.
  it("keeps the invite in the record: the notice says it was updated, and undo puts it back at the old time", async () => {
    const h = await setUp();
    const first = event(onDisk(h, ICS_OLD));
    const manager = h.app.fileManager;
    const rename = manager.renameFile.bind(manager);
    vi.spyOn(manager, "renameFile").mockImplementation(async (file, to) => {
      if (to.endsWith(".ics")) throw new Error("Destination file already exists!");
      await rename(file, to);
    });
    await reschedule(h, "2024-02-22");
    vi.restoreAllMocks();
    expect(h.noticeMessages().at(-1)).toContain(`calendar invite updated (${ICS_OLD}, sequence ${first.sequence + 1})`);
    expect(event(onDisk(h, ICS_OLD)).start).toBe("2024-02-22T14:45:00.000Z");
    await undo(h);
    expect(h.noticeMessages().at(-1)).toMatch(/^Reschedule undone: /);
    expect(event(onDisk(h, ICS_OLD))).toEqual({ ...first, sequence: first.sequence + 2 });
  });
});

describe("the invite's rename refused during undo, after the invite was written back", () => {
  // WAS A DEFECT (src/plugin/reschedule/undo.ts): the throw stopped the undo half way, the
  // list left at the new date and the reschedule still on record, as if nothing was undone.
  it("keeps the invite where it is and finishes the undo: the list is put back too", async () => {
    const h = await setUp();
    const original = onDisk(h, README);
    await reschedule(h, "2024-02-22");
    const manager = h.app.fileManager;
    const rename = manager.renameFile.bind(manager);
    vi.spyOn(manager, "renameFile").mockImplementation(async (file, to) => {
      if (to.endsWith(".ics")) throw new Error("Destination file already exists!");
      await rename(file, to);
    });
    await undo(h);
    vi.restoreAllMocks();
    expect(h.noticeMessages().at(-1)).toMatch(new RegExp(`^Reschedule undone: .*calendar invite back at the old time \\(${ICS_NEW.replace(/[.()]/g, "\\$&")}, sequence \\d+\\); episode list restored in `));
    expect(event(onDisk(h, ICS_NEW)).start).toBe("2024-02-15T14:45:00.000Z");
    expect(onDisk(h, README)).toBe(original);
  });
});
