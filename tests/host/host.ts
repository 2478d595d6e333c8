// createHost: a running stand-in app over any store, plus the levers a test
// (or the screenshot page) needs: load plugins, declare the layout ready,
// flush pending work, read notices, count live listeners. Browser-safe: no
// Node imports here (the disk-backed factory is test-host.ts).
import type * as O from "obsidian";
import { App, CORE_VIEW_TYPES } from "./app";
import { liveRegistrations } from "./component";
import { installListenerTracking, listenersWithin } from "./element-listeners";
import { MarkdownView } from "./file-views";
import { handlerErrors } from "./events";
import type { Modal } from "./modal";
import { noticeLog, type NoticeRecord } from "./notice";
import "./obsidian";
import { normalizePath, parentPath } from "./paths";
import { HOST_API_VERSION, hostSetApiVersion, hostSetMobile } from "./platform";
import { Plugin } from "./plugin";
import { Scheduler, setAmbientScheduler } from "./scheduler";
import { PluginSettingTab, type SettingTab } from "./setting-tab";
import { MemoryStore, seedStore, type VaultStore } from "./store";
import type { WorkspaceLeaf } from "./workspace-leaf";
import type { WorkspaceSplit } from "./workspace-items";

/** A leaf of a layout saved before "restart": restored deferred, shown once the layout is ready. */
export interface RestoredLeaf {
  side: "left" | "right" | "main";
  type: string;
  state?: Record<string, unknown>;
  /** Whether it is the visible tab of its group. */
  selected?: boolean;
}

export interface HostOptions {
  /** Where files live; defaults to an in-memory store. */
  store?: VaultStore;
  /** Files to write into the store first, by vault path. */
  files?: Record<string, string>;
  vaultName?: string;
  /** Defaults to the app's own default config folder. */
  configDir?: string;
  /** "default" puts the core views in the sidebars, like a fresh vault; "empty" leaves them empty. */
  sidebars?: "default" | "empty";
  restoreLeaves?: RestoredLeaf[];
  mobile?: boolean;
  /** Pretend to be an older app, e.g. "1.12.0" to get display() instead of declarative settings. */
  apiVersion?: string;
}

export interface ListenerCounts {
  vault: number;
  metadataCache: number;
  workspace: number;
  leaves: number;
  dom: number;
  intervals: number;
  commands: number;
  ribbonIcons: number;
  statusBarItems: number;
  settingTabs: number;
  viewTypes: number;
  /** DOM listeners inside the modals still open (a modal left open after unload keeps them, and its scope). */
  modals: number;
  total: number;
}

export interface Host {
  /** The app, typed as the real API so tests use only what Obsidian offers. */
  app: O.App;
  /** The same app typed as the stand-in, for host internals (commands, modals). */
  standIn: App;
  loadPlugin<P extends O.Plugin>(PluginClass: new (app: O.App, manifest: O.PluginManifest) => P, manifest: O.PluginManifest, options?: { byUser?: boolean }): Promise<P>;
  unloadPlugin(plugin: O.Plugin): Promise<void>;
  layoutReady(): Promise<void>;
  flush(): Promise<void>;
  readonly notices: readonly NoticeRecord[];
  noticeMessages(): string[];
  readonly errors: readonly unknown[];
  openFile(path: string, options?: { newLeaf?: boolean }): Promise<O.MarkdownView>;
  runCommand(id: string): Promise<boolean>;
  isCommandAvailable(id: string): boolean;
  commandIds(): string[];
  openSettings(pluginId: string): Promise<HTMLElement>;
  closeSettings(): void;
  activeModal(): Modal | null;
  externalWrite(path: string, data: string): Promise<void>;
  externalDelete(path: string): Promise<void>;
  setMobile(mobile: boolean): void;
  liveListenerCount(): ListenerCounts;
  dispose: () => void;
}

/** The app's default config folder: the stand-in plays the app, which owns this default. */
const DEFAULT_CONFIG_DIR = ".obsidian";

const CORE_LAYOUT = {
  left: ["file-explorer", "search", "bookmarks"],
  right: ["backlink", "outgoing-link", "tag", "outline"],
};

export async function createHost(options: HostOptions = {}): Promise<Host> {
  if (typeof document === "undefined") throw new Error("The stand-in host needs a DOM: add `// @vitest-environment happy-dom` at the top of the test file.");
  installListenerTracking();
  const store = options.store ?? new MemoryStore();
  if (options.files) seedStore(store, options.files);
  const scheduler = new Scheduler();
  setAmbientScheduler(scheduler);
  hostSetMobile(options.mobile ?? false);
  hostSetApiVersion(options.apiVersion ?? HOST_API_VERSION);
  const app = new App({ store, scheduler, vaultName: options.vaultName ?? "Test vault", configDir: options.configDir ?? DEFAULT_CONFIG_DIR });
  document.body.appendChild(app.containerEl);
  const noticeStart = noticeLog.length;
  const errorStart = handlerErrors.length;
  const onKeydown = (evt: KeyboardEvent): void => {
    app.keymap.hostActiveScope()?.hostHandleKey(evt);
  };
  document.addEventListener("keydown", onKeydown);
  app.vault.adapter.hostOnExternalChange((path) => {
    for (const plugin of Object.values(app.plugins.plugins)) {
      if (plugin.hostDataPath() === path) scheduler.track(Promise.resolve(plugin.onExternalSettingsChange?.()));
    }
  });
  await buildLayout(app, options);
  let loadEventsSent = false;
  let settingsTab: SettingTab | null = null;
  // The one place the stand-in is handed out as the real API type: tests and
  // plugin code then compile against obsidian.d.ts, not against the host.
  const asApi = app as unknown as O.App;

  const host: Host = {
    app: asApi,
    standIn: app,
    async loadPlugin(PluginClass, manifest, loadOptions = {}) {
      if (loadOptions.byUser && !app.workspace.layoutReady) throw new Error("Stand-in host: a user can only enable a plugin once the layout is ready.");
      const dir = manifest.dir ?? `${app.vault.configDir}/plugins/${manifest.id}`;
      const installed = { ...manifest, dir };
      if (!(await app.vault.adapter.exists(dir))) {
        await app.vault.adapter.mkdir(dir);
        await app.vault.adapter.write(`${dir}/manifest.json`, JSON.stringify(manifest, null, 2));
      }
      const plugin = new PluginClass(asApi, installed);
      if (!(plugin instanceof Plugin)) throw new Error("Stand-in host: the plugin class must extend Plugin from 'obsidian'.");
      app.plugins.plugins[manifest.id] = plugin;
      app.plugins.enabledPlugins.add(manifest.id);
      try {
        await plugin.hostLoad();
      } catch (error) {
        plugin.unload();
        delete app.plugins.plugins[manifest.id];
        app.plugins.enabledPlugins.delete(manifest.id);
        throw error;
      }
      if (loadOptions.byUser) plugin.onUserEnable();
      return plugin;
    },
    async unloadPlugin(plugin) {
      if (!(plugin instanceof Plugin)) throw new Error("Stand-in host: not a stand-in plugin.");
      plugin.unload();
      delete app.plugins.plugins[plugin.manifest.id];
      app.plugins.enabledPlugins.delete(plugin.manifest.id);
      await scheduler.flush();
    },
    async layoutReady() {
      if (!loadEventsSent) {
        loadEventsSent = true;
        app.vault.hostEmitLoadEvents();
        app.metadataCache.hostAnnounceResolved();
      }
      app.workspace.hostSetLayoutReady();
      await scheduler.flush();
    },
    flush: () => scheduler.flush(),
    get notices() {
      return noticeLog.slice(noticeStart);
    },
    noticeMessages: () => noticeLog.slice(noticeStart).map((record) => record.message),
    get errors() {
      return handlerErrors.slice(errorStart);
    },
    async openFile(path, openOptions = {}) {
      const file = app.vault.getFileByPath(normalizePath(path));
      if (!file) throw new Error(`Stand-in host: no file at "${path}".`);
      const leaf = app.workspace.getLeaf(openOptions.newLeaf ?? false);
      await leaf.openFile(file);
      await scheduler.flush();
      if (!(leaf.view instanceof MarkdownView)) throw new Error(`Stand-in host: "${path}" did not open in a Markdown view.`);
      return leaf.view as unknown as O.MarkdownView;
    },
    async runCommand(id) {
      const ran = app.commands.executeCommandById(id);
      await scheduler.flush();
      return ran;
    },
    isCommandAvailable(id) {
      const command = app.commands.findCommand(id);
      return command !== undefined && app.commands.hostIsAvailable(command);
    },
    commandIds: () => Object.keys(app.commands.commands),
    async openSettings(pluginId) {
      host.closeSettings();
      const tab = app.hostSettingTabs.find((candidate) => candidate instanceof PluginSettingTab && candidate.hostPlugin().manifest.id === pluginId);
      if (!tab) throw new Error(`Stand-in host: no setting tab registered by "${pluginId}".`);
      settingsTab = tab;
      const modal = document.body.createDiv({ cls: ["modal-container", "mod-settings"] }).createDiv({ cls: "modal" });
      modal.createDiv({ cls: "vertical-tab-content-container" }).appendChild(tab.containerEl);
      tab.hostShow();
      await scheduler.flush();
      return tab.containerEl;
    },
    closeSettings() {
      if (!settingsTab) return;
      settingsTab.hide();
      settingsTab.containerEl.closest(".mod-settings")?.remove();
      settingsTab = null;
    },
    activeModal: () => app.hostModals[app.hostModals.length - 1] ?? null,
    async externalWrite(path, data) {
      const folders = parentPath(path).split("/").filter((segment) => segment !== "");
      for (let i = 1; i <= folders.length; i++) {
        const folder = folders.slice(0, i).join("/");
        if (!store.stat(folder)) store.mkdir(folder);
      }
      store.write(path, data);
      app.vault.adapter.hostExternalChange(path);
      await scheduler.flush();
    },
    async externalDelete(path) {
      const stat = store.stat(path);
      if (stat?.type === "folder") store.rmdir(path, true);
      else if (stat) store.remove(path);
      app.vault.adapter.hostExternalChange(path);
      await scheduler.flush();
    },
    setMobile: hostSetMobile,
    liveListenerCount() {
      const leaves: WorkspaceLeaf[] = [];
      app.workspace.iterateAllLeaves((leaf) => leaves.push(leaf));
      const counts = {
        vault: app.vault.listenerCount(),
        metadataCache: app.metadataCache.listenerCount(),
        workspace: app.workspace.listenerCount(),
        leaves: leaves.reduce((sum, leaf) => sum + leaf.listenerCount(), 0),
        dom: liveRegistrations.domListeners,
        intervals: liveRegistrations.intervals,
        commands: Object.keys(app.commands.commands).length,
        ribbonIcons: app.hostRibbonEl.childElementCount,
        statusBarItems: app.hostStatusBarEl.childElementCount,
        settingTabs: app.hostSettingTabs.length,
        viewTypes: app.hostPluginViewTypes().length,
        modals: app.hostModals.reduce((sum, modal) => sum + listenersWithin(modal.containerEl), 0),
      };
      return { ...counts, total: Object.values(counts).reduce((sum, n) => sum + n, 0) };
    },
    dispose() {
      host.closeSettings();
      for (const modal of [...app.hostModals]) modal.close();
      // Like quitting the app: plugins unload and open views drop what they registered.
      for (const plugin of Object.values(app.plugins.plugins)) plugin.unload();
      app.workspace.iterateAllLeaves((leaf) => leaf.view.unload());
      document.removeEventListener("keydown", onKeydown);
      app.containerEl.remove();
      for (const record of noticeLog.slice(noticeStart)) record.notice.hide();
      // Suggestion popovers live in document.body; like the app's, none outlives the app.
      for (const popover of Array.from(document.body.querySelectorAll(":scope > .suggestion-container"))) popover.remove();
      setAmbientScheduler(undefined);
      hostSetMobile(false);
      hostSetApiVersion(HOST_API_VERSION);
    },
  };
  return host;
}

async function buildLayout(app: App, options: HostOptions): Promise<void> {
  const { workspace } = app;
  const main = workspace.hostAddLeaf(workspace.rootSplit.tabs);
  workspace.setActiveLeaf(main);
  if ((options.sidebars ?? "default") === "default") {
    for (const type of CORE_LAYOUT.left) await workspace.hostAddLeaf(workspace.leftSplit.tabs).setViewState({ type });
    for (const type of CORE_LAYOUT.right) await workspace.hostAddLeaf(workspace.rightSplit.tabs).setViewState({ type });
  }
  const splits: Record<RestoredLeaf["side"], WorkspaceSplit> = { left: workspace.leftSplit, right: workspace.rightSplit, main: workspace.rootSplit };
  for (const restored of options.restoreLeaves ?? []) {
    if (CORE_VIEW_TYPES.includes(restored.type)) continue;
    const tabs = splits[restored.side].tabs;
    const leaf = tabs.leaves.length === 1 && tabs.leaves[0]?.view.getViewType() === "empty" ? tabs.leaves[0] : workspace.hostAddLeaf(tabs);
    await leaf.hostRestore(restored.type, restored.state ?? {});
    if (restored.selected) tabs.hostSelect(leaf);
  }
}
