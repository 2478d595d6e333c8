// WorkspaceLeaf: one tab. Its view is a DeferredView while it sits in the
// background (Obsidian 1.7.2+ defers views until their tab is shown), and the
// real view once shown, revealed or loadIfDeferred() is awaited.
import type { OpenViewState } from "obsidian";
import type { App } from "./app";
import { type EventRef, type Handler } from "./events";
import type { TFile } from "./files";
import { DeferredView, type View } from "./views";
import { WorkspaceItem, type WorkspaceTabs } from "./workspace-items";

export interface ViewState {
  type: string;
  state?: Record<string, unknown>;
  active?: boolean;
  pinned?: boolean;
  group?: WorkspaceLeaf;
}

let leafCounter = 0;

export class WorkspaceLeaf extends WorkspaceItem {
  parent: WorkspaceTabs;
  view: View;
  hoverPopover = null;
  readonly app: App;
  readonly id = `leaf-${++leafCounter}`;
  readonly containerEl: HTMLElement;
  #pinned = false;
  #group: string | null = null;

  constructor(app: App, parent: WorkspaceTabs) {
    super();
    this.app = app;
    this.parent = parent;
    this.containerEl = createDiv({ cls: "workspace-leaf" });
    this.view = app.hostCreateView("empty", this, {});
    this.containerEl.appendChild(this.view.containerEl);
    // A real click focuses the leaf it lands in; so does the host's mousedown.
    this.containerEl.addEventListener("mousedown", () => app.workspace.setActiveLeaf(this, { focus: true }));
  }

  get isDeferred(): boolean {
    return this.view instanceof DeferredView;
  }

  /** Loads the real view of a deferred leaf and waits for its onOpen. */
  async loadIfDeferred(): Promise<void> {
    const view = this.view;
    if (!(view instanceof DeferredView) || !this.app.hostHasViewType(view.deferredType)) return;
    await this.#install(this.app.hostCreateView(view.deferredType, this, view.deferredState), view.deferredState);
  }

  getViewState(): ViewState {
    return { type: this.view.getViewType(), state: this.view.getState(), pinned: this.#pinned };
  }

  async setViewState(viewState: ViewState, eState?: unknown): Promise<void> {
    const state = viewState.state ?? {};
    const visible = viewState.active === true || this.parent.selected === this;
    if (!this.isDeferred && this.view.getViewType() === viewState.type && !this.app.hostIsStandIn(this.view, viewState.type)) {
      await this.view.setState(state, { history: false });
    } else if (!visible) {
      await this.#install(new DeferredView(this, viewState.type, state), null);
    } else {
      await this.#install(this.app.hostCreateView(viewState.type, this, state), state);
    }
    if (viewState.pinned !== undefined) this.setPinned(viewState.pinned);
    if (viewState.group) this.setGroupMember(viewState.group);
    if (eState !== undefined) this.view.setEphemeralState(eState);
    if (viewState.active) this.app.workspace.setActiveLeaf(this, { focus: true });
    else if (this.app.workspace.activeLeaf === this) this.app.workspace.hostActiveLeafChanged(this);
    this.app.workspace.trigger("layout-change");
  }

  /** Opens a Markdown file in this leaf; it becomes the active leaf unless openState.active is false. */
  async openFile(file: TFile, openState: OpenViewState = {}): Promise<void> {
    if (file.extension !== "md") throw new Error(`Stand-in host: only Markdown files can be opened, not "${file.path}".`);
    await this.setViewState({ type: "markdown", state: { ...openState.state, file: file.path }, active: openState.active ?? true }, openState.eState);
  }

  /** A leaf restored from a saved layout at startup: deferred whether or not its tab is the visible one. */
  async hostRestore(type: string, state: Record<string, unknown>): Promise<void> {
    await this.#install(new DeferredView(this, type, state), null);
  }

  async open(view: View): Promise<View> {
    await this.#install(view, {});
    return view;
  }

  getEphemeralState(): unknown {
    return this.view.getEphemeralState();
  }

  setEphemeralState(state: unknown): void {
    this.view.setEphemeralState(state);
  }

  togglePinned(): void {
    this.setPinned(!this.#pinned);
  }

  setPinned(pinned: boolean): void {
    if (pinned === this.#pinned) return;
    this.#pinned = pinned;
    this.trigger("pinned-change", pinned);
  }

  hostIsPinned(): boolean {
    return this.#pinned;
  }

  setGroupMember(other: WorkspaceLeaf): void {
    const group = other.hostGroup() ?? `group-${other.id}`;
    other.setGroup(group);
    this.setGroup(group);
  }

  setGroup(group: string): void {
    this.#group = group;
    this.trigger("group-change", group);
  }

  hostGroup(): string | null {
    return this.#group;
  }

  /** Closes the view (onClose runs in the background, as in the app) and removes the tab. */
  detach(): void {
    const view = this.view;
    if (!(view instanceof DeferredView)) this.app.hostScheduler.track(view.hostClose());
    this.app.workspace.hostRemoveLeaf(this);
  }

  getIcon(): string {
    return this.view.getIcon();
  }

  getDisplayText(): string {
    return this.view.getDisplayText();
  }

  onResize(): void {
    this.view.onResize();
  }

  override on(name: "pinned-change", callback: (pinned: boolean) => unknown, ctx?: unknown): EventRef;
  override on(name: "group-change", callback: (group: string) => unknown, ctx?: unknown): EventRef;
  override on(name: string, callback: Handler, ctx?: unknown): EventRef;
  override on(name: string, callback: Handler, ctx?: unknown): EventRef {
    return super.on(name, callback, ctx);
  }

  /** Swaps in a view: the old one is closed, the new one opened with `state` (null leaves a DeferredView unopened). */
  async #install(view: View, state: Record<string, unknown> | null): Promise<void> {
    const old = this.view;
    if (!(old instanceof DeferredView)) await old.hostClose();
    old.containerEl.detach();
    this.view = view;
    this.containerEl.appendChild(view.containerEl);
    if (state === null) return;
    await view.hostOpen();
    await view.setState(state, { history: false });
    if (this.app.workspace.activeLeaf === this) this.app.workspace.hostActiveLeafChanged(this);
  }
}
