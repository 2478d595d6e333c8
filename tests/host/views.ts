// Views: View and ItemView (a header, then contentEl: containerEl.children[1]),
// plus the host's own placeholder views (the DeferredView of a background tab,
// the empty "New tab", and core or unregistered view types). File views are in
// file-views.ts.
import type { ViewStateResult } from "obsidian";
import type { App } from "./app";
import { Component } from "./component";
import { setIcon } from "./icons";
import type { Menu } from "./menu";
import type { Scope } from "./platform";
import { trackResult } from "./scheduler";
import type { WorkspaceLeaf } from "./workspace-leaf";

export abstract class View extends Component {
  app: App;
  icon = "";
  navigation = false;
  leaf: WorkspaceLeaf;
  containerEl: HTMLElement;
  scope: Scope | null = null;

  constructor(leaf: WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    this.app = leaf.app;
    this.containerEl = createDiv({ cls: "workspace-leaf-content" });
  }

  protected onOpen(): Promise<void> {
    return Promise.resolve();
  }

  protected onClose(): Promise<void> {
    return Promise.resolve();
  }

  abstract getViewType(): string;

  abstract getDisplayText(): string;

  getState(): Record<string, unknown> {
    return {};
  }

  setState(state: unknown, result: ViewStateResult): Promise<void> {
    void state;
    void result;
    return Promise.resolve();
  }

  getEphemeralState(): Record<string, unknown> {
    return {};
  }

  setEphemeralState(state: unknown): void {
    void state;
  }

  getIcon(): string {
    return this.icon;
  }

  onResize(): void {
    // Nothing is laid out in the host.
  }

  onPaneMenu(menu: Menu, source: string): void {
    void menu;
    void source;
  }

  /** The leaf opening this view: load the component, then onOpen. */
  async hostOpen(): Promise<void> {
    this.containerEl.setAttr("data-type", this.getViewType());
    await this.hostLoad();
    await this.onOpen();
  }

  /** The leaf closing this view: onClose, then unload (dropping everything the view registered). */
  async hostClose(): Promise<void> {
    await this.onClose();
    this.unload();
  }
}

export abstract class ItemView extends View {
  contentEl: HTMLElement;
  readonly #titleEl: HTMLElement;
  readonly #actionsEl: HTMLElement;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    const header = this.containerEl.createDiv({ cls: "view-header" });
    this.#titleEl = header.createDiv({ cls: "view-header-title-container" }).createDiv({ cls: "view-header-title" });
    this.#actionsEl = header.createDiv({ cls: "view-actions" });
    this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
  }

  addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const action = this.#actionsEl.createEl("a", { cls: ["clickable-icon", "view-action"], attr: { "aria-label": title } });
    setIcon(action, icon);
    action.addEventListener("click", (evt) => trackResult(callback(evt)));
    return action;
  }

  override async hostOpen(): Promise<void> {
    await super.hostOpen();
    this.hostRefreshTitle();
  }

  hostRefreshTitle(): void {
    this.#titleEl.setText(this.getDisplayText());
  }
}

/** What a background tab holds until it is shown (Obsidian 1.7.2+ "deferred views"). */
export class DeferredView extends View {
  constructor(
    leaf: WorkspaceLeaf,
    readonly deferredType: string,
    readonly deferredState: Record<string, unknown>,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return this.deferredType;
  }

  getDisplayText(): string {
    return this.deferredType;
  }

  override getState(): Record<string, unknown> {
    return this.deferredState;
  }
}

export class EmptyView extends ItemView {
  override navigation = true;

  getViewType(): string {
    return "empty";
  }

  getDisplayText(): string {
    return "New tab";
  }
}

/** A core view the host only shows by name (file explorer, backlinks...) or a type no plugin has registered. */
export class PlaceholderView extends ItemView {
  constructor(
    leaf: WorkspaceLeaf,
    readonly placeholderType: string,
    readonly placeholderState: Record<string, unknown>,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return this.placeholderType;
  }

  getDisplayText(): string {
    return this.placeholderType;
  }

  override getState(): Record<string, unknown> {
    return this.placeholderState;
  }
}
