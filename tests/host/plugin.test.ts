// @vitest-environment happy-dom
import { type App, type Editor, ItemView, type MarkdownView, Notice, Plugin, type PluginManifest, PluginSettingTab, requireApiVersion, Setting, type SettingDefinitionItem, type WorkspaceLeaf } from "obsidian";
import { afterEach, describe, expect, test } from "vitest";
import { findSetting, typeInto, userClick } from "./interactions";
import { createTestHost, type TestHost } from "./test-host";
import { MANIFEST } from "./test-support";

let host: TestHost;
afterEach(() => host.dispose());

const VIEW_TYPE = "stand-in-episodes";

class EpisodesView extends ItemView {
  getViewType(): string {
    return VIEW_TYPE;
  }

  getDisplayText(): string {
    return "Episodes";
  }

  protected override onOpen(): Promise<void> {
    this.contentEl.createEl("p", { text: "Episode list" });
    this.registerEvent(this.app.vault.on("modify", () => undefined));
    return Promise.resolve();
  }
}

/** Dual support, as the migration guide describes: definitions for 1.13+, display() before. */
class SettingsTab extends PluginSettingTab {
  constructor(
    app: App,
    private readonly owner: BusyPlugin,
  ) {
    super(app, owner);
  }

  override getSettingDefinitions(): SettingDefinitionItem[] {
    return [
      {
        name: "Episode folder",
        desc: "Where new episode notes go.",
        control: { type: "text", key: "folder", validate: (value: string) => (value.endsWith("/") ? "Leave out the trailing slash." : undefined) },
      },
      { name: "Show guests", control: { type: "toggle", key: "showGuests", defaultValue: true } },
      {
        type: "list",
        heading: "Shows",
        emptyState: "No shows yet.",
        items: this.owner.settings.shows.map((show) => ({ name: show })),
        onDelete: (index: number) => {
          this.owner.settings.shows.splice(index, 1);
          if (requireApiVersion("1.13.0")) this.update();
        },
      },
    ];
  }

  override display(): void {
    this.containerEl.empty();
    new Setting(this.containerEl)
      .setName("Episode folder")
      .setDesc("Where new episode notes go.")
      .addText((text) =>
        text.setValue(this.owner.settings.folder).onChange(async (value) => {
          this.owner.settings.folder = value;
          await this.owner.saveData(this.owner.settings);
        }),
      );
  }
}

/** A plugin that registers one of everything the host should clean up. */
class BusyPlugin extends Plugin {
  override settings = { folder: "Episodes", showGuests: true, shows: ["GOH", "A&A"] };
  layoutReadyRuns = 0;
  externalChanges = 0;
  ran: string[] = [];

  override async onload(): Promise<void> {
    const saved = (await this.loadData()) as { folder?: string } | null;
    if (saved?.folder) this.settings.folder = saved.folder;
    this.addCommand({ id: "new-episode", name: "New episode", callback: () => this.ran.push("callback") });
    this.addCommand({
      id: "only-when-ready",
      name: "Only when ready",
      checkCallback: (checking) => {
        if (this.settings.folder === "") return false;
        if (!checking) this.ran.push("check");
        return true;
      },
    });
    this.addCommand({ id: "insert-guest", name: "Insert guest", editorCallback: (editor: Editor) => editor.replaceSelection("Guest:: ") });
    this.addRibbonIcon("calendar", "Open episodes", () => this.ran.push("ribbon"));
    this.addStatusBarItem().setText("Three episodes");
    this.registerView(VIEW_TYPE, (leaf: WorkspaceLeaf) => new EpisodesView(leaf));
    this.addSettingTab(new SettingsTab(this.app, this));
    this.registerEvent(this.app.metadataCache.on("changed", () => undefined));
    this.registerEvent(this.app.workspace.on("file-open", () => undefined));
    this.registerDomEvent(document, "keydown", () => undefined);
    this.registerInterval(window.setInterval(() => undefined, 60_000));
    this.app.workspace.onLayoutReady(() => {
      this.layoutReadyRuns++;
      this.registerEvent(this.app.vault.on("create", () => undefined));
    });
  }

  override onExternalSettingsChange(): void {
    this.externalChanges++;
  }
}

describe("commands", () => {
  test("ids and names are prefixed with the plugin's id and name, on the object passed in", async () => {
    host = await createTestHost();
    const plugin = await host.loadPlugin(BusyPlugin, MANIFEST);
    expect(host.commandIds()).toEqual(["stand-in-check:new-episode", "stand-in-check:only-when-ready", "stand-in-check:insert-guest"]);
    const returned = plugin.addCommand({ id: "later", name: "Later", callback: () => undefined });
    expect(returned.id).toBe("stand-in-check:later");
    expect(returned.name).toBe("Stand-in check: Later");
    plugin.removeCommand("later");
    expect(host.commandIds()).not.toContain("stand-in-check:later");
  });

  test("callback and checkCallback run; check callbacks are asked first and can refuse", async () => {
    host = await createTestHost();
    const plugin = await host.loadPlugin(BusyPlugin, MANIFEST);
    expect(await host.runCommand("stand-in-check:new-episode")).toBe(true);
    expect(await host.runCommand("stand-in-check:only-when-ready")).toBe(true);
    plugin.settings.folder = "";
    expect(await host.runCommand("stand-in-check:only-when-ready")).toBe(false);
    expect(await host.runCommand("stand-in-check:missing")).toBe(false);
    expect(plugin.ran).toEqual(["callback", "check"]);
  });

  test("editor commands only run while a Markdown editor is the active view", async () => {
    host = await createTestHost({ files: { "GOH 1.md": "line" } });
    await host.loadPlugin(BusyPlugin, MANIFEST);
    await host.layoutReady();
    expect(host.isCommandAvailable("stand-in-check:insert-guest")).toBe(false);
    const view: MarkdownView = await host.openFile("GOH 1.md");
    view.editor.setCursor({ line: 0, ch: 4 });
    expect(await host.runCommand("stand-in-check:insert-guest")).toBe(true);
    expect(view.editor.getValue()).toBe("lineGuest:: ");
    const side = await host.app.workspace.ensureSideLeaf(VIEW_TYPE, "right", { active: true });
    expect(host.app.workspace.getActiveViewOfType(ItemView)).toBe(side.view);
    expect(host.isCommandAvailable("stand-in-check:insert-guest")).toBe(false);
    expect(await host.runCommand("stand-in-check:insert-guest")).toBe(false);
  });
});

describe("settings data", () => {
  test("loadData is null until saveData writes <configDir>/plugins/<id>/data.json", async () => {
    host = await createTestHost();
    const plugin = await host.loadPlugin(BusyPlugin, MANIFEST);
    expect(await plugin.loadData()).toBeNull();
    await plugin.saveData({ folder: "Shows" });
    const dataPath = `${host.app.vault.configDir}/plugins/stand-in-check/data.json`;
    expect(await host.app.vault.adapter.read(dataPath)).toBe('{\n  "folder": "Shows"\n}');
    expect(await plugin.loadData()).toEqual({ folder: "Shows" });
    expect(host.app.vault.getAbstractFileByPath(dataPath)).toBeNull();
  });

  test("corrupt data.json makes loadData reject, so a plugin that awaits it in onload fails to load", async () => {
    host = await createTestHost();
    await host.externalWrite(`${host.app.vault.configDir}/plugins/stand-in-check/data.json`, "{ not json");
    await expect(host.loadPlugin(BusyPlugin, MANIFEST)).rejects.toThrow(SyntaxError);
    expect(host.commandIds()).toEqual([]);
  });

  test("an outside change to data.json calls onExternalSettingsChange; the plugin's own saves do not", async () => {
    host = await createTestHost();
    const plugin = await host.loadPlugin(BusyPlugin, MANIFEST);
    await plugin.saveData({ folder: "Mine" });
    await host.externalWrite(`${host.app.vault.configDir}/plugins/stand-in-check/data.json`, '{"folder":"Synced"}');
    expect(plugin.externalChanges).toBe(1);
  });

  test("on 1.13+ the tab is rendered from its definitions: controls bind to plugin.settings, validate, and save", async () => {
    host = await createTestHost();
    const plugin = await host.loadPlugin(BusyPlugin, MANIFEST);
    const tab = await host.openSettings("stand-in-check");
    const folder = findSetting(tab, "Episode folder");
    const input = folder.querySelector("input");
    expect(input?.value).toBe("Episodes");
    if (input) typeInto(input, "Shows/");
    await host.flush();
    expect(folder.querySelector(".setting-item-error")?.textContent).toBe("Leave out the trailing slash.");
    expect(await plugin.loadData()).toBeNull();
    if (input) typeInto(input, "Shows");
    await host.flush();
    expect(folder.querySelector(".setting-item-error")).toBeNull();
    expect(plugin.settings.folder).toBe("Shows");
    expect(await plugin.loadData()).toMatchObject({ folder: "Shows" });
    expect(findSetting(tab, "Show guests").querySelector(".checkbox-container")?.classList.contains("is-enabled")).toBe(true);
    const deleteGoh = findSetting(tab, "GOH").querySelector<HTMLElement>(".extra-setting-button");
    if (deleteGoh) userClick(deleteGoh);
    expect(Array.from(tab.querySelectorAll(".setting-items .setting-item-name")).map((el) => el.textContent)).toContain("A&A");
    expect(() => findSetting(tab, "GOH")).toThrow();
    host.closeSettings();
    expect(tab.childElementCount).toBe(0);
  });

  test("an older app calls display() instead", async () => {
    host = await createTestHost({ apiVersion: "1.12.0" });
    const plugin = await host.loadPlugin(BusyPlugin, MANIFEST);
    const tab = await host.openSettings("stand-in-check");
    expect(() => findSetting(tab, "Show guests")).toThrow();
    const input = findSetting(tab, "Episode folder").querySelector("input");
    if (input) typeInto(input, "Shows");
    await host.flush();
    expect(await plugin.loadData()).toMatchObject({ folder: "Shows" });
  });
});

describe("lifecycle", () => {
  test("onLayoutReady callbacks wait for the layout, then run at once", async () => {
    host = await createTestHost();
    const plugin = await host.loadPlugin(BusyPlugin, MANIFEST);
    expect(plugin.layoutReadyRuns).toBe(0);
    expect(host.app.workspace.layoutReady).toBe(false);
    await host.layoutReady();
    expect(plugin.layoutReadyRuns).toBe(1);
    let ranNow = false;
    host.app.workspace.onLayoutReady(() => {
      ranNow = true;
    });
    expect(ranNow).toBe(true);
  });

  test("unloading removes every listener, interval, command, icon, status item, view type and tab it registered", async () => {
    host = await createTestHost({ files: { "a.md": "" } });
    const before = host.liveListenerCount();
    expect(before.total).toBe(0);
    const plugin = await host.loadPlugin(BusyPlugin, MANIFEST);
    await host.layoutReady();
    await host.app.workspace.ensureSideLeaf(VIEW_TYPE, "right");
    const loaded = host.liveListenerCount();
    expect(loaded).toMatchObject({ vault: 2, metadataCache: 1, workspace: 1, dom: 1, intervals: 1, commands: 3, ribbonIcons: 1, statusBarItems: 1, settingTabs: 1, viewTypes: 1 });
    await host.unloadPlugin(plugin);
    expect(host.liveListenerCount()).toEqual(before);
    expect(host.app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(1);
    expect(host.app.workspace.getLeavesOfType(VIEW_TYPE)[0]?.view).not.toBeInstanceOf(EpisodesView);
  });

  test("the ribbon icon is a clickable element with the title as its label", async () => {
    host = await createTestHost();
    const plugin = await host.loadPlugin(BusyPlugin, MANIFEST);
    const icon = document.querySelector<HTMLElement>('.side-dock-ribbon-action[aria-label="Open episodes"]');
    expect(icon?.querySelector("svg")?.getAttribute("data-icon")).toBe("calendar");
    if (icon) userClick(icon);
    expect(plugin.ran).toEqual(["ribbon"]);
  });

  test("onUserEnable runs when a user enables the plugin after startup", async () => {
    let enabled = false;
    class FirstRun extends Plugin {
      override onUserEnable(): void {
        enabled = true;
      }
    }
    host = await createTestHost();
    await expect(host.loadPlugin(FirstRun, MANIFEST, { byUser: true })).rejects.toThrow(/layout is ready/);
    await host.layoutReady();
    await host.loadPlugin(FirstRun, MANIFEST, { byUser: true });
    expect(enabled).toBe(true);
  });

  test("notices are recorded for the test", async () => {
    host = await createTestHost();
    const notice = new Notice("Episode created", 0);
    notice.setMessage("Episode GOH 12 created");
    new Notice(createFragment((fragment) => fragment.appendText("From a fragment")));
    expect(host.noticeMessages()).toEqual(["Episode GOH 12 created", "From a fragment"]);
    notice.hide();
    expect(document.querySelectorAll(".notice")).toHaveLength(1);
  });
});

test("a plugin class must come from the stand-in 'obsidian' module", async () => {
  host = await createTestHost();
  const Impostor = class {
    constructor(
      readonly app: App,
      readonly manifest: PluginManifest,
    ) {}
  } as unknown as new (app: App, manifest: PluginManifest) => Plugin;
  await expect(host.loadPlugin(Impostor, MANIFEST)).rejects.toThrow(/must extend Plugin/);
});
