// The list part of the Episodes mode: one element per row, kept by path between redraws.
// A row whose signature is unchanged keeps its element, and elements stay where they are
// when the order is unchanged (moving a node costs the browser a new style and layout
// pass); a changed row is swapped in place. Rows come as one list across shows, or in
// groups by show with a header each. Only the first rows are drawn ("Show more").
import { numberingText, type EpisodeRow } from "../../core/sidebar/view-model";
import type { RowGroup } from "../../core/sidebar/select";
import type { Numbering } from "../../core/vault/numbering";
import { renderRow, type RowActions } from "./episode-row";
import { keepPlace, restorePlace, type KeptPlace } from "./kept-place";
import { syncChildren } from "./sync-children";

/** What a user may focus in a row: its link, its arrow, the folded items' summary, the checkboxes. */
const FOCUSABLE = ".office-hours-row-main, .office-hours-expand, summary, input";

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

export interface ListOptions {
  /** Numbers missing in a group (shown under its header when grouped by show). */
  /** A group's numbering: the gaps and the named notes that are not episodes, under its header. */
  numbering: (groupKey: string) => Pick<Numbering, "gaps" | "notEpisodes">;
  /** A quiet line above the rows (archived episodes' open items), or "". */
  note: string;
  emptyText: string;
}

export class EpisodeList {
  private readonly rows = new Map<string, RowElement>();
  private readonly groupEls = new Map<string, HTMLElement>();
  private readonly noteEl = createDiv({ cls: "office-hours-quiet-summary" });
  private moreEl: HTMLButtonElement | null = null;
  private shownLimit = FIRST_ROWS;

  constructor(
    private readonly listEl: HTMLElement,
    private readonly actions: RowActions,
    /** Called when "Show more" is pressed: the owner redraws. */
    private readonly onMore: () => void,
  ) {}

  /** How many rows may be drawn: part of what a redraw depends on. */
  get limit(): number {
    return this.shownLimit;
  }

  /** Back to the first rows only (filters changed). */
  resetLimit(): void {
    this.shownLimit = FIRST_ROWS;
  }

  rowElement(path: string): HTMLElement | undefined {
    return this.rows.get(path)?.el;
  }

  /** A message instead of rows ("Reading episode notes…"). */
  showMessage(text: string): void {
    this.rows.clear();
    this.listEl.replaceChildren(createDiv({ cls: "office-hours-empty", text }));
  }

  /** Draw `groups` (one with key "" when not grouped); returns how many rows were built anew. */
  render(groups: readonly RowGroup[], expanded: ReadonlySet<string>, options: ListOptions): number {
    let rebuilt = 0;
    let shown = 0;
    let hidden = 0;
    const seen = new Set<string>();
    const created = new Set<Node>();
    /** Rows drawn anew in place of an element still shown: what the user had there is carried over. */
    const replaced: [KeptPlace, HTMLElement][] = [];
    const top: Node[] = [];
    if (options.note !== "") {
      if (this.noteEl.textContent !== options.note) this.noteEl.setText(options.note);
      top.push(this.noteEl);
    }
    const rowNodes = (rows: readonly EpisodeRow[]): Node[] => {
      const nodes: Node[] = [];
      for (const row of rows) {
        if (shown >= this.shownLimit) {
          hidden++;
          continue;
        }
        shown++;
        seen.add(row.path);
        const isExpanded = expanded.has(row.path);
        const signature = `${row.signature}|${isExpanded ? 1 : 0}`;
        const existing = this.rows.get(row.path);
        if (existing && existing.signature === signature) {
          nodes.push(existing.el);
        } else {
          const el = renderRow(createDiv(), row, isExpanded, this.actions);
          if (existing?.el.isConnected) replaced.push([keepPlace(existing.el, FOCUSABLE), el]);
          this.rows.set(row.path, { el, signature });
          created.add(el);
          nodes.push(el);
          rebuilt++;
        }
      }
      return nodes;
    };
    let any = false;
    for (const group of groups) {
      if (group.rows.length === 0) continue;
      any = true;
      if (group.key === "") {
        top.push(...rowNodes(group.rows));
        continue;
      }
      if (shown >= this.shownLimit) {
        hidden += group.rows.length;
        continue;
      }
      const groupEl = this.groupElement(group, options.numbering(group.key));
      const header = groupEl.firstChild;
      syncChildren(groupEl, [...(header ? [header] : []), ...rowNodes(group.rows)], created);
      top.push(groupEl);
    }
    for (const path of [...this.rows.keys()]) if (!seen.has(path)) this.rows.delete(path);
    if (!any) top.push(createDiv({ cls: "office-hours-empty", text: options.emptyText }));
    if (hidden > 0) top.push(this.moreButton(hidden));
    syncChildren(this.listEl, top, created);
    // A row redrawn while shown (an item ticked, the note saved) keeps the user's place in it.
    for (const [kept, el] of replaced) restorePlace(kept, el, ".office-hours-row-main");
    return rebuilt;
  }

  private moreButton(hidden: number): HTMLButtonElement {
    if (!this.moreEl) {
      const button = createEl("button", { cls: "office-hours-more" });
      button.addEventListener("click", () => {
        this.shownLimit += MORE_ROWS;
        this.onMore();
      });
      this.moreEl = button;
    }
    this.moreEl.setText(`Show ${Math.min(hidden, MORE_ROWS)} more of ${hidden} episodes`);
    return this.moreEl;
  }

  /** The group's element, kept between redraws, with its title up to date. */
  private groupElement(group: RowGroup, counted: Pick<Numbering, "gaps" | "notEpisodes">): HTMLElement {
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
    setTextIfChanged(el.querySelector(".office-hours-count"), String(group.rows.length));
    setTextIfChanged(el.querySelector(".office-hours-gaps"), numberingText(counted));
    return el;
  }
}

function setTextIfChanged(el: Element | null, text: string): void {
  if (el && el.textContent !== text) el.setText(text);
}
