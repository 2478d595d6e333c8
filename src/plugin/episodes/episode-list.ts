// The list part of the sidebar: one element per row, kept by path between redraws. A
// row whose signature is unchanged keeps its element, and elements stay where they are
// when the order is unchanged (moving a node costs the browser a new style and layout
// pass); a changed row is swapped in place. Only the first rows are drawn ("Show more").
import { numberingText, type EpisodeRow, type ShowGroup } from "../../core/sidebar/view-model";
import { renderRow, type RowActions } from "./episode-row";

/**
 * Rows drawn at first: a sidebar shows a handful at a time, and building a thousand
 * rows up front would make every open and filter change slow. "Show more" adds more.
 */
const FIRST_ROWS = 100;
const MORE_ROWS = 200;

interface RowElement {
  el: HTMLElement;
  signature: string;
}

export class EpisodeList {
  private readonly rows = new Map<string, RowElement>();
  private readonly groupEls = new Map<string, HTMLElement>();
  private readonly subheads = new Map<string, HTMLElement>();
  private moreEl: HTMLButtonElement | null = null;
  private limit = FIRST_ROWS;

  constructor(
    private readonly listEl: HTMLElement,
    private readonly actions: RowActions,
    /** Called when "Show more" is pressed: the owner redraws. */
    private readonly onMore: () => void,
  ) {}

  /** Back to the first rows only (filters changed). */
  resetLimit(): void {
    this.limit = FIRST_ROWS;
  }

  rowElement(path: string): HTMLElement | undefined {
    return this.rows.get(path)?.el;
  }

  /** A message instead of rows ("Reading episode notes…"). */
  showMessage(text: string): void {
    this.rows.clear();
    this.listEl.replaceChildren(createDiv({ cls: "office-hours-empty", text }));
  }

  /** Draw `groups`; returns how many rows were built anew. */
  render(groups: ShowGroup[], expanded: ReadonlySet<string>, emptyText: string): number {
    let rebuilt = 0;
    let shown = 0;
    let hidden = 0;
    const seen = new Set<string>();
    const created = new Set<Node>();
    const groupNodes: Node[] = [];
    for (const group of groups) {
      if (shown >= this.limit) {
        hidden += group.upcoming.length + group.past.length;
        continue;
      }
      const groupEl = this.groupElement(group);
      const wanted: Node[] = [groupEl.firstChild ?? groupEl];
      const parts: [string, EpisodeRow[]][] = [
        ["Upcoming", group.upcoming],
        ["Past", group.past],
      ];
      for (const [label, rows] of parts) {
        if (rows.length === 0) continue;
        if (shown >= this.limit) {
          hidden += rows.length;
          continue;
        }
        wanted.push(this.subhead(group.key, label));
        for (const row of rows) {
          if (shown >= this.limit) {
            hidden++;
            continue;
          }
          shown++;
          seen.add(row.path);
          const isExpanded = expanded.has(row.path);
          const signature = `${row.signature}|${isExpanded ? 1 : 0}`;
          const existing = this.rows.get(row.path);
          if (existing && existing.signature === signature) {
            wanted.push(existing.el);
          } else {
            const el = renderRow(createDiv(), row, isExpanded, this.actions);
            this.rows.set(row.path, { el, signature });
            created.add(el);
            wanted.push(el);
            rebuilt++;
          }
        }
      }
      syncChildren(groupEl, wanted, created);
      groupNodes.push(groupEl);
    }
    for (const path of [...this.rows.keys()]) if (!seen.has(path)) this.rows.delete(path);
    if (groups.length === 0) groupNodes.push(createDiv({ cls: "office-hours-empty", text: emptyText }));
    if (hidden > 0) groupNodes.push(this.moreButton(hidden));
    syncChildren(this.listEl, groupNodes, new Set());
    return rebuilt;
  }

  private moreButton(hidden: number): HTMLButtonElement {
    if (!this.moreEl) {
      const button = createEl("button", { cls: "office-hours-more" });
      button.addEventListener("click", () => {
        this.limit += MORE_ROWS;
        this.onMore();
      });
      this.moreEl = button;
    }
    this.moreEl.setText(`Show ${Math.min(hidden, MORE_ROWS)} more of ${hidden} episodes`);
    return this.moreEl;
  }

  /** The group's element, kept between redraws, with its title up to date. */
  private groupElement(group: ShowGroup): HTMLElement {
    let el = this.groupEls.get(group.key);
    if (!el) {
      el = createDiv({ cls: "office-hours-group", attr: { "data-group": group.key } });
      const header = el.createDiv({ cls: "office-hours-group-header" });
      const title = header.createDiv({ cls: "office-hours-group-title" });
      title.createSpan({ cls: "office-hours-group-label" });
      title.createSpan({ cls: "office-hours-count" });
      header.createDiv({ cls: "office-hours-gaps" });
      this.groupEls.set(group.key, el);
    }
    setTextIfChanged(el.querySelector(".office-hours-group-label"), group.label);
    setTextIfChanged(el.querySelector(".office-hours-count"), String(group.upcoming.length + group.past.length));
    setTextIfChanged(el.querySelector(".office-hours-gaps"), numberingText(group));
    return el;
  }

  private subhead(groupKey: string, label: string): HTMLElement {
    const key = `${groupKey}|${label}`;
    let el = this.subheads.get(key);
    if (!el) {
      el = createDiv({ cls: "office-hours-subhead", text: label });
      this.subheads.set(key, el);
    }
    return el;
  }
}

function setTextIfChanged(el: Element | null, text: string): void {
  if (el && el.textContent !== text) el.setText(text);
}

/**
 * Make `parent`'s children exactly `wanted`. When only rows built just now differ, each
 * is swapped in place; any other difference (a new order) replaces the children at once.
 */
function syncChildren(parent: HTMLElement, wanted: Node[], created: ReadonlySet<Node>): void {
  const current = Array.from(parent.childNodes);
  if (current.length === wanted.length) {
    const differing = wanted.flatMap((node, i) => (current[i] === node ? [] : [i]));
    if (differing.length === 0) return;
    if (differing.every((i) => created.has(wanted[i] as Node))) {
      for (const i of differing) (current[i] as ChildNode).replaceWith(wanted[i] as Node);
      return;
    }
  }
  parent.replaceChildren(...wanted);
}
