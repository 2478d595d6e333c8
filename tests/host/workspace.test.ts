// @vitest-environment happy-dom
import { ItemView, MarkdownView, Plugin, type TFile, type WorkspaceLeaf } from "obsidian";
import { afterEach, describe, expect, test } from "vitest";
import { userClick } from "./interactions";
import { createTestHost, type TestHost } from "./test-host";
import { fileAt, MANIFEST } from "./test-support";

let host: TestHost;
afterEach(() => host.dispose());

const VIEW_TYPE = "stand-in-sidebar";
const lifecycle: string[] = [];

class SidebarView extends ItemView {
  getViewType(): string {
    return VIEW_TYPE;
  }

  getDisplayText(): string {
    return "Episodes";
  }

  override getIcon(): string {
    return "calendar";
  }

  protected override onOpen(): Promise<void> {
    lifecycle.push("open");
    this.contentEl.empty();
    this.contentEl.createEl("h4", { text: "Episodes" });
    return Promise.resolve();
  }

  protected override onClose(): Promise<void> {
    lifecycle.push("close");
    return Promise.resolve();
  }

  greet(): string {
    return "hello";
  }
}

class SidebarPlugin extends Plugin {
  override onload(): void {
    this.registerView(VIEW_TYPE, (leaf: WorkspaceLeaf) => new SidebarView(leaf));
  }
}

async function start(files: Record<string, string> = {}): Promise<TestHost> {
  lifecycle.length = 0;
  host = await createTestHost({ files });
  await host.loadPlugin(SidebarPlugin, MANIFEST);
  await host.layoutReady();
  return host;
}

describe("views in leaves", () => {
  test("an ItemView has a header and then contentEl, as containerEl.children[1]", async () => {
    await start();
    const leaf = await host.app.workspace.ensureSideLeaf(VIEW_TYPE, "right");
    const view = leaf.view;
    expect(view).toBeInstanceOf(SidebarView);
    if (!(view instanceof SidebarView)) return;
    expect(view.containerEl.children[1]).toBe(view.contentEl);
    expect(view.containerEl.children[0]?.classList.contains("view-header")).toBe(true);
    expect(view.contentEl.querySelector("h4")?.textContent).toBe("Episodes");
    expect(leaf.getDisplayText()).toBe("Episodes");
    expect(leaf.getIcon()).toBe("calendar");
    expect(view.containerEl.isShown()).toBe(true);
  });

  test("a new sidebar leaf is a background tab: its view stays deferred until revealed", async () => {
    await start();
    const leaf = host.app.workspace.getRightLeaf(false);
    if (!leaf) throw new Error("no right leaf");
    await leaf.setViewState({ type: VIEW_TYPE });
    expect(leaf.isDeferred).toBe(true);
    expect(leaf.view).not.toBeInstanceOf(SidebarView);
    expect(leaf.getViewState().type).toBe(VIEW_TYPE);
    expect(host.app.workspace.getLeavesOfType(VIEW_TYPE)).toEqual([leaf]);
    expect(lifecycle).toEqual([]);
    await host.app.workspace.revealLeaf(leaf);
    expect(leaf.isDeferred).toBe(false);
    expect(leaf.view).toBeInstanceOf(SidebarView);
    expect(lifecycle).toEqual(["open"]);
  });

  test("loadIfDeferred loads without showing; active: true loads at once", async () => {
    await start();
    const background = host.app.workspace.getRightLeaf(false);
    const active = host.app.workspace.getRightLeaf(false);
    if (!background || !active) throw new Error("no right leaf");
    await background.setViewState({ type: VIEW_TYPE });
    await background.loadIfDeferred();
    expect(background.view).toBeInstanceOf(SidebarView);
    await active.setViewState({ type: VIEW_TYPE, active: true });
    expect(active.isDeferred).toBe(false);
    expect(host.app.workspace.getActiveViewOfType(SidebarView)).toBe(active.view);
  });

  test("ensureSideLeaf reuses the existing leaf", async () => {
    await start();
    const first = await host.app.workspace.ensureSideLeaf(VIEW_TYPE, "right");
    const second = await host.app.workspace.ensureSideLeaf(VIEW_TYPE, "right");
    expect(second).toBe(first);
    expect(host.app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(1);
  });

  test("detach closes the view", async () => {
    await start();
    const leaf = await host.app.workspace.ensureSideLeaf(VIEW_TYPE, "right");
    leaf.detach();
    await host.flush();
    expect(lifecycle).toEqual(["open", "close"]);
    expect(host.app.workspace.getLeavesOfType(VIEW_TYPE)).toEqual([]);
  });

  test("a layout saved before a restart comes back deferred; the visible tab loads once the layout is ready", async () => {
    lifecycle.length = 0;
    host = await createTestHost({ restoreLeaves: [{ side: "right", type: VIEW_TYPE, selected: true }] });
    const [leaf] = host.app.workspace.getLeavesOfType(VIEW_TYPE);
    expect(leaf?.isDeferred).toBe(true);
    await host.loadPlugin(SidebarPlugin, MANIFEST);
    expect(leaf?.isDeferred).toBe(true);
    await host.layoutReady();
    expect(leaf?.view).toBeInstanceOf(SidebarView);
  });
});

describe("the active leaf, file and editor", () => {
  test("opening a note makes its MarkdownView active and fires file-open", async () => {
    await start({ "GOH 1.md": "# One", "GOH 2.md": "# Two" });
    const opened: (string | null)[] = [];
    host.app.workspace.on("file-open", (file: TFile | null) => opened.push(file?.path ?? null));
    const view = await host.openFile("GOH 1.md");
    expect(view).toBeInstanceOf(MarkdownView);
    expect(host.app.workspace.getActiveViewOfType(MarkdownView)).toBe(view);
    expect(host.app.workspace.activeEditor?.editor).toBe(view.editor);
    expect(host.app.workspace.getActiveFile()?.path).toBe("GOH 1.md");
    await host.app.workspace.getLeaf(false).openFile(fileAt(host, "GOH 2.md"));
    expect(view.file?.path).toBe("GOH 2.md");
    expect(opened).toEqual(["GOH 1.md", "GOH 2.md"]);
    expect(host.app.workspace.getLastOpenFiles()).toEqual(["GOH 2.md", "GOH 1.md"]);
  });

  test("focusing a sidebar view leaves no active editor, but the last file stays the active file", async () => {
    await start({ "GOH 1.md": "" });
    await host.openFile("GOH 1.md");
    const leaf = await host.app.workspace.ensureSideLeaf(VIEW_TYPE, "right");
    const changes: (WorkspaceLeaf | null)[] = [];
    host.app.workspace.on("active-leaf-change", (active: WorkspaceLeaf | null) => changes.push(active));
    userClick(leaf.view.containerEl);
    expect(changes).toEqual([leaf]);
    expect(host.app.workspace.getActiveViewOfType(MarkdownView)).toBeNull();
    expect(host.app.workspace.activeEditor).toBeNull();
    expect(host.app.workspace.getActiveFile()?.path).toBe("GOH 1.md");
  });

  test("getLeaf(true) opens a new tab; getLeaf(false) reuses the current one", async () => {
    await start({ "a.md": "", "b.md": "" });
    const first = host.app.workspace.getLeaf(false);
    await first.openFile(fileAt(host, "a.md"));
    expect(host.app.workspace.getLeaf(false)).toBe(first);
    const second = host.app.workspace.getLeaf(true);
    expect(second).not.toBe(first);
    await second.openFile(fileAt(host, "b.md"));
    const roots: WorkspaceLeaf[] = [];
    host.app.workspace.iterateRootLeaves((leaf) => roots.push(leaf));
    expect(roots).toEqual([first, second]);
    expect(first.view.containerEl.isShown()).toBe(false);
  });

  test("deleting an open note empties its tab; renaming keeps it open", async () => {
    await start({ "a.md": "x", "b.md": "y" });
    const view = await host.openFile("a.md");
    await host.app.vault.rename(fileAt(host, "a.md"), "c.md");
    expect(view.file?.path).toBe("c.md");
    await host.app.fileManager.trashFile(fileAt(host, "c.md"));
    await host.flush();
    expect(host.app.workspace.getActiveViewOfType(MarkdownView)).toBeNull();
    expect(host.app.workspace.getLeaf(false).view.getViewType()).toBe("empty");
  });
});
