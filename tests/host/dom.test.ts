// @vitest-environment happy-dom
import { Keymap, debounce } from "obsidian";
import { afterEach, describe, expect, test, vi } from "vitest";
import { installDomHelpers } from "./dom-helpers";
import { createTestHost, type TestHost } from "./test-host";
import { fileAt } from "./test-support";

installDomHelpers();

describe("Obsidian's DOM helpers", () => {
  test("createEl takes a class string or list, text, attributes, title, value, placeholder, href, parent and prepend", () => {
    const parent = createDiv({ cls: "list" });
    parent.createSpan({ text: "second" });
    const first = createEl("a", { cls: ["episode", "is-done"], text: "First", attr: { "data-n": 1, hidden: null }, title: "Open", href: "#x", parent, prepend: true });
    const input = parent.createEl("input", { type: "text", value: "GOH", placeholder: "Episode" });
    const div = parent.createDiv("one two");
    expect(parent.firstElementChild).toBe(first);
    expect(first.className).toBe("episode is-done");
    expect(first.getAttr("data-n")).toBe("1");
    expect(first.hasAttribute("hidden")).toBe(false);
    expect(first.title).toBe("Open");
    expect(first.getAttribute("href")).toBe("#x");
    expect([input.value, input.placeholder, input.type]).toEqual(["GOH", "Episode", "text"]);
    expect(div.classList.contains("two")).toBe(true);
    let seen: HTMLElement | undefined;
    parent.createDiv({ text: createFragment((fragment) => fragment.createEl("b", { text: "Bold" })) }, (el) => (seen = el));
    expect(seen?.innerHTML).toBe("<b>Bold</b>");
  });

  test("class, text and attribute helpers", () => {
    const el = createDiv();
    el.addClass("a", "b");
    el.addClasses(["c"]);
    el.removeClass("a");
    el.toggleClass("d", true);
    el.toggleClass(["b", "c"], false);
    expect(el.className).toBe("d");
    expect(el.hasClass("d")).toBe(true);
    el.setText("Hello");
    el.appendText(" world");
    expect(el.getText()).toBe("Hello world");
    el.setAttrs({ role: "list", "aria-label": "Episodes" });
    expect(el.getAttr("role")).toBe("list");
    el.setAttr("role", null);
    expect(el.getAttr("role")).toBeNull();
  });

  test("empty, detach, find and findAll, matchParent, instanceOf", () => {
    const root = document.body.createDiv({ cls: "root" });
    const item = root.createDiv({ cls: "item" }).createSpan({ cls: "label", text: "x" });
    expect(root.find(".label")).toBe(item);
    expect(root.findAll("div, span")).toHaveLength(2);
    expect(item.matchParent(".root")).toBe(root);
    expect(item.instanceOf(HTMLSpanElement)).toBe(true);
    expect(item.doc).toBe(document);
    root.empty();
    expect(root.childElementCount).toBe(0);
    root.detach();
    expect(root.isConnected).toBe(false);
  });

  test("isShown, hide, show, and CSS properties", () => {
    const outer = document.body.createDiv();
    const inner = outer.createDiv();
    expect(inner.isShown()).toBe(true);
    outer.hide();
    expect(inner.isShown()).toBe(false);
    outer.show();
    expect(inner.isShown()).toBe(true);
    expect(createDiv().isShown()).toBe(false);
    inner.setCssProps({ "--episode-progress": "40%" });
    expect(inner.style.getPropertyValue("--episode-progress")).toBe("40%");
    outer.remove();
  });

  test("delegated events and onClickEvent", () => {
    const list = document.body.createDiv();
    const row = list.createDiv({ cls: "row" }).createSpan({ text: "GOH 1" });
    const hits: string[] = [];
    const listener = (_evt: MouseEvent, target: HTMLElement): void => {
      hits.push(target.className);
    };
    list.on("click", ".row", listener);
    row.click();
    list.off("click", ".row", listener);
    row.click();
    list.onClickEvent(() => hits.push("click"));
    row.click();
    expect(hits).toEqual(["row", "click"]);
    list.remove();
  });

  test("the JS built-ins Obsidian adds", () => {
    expect([1, 2, 3].first()).toBe(1);
    expect([1, 2, 3].last()).toBe(3);
    expect([1, 2, 2].unique()).toEqual([1, 2]);
    const list = [1, 2, 1];
    list.remove(1);
    expect(list).toEqual([2]);
    expect([1].contains(1)).toBe(true);
    expect("episode".contains("iso")).toBe(true);
    expect(Math.clamp(12, 0, 10)).toBe(10);
    expect(Object.keys([1]).includes("first")).toBe(false);
  });
});

describe("debounce", () => {
  test("calls once with the last arguments; resetTimer restarts the wait; cancel and run", () => {
    vi.useFakeTimers();
    try {
      const calls: string[] = [];
      const plain = debounce((value: string) => calls.push(value), 100);
      plain("a");
      vi.advanceTimersByTime(60);
      plain("b");
      vi.advanceTimersByTime(40);
      expect(calls).toEqual(["b"]);
      const reset = debounce((value: string) => calls.push(value), 100, true);
      reset("c");
      vi.advanceTimersByTime(60);
      reset("d");
      vi.advanceTimersByTime(60);
      expect(calls).toEqual(["b"]);
      vi.advanceTimersByTime(40);
      expect(calls).toEqual(["b", "d"]);
      reset("e").cancel();
      vi.advanceTimersByTime(200);
      reset("f");
      expect(reset.run()).toBe(3);
      vi.advanceTimersByTime(200);
      expect(calls).toEqual(["b", "d", "f"]);
    } finally {
      vi.useRealTimers();
    }
  });
});

test("Keymap.isModEvent: Ctrl opens a tab, Ctrl+Alt a split, Ctrl+Alt+Shift a window (Linux host)", () => {
  expect(Keymap.isModEvent(new MouseEvent("click", { ctrlKey: true }))).toBe("tab");
  expect(Keymap.isModEvent(new MouseEvent("click", { ctrlKey: true, altKey: true }))).toBe("split");
  expect(Keymap.isModEvent(new MouseEvent("click", { ctrlKey: true, altKey: true, shiftKey: true }))).toBe("window");
  expect(Keymap.isModEvent(new MouseEvent("auxclick", { button: 1 }))).toBe("tab");
  expect(Keymap.isModEvent(new MouseEvent("click"))).toBe(false);
});

describe("processFrontMatter", () => {
  let host: TestHost;
  afterEach(() => host.dispose());

  test("edits the frontmatter atomically and keeps the body", async () => {
    host = await createTestHost({ files: { "e.md": "---\ntitle: GOH 1\ntags: [a]\n---\n# Body\n", "plain.md": "Body only\n" } });
    await host.app.fileManager.processFrontMatter(fileAt(host, "e.md"), (fm: Record<string, unknown>) => {
      fm.status = "done";
      delete fm.title;
    });
    expect(await host.app.vault.read(fileAt(host, "e.md"))).toBe("---\ntags:\n  - a\nstatus: done\n---\n# Body\n");
    await host.app.fileManager.processFrontMatter(fileAt(host, "plain.md"), (fm: Record<string, unknown>) => {
      fm.date = "2024-01-05";
    });
    expect(await host.app.vault.read(fileAt(host, "plain.md"))).toBe("---\ndate: 2024-01-05\n---\nBody only\n");
  });

  test("throws on broken YAML and on errors from the callback, leaving the file as it was", async () => {
    host = await createTestHost({ files: { "bad.md": "---\ntitle: [oops\n---\nx\n", "good.md": "---\na: 1\n---\n" } });
    const bad = fileAt(host, "bad.md");
    await expect(host.app.fileManager.processFrontMatter(bad, () => undefined)).rejects.toMatchObject({ name: "YAMLParseError" });
    expect(await host.app.vault.read(bad)).toBe("---\ntitle: [oops\n---\nx\n");
    const good = fileAt(host, "good.md");
    await expect(
      host.app.fileManager.processFrontMatter(good, (fm: Record<string, unknown>) => {
        fm.a = 2;
        throw new Error("nope");
      }),
    ).rejects.toThrow("nope");
    expect(await host.app.vault.read(good)).toBe("---\na: 1\n---\n");
  });
});
