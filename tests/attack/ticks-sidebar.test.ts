// @vitest-environment happy-dom
// The sidebar's tick against notes built to make it land on the wrong line: twins of
// the item in the other phase, in quotes, callouts and code; CRLF, a BOM, no final
// newline, a line holding "\r" alone, tabs against spaces; the note changed, replaced,
// renamed or ticked twice between the drawing and the click. Each case states the
// exact bytes expected afterwards: the item's checkbox and nothing else, or nothing at
// all with a notice. The row is drawn, the note changes without a redraw, then the click.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { userClick } from "../host/interactions";
import { finish, onDisk, settle, start } from "../plugin/harness";
import { expandButton, fakeTimers, itemText, openItemCheckboxUnder, openSidebar, rowEl, viewButton } from "../plugin/sidebar-dom";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const PATH = "Office Hours/OH 7 - Social posts.md";
const ITEM = "- [ ] Post on LinkedIn";
const DONE = "- [x] Post on LinkedIn";

/** The lines of a note: frontmatter, a Prep twin, the After-the-show item, whatever `after` adds below it. */
function note(after: string[] = [], before: string[] = []): string[] {
  return ["---", "date: 2025-04-04", "---", "", "## Prep", ITEM, "", "## After the show", ...before, ITEM, ...after, ""];
}

/** The checkbox of "Post on LinkedIn" under `section` in the drawn row of a note with `text`. */
async function box(text: string, section = "After the show", path = PATH): Promise<{ h: TestHost; box: HTMLInputElement }> {
  const started = await start({ files: { [path]: text } });
  host = started.host;
  const view = await openSidebar(started.host);
  userClick(viewButton(view, "All"));
  userClick(expandButton(rowEl(view, path)));
  await settle(started.host);
  return { h: started.host, box: openItemCheckboxUnder(rowEl(view, path), section, "Post on LinkedIn") };
}

/** Every open item's checkbox listed under the heading `section` in the drawn row, in the order shown. */
async function boxesUnder(text: string, section: string): Promise<{ h: TestHost; boxes: HTMLInputElement[] }> {
  const started = await start({ files: { [PATH]: text } });
  host = started.host;
  const view = await openSidebar(started.host);
  userClick(viewButton(view, "All"));
  userClick(expandButton(rowEl(view, PATH)));
  await settle(started.host);
  let current = "";
  const boxes: HTMLInputElement[] = [];
  for (const el of Array.from(rowEl(view, PATH).querySelectorAll(".office-hours-open-section, .office-hours-open-item"))) {
    if (el.classList.contains("office-hours-open-section")) current = el.textContent ?? "";
    else if (current === section && itemText(el) === "Post on LinkedIn") boxes.push(el.querySelector<HTMLInputElement>("input[type=checkbox]") as HTMLInputElement);
  }
  return { h: started.host, boxes };
}

/** `text` with the n-th line (0-based, counted on "\n") replaced. */
function withLine(text: string, n: number, line: string): string {
  const lines = text.split("\n");
  const old = lines[n] ?? "";
  lines[n] = old.endsWith("\r") ? `${line}\r` : line;
  return lines.join("\n");
}

async function click(h: TestHost, checkbox: HTMLInputElement): Promise<void> {
  userClick(checkbox);
  await settle(h);
}

describe("a closed note (Vault.process)", () => {
  it("CRLF, a BOM and no final newline, lines added at the top: only the after-show checkbox changes", async () => {
    const text = `\uFEFF${note().slice(0, -1).join("\r\n")}`;
    const { h, box: b } = await box(text);
    const edited = `\uFEFF${["---", "date: 2025-04-04", "---", "New line", "Another", ...note().slice(3, -1)].join("\r\n")}`;
    await h.externalWrite(PATH, edited);
    await click(h, b);
    expect(onDisk(h, PATH)).toBe(withLine(edited, 10, DONE));
    expect(h.noticeMessages()).toEqual([]);
  });

  it("a line holding a lone \\r above the items, a line added below the Prep twin: the after-show item is ticked", async () => {
    const lines = note();
    lines.splice(4, 0, "Intro\rstill the intro");
    const text = lines.join("\n");
    const { h, box: b } = await box(text);
    const edited = text.replace(`## Prep\n${ITEM}\n`, `## Prep\n${ITEM}\n- [ ] Book the studio\n`);
    await h.externalWrite(PATH, edited);
    await click(h, b);
    expect(onDisk(h, PATH)).toBe(withLine(edited, 10, DONE));
  });

  it("twins of the item in a quote, a callout and a code block under its heading, then moved about: never one of them", async () => {
    const copies = ["> - [ ] Post on LinkedIn", "", "> [!todo]", "> - [ ] Post on LinkedIn", "", "```", ITEM, "```", ""];
    const text = note([], copies).join("\n");
    // The quoted and the callout's copies are items too (the reader reads items in quotes), not twins: other text.
    const { h, boxes } = await boxesUnder(text, "After the show");
    expect(boxes).toHaveLength(3);
    const b = boxes[2] as HTMLInputElement;
    // The code block's fences removed: its copy is an item now, a twin above the real one.
    const unfenced = text.replace("```\n- [ ] Post on LinkedIn\n```\n", `${ITEM}\n`);
    await h.externalWrite(PATH, unfenced);
    await click(h, b);
    expect(onDisk(h, PATH)).toBe(unfenced);
    expect(h.noticeMessages()).toEqual([
      "Office Hours did not tick “Post on LinkedIn”: Identical items were added under “After the show” since the list was drawn, so it is unclear which one is meant and the note was not changed. Open the note to tick the one you mean.",
    ]);
  });

  it("the item fenced into a code block after drawing: nothing is written", async () => {
    const text = note().join("\n");
    const { h, box: b } = await box(text);
    const fenced = text.replace(`## After the show\n${ITEM}\n`, `## After the show\n\`\`\`\n${ITEM}\n\`\`\`\n`);
    await h.externalWrite(PATH, fenced);
    await click(h, b);
    expect(onDisk(h, PATH)).toBe(fenced);
    expect(h.noticeMessages()).toHaveLength(1);
  });

  it("tab- and space-indented copies under one parent, swapped after drawing: never the other one", async () => {
    const text = note(["\t- [ ] Post on LinkedIn", "    - [ ] Post on LinkedIn"]).join("\n");
    const tabLine = 9;
    const { h, boxes } = await boxesUnder(text, "After the show");
    // The parent, its tab child, its space child.
    expect(boxes).toHaveLength(3);
    const tabBox = boxes[1] as HTMLInputElement;
    const swapped = text.replace("\t- [ ] Post on LinkedIn\n    - [ ] Post on LinkedIn", "    - [ ] Post on LinkedIn\n\t- [ ] Post on LinkedIn");
    await h.externalWrite(PATH, swapped);
    await click(h, tabBox);
    // Swapped lines change both sides of it inside its section: refused, as the README says. Never the space child.
    expect(onDisk(h, PATH)).toBe(swapped);
    expect(h.noticeMessages()).toEqual([
      "Office Hours did not tick “Post on LinkedIn”: The note changed both above and below it, and under “After the show” too, since the list was drawn, so the note was not changed. Tick it again once the list has redrawn.",
    ]);
    // The space child deleted instead: only lines below it changed, so the tab child is ticked.
    await h.externalWrite(PATH, text.replace("    - [ ] Post on LinkedIn\n", ""));
    await click(h, tabBox);
    expect(onDisk(h, PATH)).toBe(withLine(text.replace("    - [ ] Post on LinkedIn\n", ""), tabLine, "\t- [x] Post on LinkedIn"));
  });

  it("the item and its Prep twin both edited between drawing and click: nothing is written", async () => {
    const text = note().join("\n");
    const { h, box: b } = await box(text);
    const edited = text.split(ITEM).join("- [ ] Post on LinkedIn and Mastodon");
    await h.externalWrite(PATH, edited);
    await click(h, b);
    expect(onDisk(h, PATH)).toBe(edited);
    expect(h.noticeMessages()).toHaveLength(1);
  });

  it("the note replaced by another of the same name, its item where the old one's twin was: nothing is written", async () => {
    const text = note().join("\n");
    const { h, box: b } = await box(text);
    await h.externalDelete(PATH);
    const other = ["---", "date: 2025-04-04", "---", "", "## After the show", ITEM, "", "## Prep", ITEM, ""].join("\n");
    await h.externalWrite(PATH, other);
    await click(h, b);
    expect(onDisk(h, PATH)).toBe(other);
    expect(h.noticeMessages()).toHaveLength(1);
  });

  it("the note renamed between drawing and click: the new note is left alone and the notice says so", async () => {
    const text = note().join("\n");
    const { h, box: b } = await box(text);
    const file = h.app.vault.getFileByPath(PATH);
    if (!file) throw new Error("no note");
    await h.app.fileManager.renameFile(file, "Office Hours/OH 7 - Posts.md");
    await click(h, b);
    expect(onDisk(h, "Office Hours/OH 7 - Posts.md")).toBe(text);
    expect(h.noticeMessages()).toEqual(["Office Hours did not tick “Post on LinkedIn”: The note no longer exists, so nothing was changed. Tick it again once the list has redrawn."]);
  });

  it("two identical open items under one heading clicked at once: both ticked, each once", async () => {
    const text = note([ITEM]).join("\n");
    const { h, boxes } = await boxesUnder(text, "After the show");
    expect(boxes).toHaveLength(2);
    // The second first, then the first, without waiting in between.
    userClick(boxes[1] as HTMLInputElement);
    userClick(boxes[0] as HTMLInputElement);
    await settle(h);
    expect(onDisk(h, PATH)).toBe(withLine(withLine(text, 8, DONE), 9, DONE));
    expect(h.noticeMessages()).toEqual([]);
  });
});

describe("an open note (the editor)", () => {
  it("a lone \\r line, which the editor splits in two: the after-show item is ticked in the editor", async () => {
    const lines = note();
    lines.splice(4, 0, "Intro\rstill the intro");
    const text = lines.join("\n");
    const { h, box: b } = await box(text);
    const editor = (await h.openFile(PATH)).editor;
    // The editor reads the lone \r as a line break, as CodeMirror does: one line more than the file.
    expect(editor.lineCount()).toBe(text.split("\n").length + 1);
    userClick(b);
    await Promise.resolve();
    expect(editor.getLine(10)).toBe(DONE);
    expect(editor.getLine(7)).toBe(ITEM);
    await settle(h);
    expect(h.noticeMessages()).toEqual([]);
  });

  it("unsaved typing above, the Prep twin ticked, a section typed below: the after-show item is ticked and the typing kept", async () => {
    const text = note(["", "## Notes", "Old note"]).join("\n");
    const { h, box: b } = await box(text);
    const editor = (await h.openFile(PATH)).editor;
    editor.setLine(5, DONE);
    editor.replaceRange("Typed at the top\n", { line: 3, ch: 0 });
    editor.replaceRange("Typed at the end\n", { line: editor.lineCount() - 1, ch: 0 });
    expect(editor.getLine(editor.lineCount() - 2)).toBe("Typed at the end");
    const typed = editor.getValue();
    userClick(b);
    await Promise.resolve();
    expect(editor.getValue()).toBe(withLine(typed, 9, DONE));
    await settle(h);
    expect(h.noticeMessages()).toEqual([]);
  });

  it("unsaved typing above and right below it: nothing is written, the editor keeps the typing (README: its section must read as it did)", async () => {
    const text = note().join("\n");
    const { h, box: b } = await box(text);
    const editor = (await h.openFile(PATH)).editor;
    editor.replaceRange("Typed at the top\n", { line: 3, ch: 0 });
    editor.replaceRange("Typed right below\n", { line: 10, ch: 0 });
    const typed = editor.getValue();
    userClick(b);
    await settle(h);
    expect(editor.getValue()).toBe(typed);
    expect(h.noticeMessages()).toEqual([
      "Office Hours did not tick “Post on LinkedIn”: The note changed both above and below it, and under “After the show” too, since the list was drawn, so the note was not changed. Tick it again once the list has redrawn.",
    ]);
  });
});
