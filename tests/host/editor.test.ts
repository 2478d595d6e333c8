// @vitest-environment happy-dom
import * as fs from "node:fs";
import * as path from "node:path";
import type { Editor, MarkdownFileInfo, MarkdownView } from "obsidian";
import { afterEach, describe, expect, test, vi } from "vitest";
import { SAVE_DELAY_MS } from "./file-views";
import { createTestHost, type TestHost } from "./test-host";
import { fileAt } from "./test-support";

let host: TestHost;
afterEach(() => host.dispose());

const NOTE = "# GOH 12\n- [ ] Contact the guest\n- [ ] Choose a date\n";

async function open(content = NOTE): Promise<{ view: MarkdownView; editor: Editor }> {
  host = await createTestHost({ files: { "GOH 12.md": content } });
  await host.layoutReady();
  const view = await host.openFile("GOH 12.md");
  return { view, editor: view.editor };
}

describe("edits through the editor reach the file the way Obsidian saves", () => {
  test("not at once, but after the debounced save (flush runs it now)", async () => {
    const { editor } = await open();
    editor.setLine(1, "- [x] Contact the guest");
    const file = fileAt(host, "GOH 12.md");
    expect(await host.app.vault.read(file)).toBe(NOTE);
    await host.flush();
    expect(await host.app.vault.read(file)).toBe(NOTE.replace("[ ] Contact", "[x] Contact"));
    expect(fs.readFileSync(path.join(host.vaultDir ?? "", "GOH 12.md"), "utf8")).toContain("- [x] Contact the guest");
    expect(host.app.metadataCache.getFileCache(file)?.listItems?.[0]?.task).toBe("x");
  });

  test("the save also happens on its own, two seconds after the last edit", async () => {
    const { editor } = await open();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const saves: string[] = [];
      host.app.vault.on("modify", (file) => saves.push(file.path));
      editor.replaceRange("!", { line: 0, ch: 8 });
      await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 500);
      editor.replaceRange("?", { line: 0, ch: 9 });
      await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
      expect(saves).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(saves).toEqual(["GOH 12.md"]);
    } finally {
      vi.useRealTimers();
    }
    expect(await host.app.vault.read(fileAt(host, "GOH 12.md"))).toMatch(/^# GOH 12!\?\n/);
  });

  test("'editor-change' fires for every edit", async () => {
    const { editor, view } = await open();
    const changes: string[] = [];
    host.app.workspace.on("editor-change", (changed: Editor, info: MarkdownView | MarkdownFileInfo) => changes.push(`${changed === editor} ${info === view}`));
    editor.replaceSelection("x");
    editor.transaction({ changes: [{ from: { line: 0, ch: 0 }, text: "y" }] });
    expect(changes).toEqual(["true true", "true true"]);
  });

  test("a change made with vault.process shows up in the open editor", async () => {
    const { editor } = await open();
    await host.app.vault.process(fileAt(host, "GOH 12.md"), (data) => data.replace("Choose", "Pick"));
    await host.flush();
    expect(editor.getLine(2)).toBe("- [ ] Pick a date");
  });

  test("a change from another program shows up too", async () => {
    const { editor } = await open();
    await host.externalWrite("GOH 12.md", "# Synced\n");
    expect(editor.getValue()).toBe("# Synced\n");
  });
});

describe("the Editor API", () => {
  test("lines, ranges, offsets", async () => {
    const { editor } = await open();
    expect(editor.lineCount()).toBe(4);
    expect(editor.lastLine()).toBe(3);
    expect(editor.getLine(3)).toBe("");
    expect(() => editor.getLine(4)).toThrow(RangeError);
    expect(editor.getRange({ line: 1, ch: 2 }, { line: 1, ch: 5 })).toBe("[ ]");
    expect(editor.posToOffset({ line: 1, ch: 0 })).toBe(9);
    expect(editor.offsetToPos(9)).toEqual({ line: 1, ch: 0 });
  });

  test("selection, replaceSelection, and where the cursor ends up", async () => {
    const { editor } = await open("Guest:: Ana\n");
    editor.setSelection({ line: 0, ch: 8 }, { line: 0, ch: 11 });
    expect(editor.somethingSelected()).toBe(true);
    expect(editor.getSelection()).toBe("Ana");
    editor.replaceSelection("Bo");
    expect(editor.getValue()).toBe("Guest:: Bo\n");
    expect(editor.getCursor()).toEqual({ line: 0, ch: 10 });
    expect(editor.somethingSelected()).toBe(false);
    editor.setCursor(0, 0);
    editor.replaceRange("> ", editor.getCursor());
    expect(editor.getCursor()).toEqual({ line: 0, ch: 0 });
    editor.setCursor({ line: 0, ch: 5 });
    editor.replaceRange("", { line: 0, ch: 0 }, { line: 0, ch: 2 });
    expect(editor.getCursor()).toEqual({ line: 0, ch: 3 });
  });

  test("transactions apply all changes against the original text at once", async () => {
    const { editor } = await open("a b c\n");
    editor.transaction({
      changes: [
        { from: { line: 0, ch: 4 }, to: { line: 0, ch: 5 }, text: "C" },
        { from: { line: 0, ch: 0 }, to: { line: 0, ch: 1 }, text: "A" },
      ],
      selection: { from: { line: 0, ch: 1 } },
    });
    expect(editor.getValue()).toBe("A b C\n");
    expect(editor.getCursor()).toEqual({ line: 0, ch: 1 });
    expect(() => editor.transaction({ changes: [{ from: { line: 0, ch: 0 }, to: { line: 0, ch: 3 }, text: "" }, { from: { line: 0, ch: 1 }, to: { line: 0, ch: 2 }, text: "" }] })).toThrow(RangeError);
  });

  test("undo and redo", async () => {
    const { editor } = await open("one\n");
    editor.replaceRange("two ", { line: 0, ch: 0 });
    editor.undo();
    expect(editor.getValue()).toBe("one\n");
    editor.redo();
    expect(editor.getValue()).toBe("two one\n");
  });

  test("wordAt and processLines", async () => {
    const { editor } = await open("- [ ] a\n- [ ] b\n");
    expect(editor.wordAt({ line: 0, ch: 6 })).toEqual({ from: { line: 0, ch: 6 }, to: { line: 0, ch: 7 } });
    editor.processLines(
      (line, text) => (text.startsWith("- [ ]") ? line : null),
      (line, text) => ({ from: { line, ch: 0 }, to: { line, ch: text.length }, text: text.replace("[ ]", "[x]") }),
    );
    expect(editor.getValue()).toBe("- [x] a\n- [x] b\n");
  });

  test("a CRLF note reads back with LF once edited, as CodeMirror normalises line breaks", async () => {
    const { editor } = await open("a\r\nb\r\n");
    expect(editor.getValue()).toBe("a\nb\n");
    editor.setLine(0, "A");
    await host.flush();
    expect(await host.app.vault.read(fileAt(host, "GOH 12.md"))).toBe("A\nb\n");
  });
});
