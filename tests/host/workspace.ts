// Workspace. Modelled behaviours that plugins trip over:
// - onLayoutReady queues until the host declares the layout ready;
// - views in background tabs are deferred (1.7.2+): leaf.view is a
//   DeferredView until the tab is shown, revealLeaf() is awaited or
//   loadIfDeferred() is called;
// - activeEditor and getActiveViewOfType(MarkdownView) are null whenever the
//   active leaf is not a Markdown editor (a sidebar view, an empty tab);
// - by default the sidebars already hold the core views, as in a fresh vault,
//   so a new sidebar leaf opens as a background tab.
import type { OpenViewState, PaneType, Side } from "obsidian";
import type { App } from "./app";
import { debounce } from "./debounce";
import { type EventRef, Events, type Handler } from "./events";
import type { TFile } from "./files";
import { normalizePath } from "./paths";
import { FileView, MarkdownView } from "./file-views";
import type { View } from "./views";
import { WorkspaceLeaf } from "./workspace-leaf";
import { WorkspaceRibbon, WorkspaceRoot, WorkspaceSidedock, type WorkspaceSplit, type WorkspaceTabs } from "./workspace-items";

type ViewConstructor<T> = abstract new (...args: never[]) => T;

export class Workspace extends Events {
  leftSplit: WorkspaceSidedock;
  rightSplit: WorkspaceSidedock;
  leftRibbon = new WorkspaceRibbon();
  rightRibbon = new WorkspaceRibbon();
  rootSplit: WorkspaceRoot;
  activeLeaf: WorkspaceLeaf | null = null;
  containerEl: HTMLElement;
  layoutReady = false;
  requestSaveLayout = debounce(() => Promise.resolve(), 1000);
  activeEditor: MarkdownView | null = null;
  readonly #app: App;
  #layoutQueue: (() => unknown)[] = [];
  #recentRootLeaves: WorkspaceLeaf[] = [];
  #lastOpenFiles: string[] = [];
  #activeFile: TFile | null = null;

  constructor(app: App) {
    super();
    this.#app = app;
    this.containerEl = createDiv({ cls: "workspace" });
    this.leftSplit = new WorkspaceSidedock("mod-left-split");
    this.rootSplit = new WorkspaceRoot("mod-root");
    this.rightSplit = new WorkspaceSidedock("mod-right-split");
    for (const split of [this.leftSplit, this.rootSplit, this.rightSplit]) this.containerEl.appendChild(split.containerEl);
  }

  /** Runs now when the layout is ready, otherwise once the host calls layoutReady(). */
  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) callback();
    else this.#layoutQueue.push(callback);
  }

  hostSetLayoutReady(): void {
    if (this.layoutReady) return;
    this.layoutReady = true;
    const queue = this.#layoutQueue;
    this.#layoutQueue = [];
    for (const callback of queue) this.#app.hostScheduler.track(Promise.resolve().then(callback));
    // Visible tabs of a restored layout stop being deferred once the app is up.
    for (const split of [this.leftSplit, this.rootSplit, this.rightSplit]) {
      const shown = split.tabs.selected;
      if (shown) this.#app.hostScheduler.track(shown.loadIfDeferred());
    }
  }

  getLayout(): Record<string, unknown> {
    const describe = (split: WorkspaceSplit): unknown[] => split.tabs.leaves.map((leaf) => leaf.getViewState());
    return { main: describe(this.rootSplit), left: describe(this.leftSplit), right: describe(this.rightSplit), active: this.activeLeaf?.id };
  }

  changeLayout(workspace: unknown): Promise<void> {
    void workspace;
    return Promise.reject(new Error("Stand-in host: changeLayout is not modeled."));
  }

  createLeafInParent(parent: WorkspaceSplit, index: number): WorkspaceLeaf {
    return this.hostAddLeaf(parent.tabs, index);
  }

  /** The host has no real splits: the new leaf joins the same tab group. */
  createLeafBySplit(leaf: WorkspaceLeaf): WorkspaceLeaf {
    const leafNew = this.hostAddLeaf(leaf.parent);
    this.#select(leafNew);
    return leafNew;
  }

  splitActiveLeaf(): WorkspaceLeaf {
    return this.getLeaf("split");
  }

  async duplicateLeaf(leaf: WorkspaceLeaf): Promise<WorkspaceLeaf> {
    const copy = this.createLeafBySplit(leaf);
    await copy.setViewState(leaf.getViewState());
    return copy;
  }

  getUnpinnedLeaf(): WorkspaceLeaf {
    return this.getLeaf(false);
  }

  /**
   * false/undefined: the most recent main-area leaf when it can be navigated
   * and is not pinned, else a new tab. true, 'tab', 'split' or 'window': a new
   * tab in the main area (the host has no splits or popout windows).
   */
  getLeaf(newLeaf?: PaneType | boolean): WorkspaceLeaf {
    if (!newLeaf) {
      const recent = this.getMostRecentLeaf();
      if (recent && !recent.hostIsPinned() && recent.view.navigation) return recent;
    }
    const leaf = this.hostAddLeaf(this.rootSplit.tabs);
    this.#select(leaf);
    return leaf;
  }

  moveLeafToPopout(): never {
    throw new Error("Stand-in host: popout windows are not modeled.");
  }

  openPopoutLeaf(): never {
    throw new Error("Stand-in host: popout windows are not modeled.");
  }

  /** Opens the link's target; an unresolved link creates the note at the vault root, the default new-note location. */
  async openLinkText(linktext: string, sourcePath: string, newLeaf?: PaneType | boolean, openViewState?: OpenViewState): Promise<void> {
    const app = this.#app;
    let file = app.metadataCache.getFirstLinkpathDest(linktext, sourcePath);
    if (!file) {
      const path = normalizePath(linktext.split("#")[0] ?? linktext);
      file = await app.vault.create(path.endsWith(".md") ? path : `${path}.md`, "");
    }
    await this.getLeaf(newLeaf).openFile(file, openViewState);
  }

  setActiveLeaf(leaf: WorkspaceLeaf, params?: { focus?: boolean } | boolean, focus?: boolean): void {
    void params;
    void focus;
    this.#select(leaf);
    const changed = this.activeLeaf !== leaf;
    this.activeLeaf = leaf;
    if (leaf.parent === this.rootSplit.tabs) this.#recentRootLeaves = [leaf, ...this.#recentRootLeaves.filter((other) => other !== leaf)];
    if (changed) this.trigger("active-leaf-change", leaf);
    this.hostActiveLeafChanged(leaf);
  }

  /** Recomputes activeEditor and fires 'file-open' when the active file changed. */
  hostActiveLeafChanged(leaf: WorkspaceLeaf): void {
    if (this.activeLeaf !== leaf) return;
    this.activeEditor = leaf.view instanceof MarkdownView ? leaf.view : null;
    const file = leaf.view instanceof FileView ? leaf.view.file : null;
    if (file && file !== this.#activeFile) {
      this.#activeFile = file;
      this.#lastOpenFiles = [file.path, ...this.#lastOpenFiles.filter((path) => path !== file.path)].slice(0, 10);
      this.trigger("file-open", file);
    }
  }

  getLeafById(id: string): WorkspaceLeaf | null {
    return this.#allLeaves().find((leaf) => leaf.id === id) ?? null;
  }

  getGroupLeaves(group: string): WorkspaceLeaf[] {
    return this.#allLeaves().filter((leaf) => leaf.hostGroup() === group);
  }

  getMostRecentLeaf(root?: unknown): WorkspaceLeaf | null {
    void root;
    return this.#recentRootLeaves[0] ?? this.rootSplit.tabs.selected ?? null;
  }

  /** A new leaf in the left sidebar: a background tab unless the sidebar is empty. */
  getLeftLeaf(split: boolean): WorkspaceLeaf | null {
    void split;
    return this.hostAddLeaf(this.leftSplit.tabs);
  }

  /** A new leaf in the right sidebar: a background tab unless the sidebar is empty. */
  getRightLeaf(split: boolean): WorkspaceLeaf | null {
    void split;
    return this.hostAddLeaf(this.rightSplit.tabs);
  }

  /** The existing leaf of `type` on that side, or a new one; revealed unless options.reveal is false. */
  async ensureSideLeaf(type: string, side: Side, options: { active?: boolean; split?: boolean; reveal?: boolean; state?: unknown } = {}): Promise<WorkspaceLeaf> {
    const split = side === "left" ? this.leftSplit : this.rightSplit;
    let leaf = split.tabs.leaves.find((candidate) => candidate.getViewState().type === type);
    if (!leaf) {
      leaf = this.hostAddLeaf(split.tabs);
      const state = typeof options.state === "object" && options.state !== null ? (options.state as Record<string, unknown>) : undefined;
      await leaf.setViewState({ type, state, active: options.active ?? false });
    } else if (options.active) {
      this.setActiveLeaf(leaf, { focus: true });
    }
    if (options.reveal ?? true) await this.revealLeaf(leaf);
    return leaf;
  }

  getActiveViewOfType<T extends View>(type: ViewConstructor<T>): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }

  /** The active leaf's file, or the most recently active file when the active view has none. */
  getActiveFile(): TFile | null {
    const view = this.activeLeaf?.view;
    if (view instanceof FileView && view.file) return view.file;
    return this.#activeFile && !this.#activeFile.deleted ? this.#activeFile : null;
  }

  iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
    for (const leaf of [...this.rootSplit.tabs.leaves]) callback(leaf);
  }

  iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
    for (const leaf of this.#allLeaves()) callback(leaf);
  }

  /** Matches deferred leaves too: their view type is the one they will load. */
  getLeavesOfType(viewType: string): WorkspaceLeaf[] {
    return this.#allLeaves().filter((leaf) => leaf.view.getViewType() === viewType);
  }

  detachLeavesOfType(viewType: string): void {
    for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
  }

  /** Shows the leaf's tab (expanding a collapsed sidebar) and waits until its view is loaded. */
  async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
    const split = leaf.parent.parent;
    if (split instanceof WorkspaceSidedock && split.collapsed) split.expand();
    leaf.parent.hostSelect(leaf);
    await leaf.loadIfDeferred();
  }

  getLastOpenFiles(): string[] {
    return [...this.#lastOpenFiles];
  }

  updateOptions(): void {
    // No editor extensions to reconfigure in the host.
  }

  handleLinkContextMenu(): boolean {
    return false;
  }

  override on(name: "file-open", callback: (file: TFile | null) => unknown, ctx?: unknown): EventRef;
  override on(name: "active-leaf-change", callback: (leaf: WorkspaceLeaf | null) => unknown, ctx?: unknown): EventRef;
  override on(name: "editor-change", callback: (editor: MarkdownView["editor"], info: MarkdownView) => unknown, ctx?: unknown): EventRef;
  override on(name: string, callback: Handler, ctx?: unknown): EventRef;
  override on(name: string, callback: Handler, ctx?: unknown): EventRef {
    return super.on(name, callback, ctx);
  }

  hostAddLeaf(tabs: WorkspaceTabs, index?: number): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.#app, tabs);
    tabs.hostAdd(leaf, index);
    this.trigger("layout-change");
    return leaf;
  }

  hostRemoveLeaf(leaf: WorkspaceLeaf): void {
    const tabs = leaf.parent;
    tabs.hostRemove(leaf);
    this.#recentRootLeaves = this.#recentRootLeaves.filter((other) => other !== leaf);
    // The main area is never left without a tab.
    if (tabs === this.rootSplit.tabs && tabs.leaves.length === 0) this.hostAddLeaf(tabs);
    if (tabs.selected) this.#app.hostScheduler.track(tabs.selected.loadIfDeferred());
    if (this.activeLeaf === leaf) {
      this.activeLeaf = null;
      this.activeEditor = null;
      const next = this.getMostRecentLeaf();
      if (next) this.setActiveLeaf(next);
      else this.trigger("active-leaf-change", null);
    }
    this.trigger("layout-change");
  }

  #select(leaf: WorkspaceLeaf): void {
    leaf.parent.hostSelect(leaf);
    if (leaf.isDeferred) this.#app.hostScheduler.track(leaf.loadIfDeferred());
  }

  #allLeaves(): WorkspaceLeaf[] {
    return [this.leftSplit, this.rootSplit, this.rightSplit].flatMap((split) => [...split.tabs.leaves]);
  }
}
