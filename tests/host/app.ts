// App: vault, workspace, metadataCache, fileManager, keymap, plus the
// internal registries Obsidian keeps on the app object (commands, plugins,
// view types). Its DOM (ribbon, workspace, status bar) lives in containerEl.
import type { TFile } from "./files";
import { Commands } from "./commands";
import { FileManager } from "./file-manager";
import { MetadataCache } from "./metadata-cache";
import type { Modal } from "./modal";
import { Keymap, Scope } from "./platform";
import type { Plugin } from "./plugin";
import type { Scheduler } from "./scheduler";
import type { SettingTab } from "./setting-tab";
import type { VaultStore } from "./store";
import { Vault } from "./vault";
import { MarkdownView } from "./file-views";
import { EmptyView, PlaceholderView, type View } from "./views";
import { Workspace } from "./workspace";
import type { WorkspaceLeaf } from "./workspace-leaf";

type ViewCreator = (leaf: WorkspaceLeaf) => View;

/** Core views the host shows only as named placeholders. */
export const CORE_VIEW_TYPES = ["file-explorer", "search", "bookmarks", "backlink", "outgoing-link", "tag", "outline", "graph", "localgraph", "all-properties", "file-properties"];

export interface AppOptions {
  store: VaultStore;
  scheduler: Scheduler;
  vaultName: string;
  configDir: string;
}

export class App {
  keymap = new Keymap();
  scope = new Scope();
  vault: Vault;
  metadataCache: MetadataCache;
  workspace: Workspace;
  fileManager: FileManager;
  lastEvent: MouseEvent | KeyboardEvent | TouchEvent | PointerEvent | null = null;
  commands: Commands;
  plugins: { plugins: Record<string, Plugin>; enabledPlugins: Set<string>; getPlugin(id: string): Plugin | null };
  readonly containerEl: HTMLElement;
  readonly hostRibbonEl: HTMLElement;
  readonly hostStatusBarEl: HTMLElement;
  readonly hostScheduler: Scheduler;
  hostModals: Modal[] = [];
  hostSettingTabs: SettingTab[] = [];
  hostExtensions = new Map<string, string>();
  hostRegistrations: Record<string, unknown[]> = {};
  readonly #viewCreators = new Map<string, ViewCreator>();
  readonly #localStorage = new Map<string, unknown>();

  constructor(options: AppOptions) {
    this.hostScheduler = options.scheduler;
    this.vault = new Vault(options.store, { name: options.vaultName, configDir: options.configDir });
    this.metadataCache = new MetadataCache(this.vault, options.scheduler, (file: TFile) => options.store.read(file.path));
    this.fileManager = new FileManager(this);
    this.commands = new Commands(this);
    const plugins: Record<string, Plugin> = {};
    this.plugins = { plugins, enabledPlugins: new Set(), getPlugin: (id) => plugins[id] ?? null };
    this.containerEl = createDiv({ cls: "app-container" });
    const main = this.containerEl.createDiv({ cls: "horizontal-main-container" });
    this.hostRibbonEl = main.createDiv({ cls: ["workspace-ribbon", "side-dock-ribbon", "mod-left"] }).createDiv({ cls: "side-dock-actions" });
    this.workspace = new Workspace(this);
    main.appendChild(this.workspace.containerEl);
    this.hostStatusBarEl = this.containerEl.createDiv({ cls: "status-bar" });
  }

  isDarkMode(): boolean {
    return false;
  }

  loadLocalStorage(key: string): unknown {
    return this.#localStorage.get(key) ?? null;
  }

  saveLocalStorage(key: string, data: unknown): void {
    if (data === null) this.#localStorage.delete(key);
    else this.#localStorage.set(key, data);
  }

  hostHasViewType(type: string): boolean {
    return type === "markdown" || type === "empty" || CORE_VIEW_TYPES.includes(type) || this.#viewCreators.has(type);
  }

  /** A view stands in for `type` when it is a placeholder while a plugin now provides the real view. */
  hostIsStandIn(view: View, type: string): boolean {
    return view instanceof PlaceholderView && this.#viewCreators.has(type);
  }

  hostCreateView(type: string, leaf: WorkspaceLeaf, state: Record<string, unknown>): View {
    if (type === "markdown") return new MarkdownView(leaf);
    if (type === "empty") return new EmptyView(leaf);
    const creator = this.#viewCreators.get(type);
    return creator ? creator(leaf) : new PlaceholderView(leaf, type, state);
  }

  hostPluginViewTypes(): string[] {
    return [...this.#viewCreators.keys()];
  }

  hostRegisterView(type: string, creator: ViewCreator): void {
    if (this.hostHasViewType(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
    this.#viewCreators.set(type, creator);
    // Leaves of this type that were waiting (a restored layout, a plugin reloaded) get the real view if shown.
    if (!this.workspace.layoutReady) return;
    for (const leaf of this.workspace.getLeavesOfType(type)) {
      if (leaf.parent.selected !== leaf) continue;
      const pending = leaf.isDeferred ? leaf.loadIfDeferred() : leaf.setViewState(leaf.getViewState());
      this.hostScheduler.track(pending);
    }
  }

  /** Like the app when a plugin unloads: its views close but their leaves stay, keeping their state. */
  hostUnregisterView(type: string): void {
    this.#viewCreators.delete(type);
    for (const leaf of this.workspace.getLeavesOfType(type)) {
      if (leaf.isDeferred || leaf.view instanceof PlaceholderView) continue;
      this.hostScheduler.track(leaf.open(new PlaceholderView(leaf, type, leaf.view.getState())));
    }
  }
}
