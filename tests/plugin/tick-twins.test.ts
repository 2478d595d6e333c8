// @vitest-environment happy-dom
// The cases through the plugin: a note with "Post on LinkedIn" both as a prep
// and an after-show item. The row for the after-show item is drawn, the note changes
// before the list catches up, then the after-show item is ticked in the sidebar. On the
// old line-and-text lookup each of these wrote the Prep item without a notice, both
// through the editor and through Vault.process.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { userClick } from "../host/interactions";
import { finish, onDisk, settle, start } from "./harness";
import { expandButton, fakeTimers, openItemCheckboxUnder, openSidebar, rowEl, viewButton } from "./sidebar-dom";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const PATH = "Office Hours/OH 7 - Social posts.md";
const NOTE = [
  "---",
  "date: 2025-04-04",
  "---",
  "Guest:: Ann Lee",
  "",
  "## Prep",
  "- [ ] Post on LinkedIn",
  "",
  "## After the show",
  "- [ ] Post on LinkedIn",
  "",
].join("\n");
const PREP_LINE = 6;
const AFTER_LINE = 9;

function withLine(text: string, line: number, replace: (l: string) => string | null): string {
  const lines = text.split("\n");
  const changed = replace(lines[line] ?? "");
  if (changed === null) lines.splice(line, 1);
  else lines[line] = changed;
  return lines.join("\n");
}
const tick = (l: string) => l.replace("[ ]", "[x]");

/** The sidebar with the row expanded and the after-show item's checkbox, before anything changes. */
async function afterShowBox(): Promise<{ h: TestHost; box: HTMLInputElement }> {
  const started = await start({ files: { [PATH]: NOTE } });
  host = started.host;
  const view = await openSidebar(started.host);
  userClick(viewButton(view, "All"));
  userClick(expandButton(rowEl(view, PATH)));
  await settle(started.host);
  return { h: started.host, box: openItemCheckboxUnder(rowEl(view, PATH), "After the show", "Post on LinkedIn") };
}

describe("note closed: Vault.process", () => {
  it("two lines added at the top: the after-show item is ticked, not the Prep one", async () => {
    const { h, box } = await afterShowBox();
    const edited = `New line\nAnother\n${NOTE}`;
    await h.externalWrite(PATH, edited);
    userClick(box);
    await settle(h);
    expect(onDisk(h, PATH)).toBe(withLine(edited, AFTER_LINE + 2, tick));
    expect(h.noticeMessages()).toEqual([]);
  });

  it("the after-show item ticked meanwhile: nothing written, a notice says so", async () => {
    const { h, box } = await afterShowBox();
    const edited = withLine(NOTE, AFTER_LINE, tick);
    await h.externalWrite(PATH, edited);
    userClick(box);
    await settle(h);
    expect(onDisk(h, PATH)).toBe(edited);
    expect(h.noticeMessages()).toEqual([
      "Office Hours did not tick “Post on LinkedIn”: It was ticked or changed in the note meanwhile, so the note was not changed. Open the note to see it, or tick it again once the list has redrawn.",
    ]);
  });

  it("the after-show item deleted meanwhile: nothing written, a notice says so", async () => {
    const { h, box } = await afterShowBox();
    const edited = withLine(NOTE, AFTER_LINE, () => null);
    await h.externalWrite(PATH, edited);
    userClick(box);
    await settle(h);
    expect(onDisk(h, PATH)).toBe(edited);
    expect(h.noticeMessages()).toEqual([
      "Office Hours did not tick “Post on LinkedIn”: It was changed, moved or removed under “After the show” since the list was drawn, so the note was not changed. Open the note to see it, or tick it again once the list has redrawn.",
    ]);
  });
});

describe("note open: the editor, with unsaved typing", () => {
  it("two lines typed at the top: the editor's after-show line is ticked", async () => {
    const { h, box } = await afterShowBox();
    const editor = (await h.openFile(PATH)).editor;
    editor.replaceRange("New line\nAnother\n", { line: 0, ch: 0 });
    const typed = editor.getValue();
    userClick(box);
    await Promise.resolve();
    expect(editor.getValue()).toBe(withLine(typed, AFTER_LINE + 2, tick));
    expect(editor.getLine(PREP_LINE + 2)).toBe("- [ ] Post on LinkedIn");
    await settle(h);
    expect(h.noticeMessages()).toEqual([]);
  });

  it("the after-show item ticked in the editor meanwhile: the editor is left as typed", async () => {
    const { h, box } = await afterShowBox();
    const editor = (await h.openFile(PATH)).editor;
    editor.setLine(AFTER_LINE, "- [x] Post on LinkedIn");
    const typed = editor.getValue();
    userClick(box);
    await settle(h);
    expect(editor.getValue()).toBe(typed);
    expect(h.noticeMessages()).toEqual([
      "Office Hours did not tick “Post on LinkedIn”: It was ticked or changed in the note meanwhile, so the note was not changed. Open the note to see it, or tick it again once the list has redrawn.",
    ]);
  });

  it("the after-show item deleted in the editor meanwhile: the editor is left as typed", async () => {
    const { h, box } = await afterShowBox();
    const editor = (await h.openFile(PATH)).editor;
    editor.replaceRange("", { line: AFTER_LINE, ch: 0 }, { line: AFTER_LINE + 1, ch: 0 });
    const typed = editor.getValue();
    expect(typed).toBe(withLine(NOTE, AFTER_LINE, () => null));
    userClick(box);
    await settle(h);
    expect(editor.getValue()).toBe(typed);
    expect(h.noticeMessages()).toHaveLength(1);
    expect(h.noticeMessages()[0]).toContain("removed under “After the show”");
  });
});
