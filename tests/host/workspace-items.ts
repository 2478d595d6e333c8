// The workspace tree. The host keeps it flat: the root split and each
// sidebar hold one tab group (WorkspaceTabs); a leaf's parent is its tab group,
// and only the selected tab of a group is visible.
import { Events } from "./events";
import type { WorkspaceLeaf } from "./workspace-leaf";

export abstract class WorkspaceItem extends Events {
  abstract parent: WorkspaceParent | null;

  getRoot(): WorkspaceItem {
    return this.parent ? this.parent.getRoot() : this;
  }

  getContainer(): WorkspaceContainer {
    if (this instanceof WorkspaceContainer) return this;
    if (!this.parent) throw new Error("Stand-in host: workspace item is not attached to a container.");
    return this.parent.getContainer();
  }
}

export abstract class WorkspaceParent extends WorkspaceItem {
  readonly containerEl: HTMLElement;

  constructor(cls: string) {
    super();
    this.containerEl = createDiv({ cls });
  }
}

export class WorkspaceSplit extends WorkspaceParent {
  parent: WorkspaceParent | null = null;
  readonly tabs: WorkspaceTabs;

  constructor(cls: string) {
    super(`workspace-split ${cls}`);
    this.tabs = new WorkspaceTabs(this);
    this.containerEl.appendChild(this.tabs.containerEl);
  }
}

export abstract class WorkspaceContainer extends WorkspaceSplit {
  abstract win: Window;
  abstract doc: Document;
}

export class WorkspaceRoot extends WorkspaceContainer {
  win: Window = window;
  doc: Document = document;
}

export class WorkspaceWindow extends WorkspaceContainer {
  win: Window = window;
  doc: Document = document;
}

export class WorkspaceFloating extends WorkspaceParent {
  parent: WorkspaceParent | null = null;
}

export class WorkspaceSidedock extends WorkspaceSplit {
  collapsed = false;

  toggle(): void {
    if (this.collapsed) this.expand();
    else this.collapse();
  }

  collapse(): void {
    this.collapsed = true;
    this.containerEl.addClass("is-collapsed");
  }

  expand(): void {
    this.collapsed = false;
    this.containerEl.removeClass("is-collapsed");
  }
}

export class WorkspaceMobileDrawer extends WorkspaceParent {
  parent: WorkspaceParent | null = null;
  collapsed = false;

  expand(): void {
    this.collapsed = false;
  }

  collapse(): void {
    this.collapsed = true;
  }

  toggle(): void {
    this.collapsed = !this.collapsed;
  }
}

export class WorkspaceRibbon {}

/** One tab group. Selecting a tab shows it and hides the others. */
export class WorkspaceTabs extends WorkspaceParent {
  parent: WorkspaceSplit;
  readonly leaves: WorkspaceLeaf[] = [];
  selected: WorkspaceLeaf | null = null;
  readonly #tabContainer: HTMLElement;

  constructor(parent: WorkspaceSplit) {
    super("workspace-tabs");
    this.parent = parent;
    this.#tabContainer = this.containerEl.createDiv({ cls: "workspace-tab-container" });
  }

  /** Adds a leaf; the first leaf of an empty group becomes its visible tab. */
  hostAdd(leaf: WorkspaceLeaf, index = this.leaves.length): void {
    this.leaves.splice(index, 0, leaf);
    this.#tabContainer.appendChild(leaf.containerEl);
    if (!this.selected) this.selected = leaf;
    this.#refresh();
  }

  hostRemove(leaf: WorkspaceLeaf): void {
    const index = this.leaves.indexOf(leaf);
    if (index < 0) return;
    this.leaves.splice(index, 1);
    leaf.containerEl.detach();
    if (this.selected === leaf) this.selected = this.leaves[Math.min(index, this.leaves.length - 1)] ?? null;
    this.#refresh();
  }

  hostSelect(leaf: WorkspaceLeaf): void {
    this.selected = leaf;
    this.#refresh();
  }

  #refresh(): void {
    for (const leaf of this.leaves) leaf.containerEl.toggle(leaf === this.selected);
  }
}
