// The "Episodes" sidebar. It asks the index for rows (src/core/view-model.ts) and
// keeps one element per row keyed by path: after a change only rows whose signature
// changed are rebuilt. Redraws are debounced and skipped while the view is hidden;
// a hidden view catches up when it is shown again.
import { ItemView, Notice, TFile, debounce, getLanguage, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { EpisodeIndexer } from "./episode-indexer";
import type { Clock } from "./clock";
import { buildGroups, openItems, showOptions, type EpisodeRow, type OpenItem, type ShowGroup, type ViewFilters, type WhenFilter } from "../core/view-model";
import { todayIn } from "../core/dates";
import { tickTask } from "./tick";
import { renderRow, type RowActions } from "./episode-row";
import { localTimeZone } from "./clock";
import type { ReportItem } from "../core/report";
import { seriesOf } from "../core/classify";

export const EPISODES_VIEW = "office-hours-episodes";

/** Long enough to merge a burst of saves, short enough to feel immediate. */
const REDRAW_DELAY_MS = 150;
/**
 * Rows drawn at first: a sidebar shows a handful at a time, and building a thousand
 * rows up front would make every open and filter change slow. "Show more" adds more.
 */
const FIRST_ROWS = 100;
const MORE_ROWS = 200;

export interface EpisodesViewServices {
  indexer: EpisodeIndexer;
  clock: Clock;
}

interface RowElement {
  el: HTMLElement;
  signature: string;
}

export class EpisodesView extends ItemView {
  private filters: ViewFilters = { show: "", when: "upcoming", text: "" };
  private readonly expanded = new Set<string>();
  private readonly rows = new Map<string, RowElement>();
  private listEl: HTMLElement | null = null;
  private showSelect: HTMLSelectElement | null = null;
  private stale = true;
  private rowLimit = FIRST_ROWS;
  /** Rows rebuilt by the last redraw (read by tests and the benchmark). */
  lastRedrawCount = 0;
  private readonly scheduleRedraw = debounce(() => this.redraw(), REDRAW_DELAY_MS, true);

  constructor(
    leaf: WorkspaceLeaf,
    private readonly services: EpisodesViewServices,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return EPISODES_VIEW;
  }

  override getDisplayText(): string {
    return "Episodes";
  }

  override getIcon(): string {
    return "mic";
  }

  override getState(): Record<string, unknown> {
    return { ...super.getState(), filters: this.filters };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const filters = (state as { filters?: Partial<ViewFilters> } | null)?.filters;
    if (filters) {
      const when: WhenFilter[] = ["upcoming", "past", "all"];
      this.filters = {
        show: typeof filters.show === "string" ? filters.show : "",
        when: when.includes(filters.when as WhenFilter) ? (filters.when as WhenFilter) : "upcoming",
        text: typeof filters.text === "string" ? filters.text : "",
      };
      this.stale = true;
      if (this.listEl) this.buildToolbar();
      this.redraw();
    }
    await super.setState(state, result);
  }

  override async onOpen(): Promise<void> {
    this.contentEl.empty();
    this.contentEl.addClass("office-hours-view");
    this.buildToolbar();
    this.listEl = this.contentEl.createDiv({ cls: "office-hours-list" });
    this.registerEvent(
      this.services.indexer.onChange(() => {
        this.stale = true;
        this.scheduleRedraw();
      }),
    );
    // A hidden sidebar is not redrawn; catch up when it becomes visible: its list gets a
    // size again (sidebar expanded, tab selected), or the layout changes.
    this.registerEvent(this.app.workspace.on("layout-change", () => this.redrawIfVisible()));
    this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.redrawIfVisible()));
    if (typeof ResizeObserver !== "undefined") {
      const observer = new ResizeObserver(() => this.redrawIfVisible());
      observer.observe(this.listEl);
      this.register(() => observer.disconnect());
    }
    // The first drawing happens even before the tab is shown, so it never opens empty.
    this.redraw(true);
  }

  override async onClose(): Promise<void> {
    this.scheduleRedraw.cancel();
    this.rows.clear();
    this.contentEl.empty();
  }

  private redrawIfVisible(): void {
    if (this.stale) this.scheduleRedraw();
  }

  private buildToolbar(): void {
    this.contentEl.querySelector(".office-hours-toolbar")?.remove();
    const bar = createDiv({ cls: "office-hours-toolbar" });
    this.contentEl.prepend(bar);

    this.showSelect = bar.createEl("select", { cls: "dropdown office-hours-show-filter", attr: { "aria-label": "Show" } });
    this.showSelect.addEventListener("change", () => this.setFilters({ show: this.showSelect?.value ?? "" }));

    const when = bar.createDiv({ cls: "office-hours-when", attr: { role: "group", "aria-label": "Which episodes" } });
    const options: [WhenFilter, string][] = [
      ["upcoming", "Upcoming"],
      ["past", "Past"],
      ["all", "All"],
    ];
    for (const [value, label] of options) {
      const button = when.createEl("button", { text: label, attr: { "aria-pressed": String(this.filters.when === value) } });
      button.toggleClass("is-active", this.filters.when === value);
      button.addEventListener("click", () => {
        this.setFilters({ when: value });
        for (const other of Array.from(when.children)) {
          const pressed = other === button;
          other.toggleClass("is-active", pressed);
          other.setAttr("aria-pressed", String(pressed));
        }
      });
    }

    const search = bar.createEl("input", {
      type: "search",
      cls: "office-hours-search",
      attr: { placeholder: "Filter by title, guest or item", "aria-label": "Filter episodes", value: this.filters.text },
    });
    search.value = this.filters.text;
    search.addEventListener("input", () => this.setFilters({ text: search.value }));
  }

  private setFilters(change: Partial<ViewFilters>): void {
    this.filters = { ...this.filters, ...change };
    this.rowLimit = FIRST_ROWS;
    this.stale = true;
    this.redraw();
    this.app.workspace.requestSaveLayout();
  }

  /** Rebuild what changed. Public for tests and the benchmark, which call it directly. */
  redraw(evenIfHidden = false): void {
    const list = this.listEl;
    if (!list) return;
    if (!evenIfHidden && !this.containerEl.isShown()) {
      this.stale = true;
      return;
    }
    this.stale = false;
    const indexer = this.services.indexer;
    if (!indexer.isReady) {
      list.empty();
      this.rows.clear();
      list.createDiv({ cls: "office-hours-empty", text: "Reading episode notes…" });
      return;
    }
    const now = this.services.clock.now();
    const items = indexer.index.items((show) => todayIn(now, show?.schedule.timeZone ?? localTimeZone()));
    const duplicates = duplicatePaths(items);
    this.fillShowFilter(showOptions(items));
    const groups = buildGroups(items, this.filters, duplicates, getLanguage());
    this.reconcile(list, groups);
  }

  private fillShowFilter(groups: { key: string; label: string }[]): void {
    const select = this.showSelect;
    if (!select) return;
    const wanted = [["", "All shows"], ...groups.map((g) => [g.key, g.label])];
    const current = Array.from(select.options).map((o) => [o.value, o.text]);
    if (JSON.stringify(wanted) === JSON.stringify(current)) return;
    select.empty();
    for (const [value, text] of wanted) select.createEl("option", { value, text });
    select.value = this.filters.show;
  }

  /**
   * Keep row elements whose signature is unchanged and build the others. Elements stay
   * where they are when the order is unchanged (moving a node costs the browser a new
   * style and layout pass), and a changed row is swapped in place.
   */
  private reconcile(list: HTMLElement, groups: ShowGroup[]): void {
    let rebuilt = 0;
    let shown = 0;
    let hidden = 0;
    const seen = new Set<string>();
    const created = new Set<Node>();
    const actions = this.rowActions();
    const groupNodes: Node[] = [];
    for (const group of groups) {
      if (shown >= this.rowLimit) {
        hidden += group.upcoming.length + group.past.length;
        continue;
      }
      const groupEl = this.groupElement(group);
      const wanted: Node[] = [groupEl.firstChild ?? groupEl];
      for (const [label, rows] of [
        ["Upcoming", group.upcoming],
        ["Past", group.past],
      ] as [string, EpisodeRow[]][]) {
        if (rows.length === 0) continue;
        if (shown >= this.rowLimit) {
          hidden += rows.length;
          continue;
        }
        wanted.push(this.subhead(group.key, label));
        for (const row of rows) {
          if (shown >= this.rowLimit) {
            hidden++;
            continue;
          }
          shown++;
          seen.add(row.path);
          const signature = `${row.signature}|${this.expanded.has(row.path) ? 1 : 0}`;
          const existing = this.rows.get(row.path);
          if (existing && existing.signature === signature) {
            wanted.push(existing.el);
          } else {
            const el = renderRow(createDiv(), row, this.expanded.has(row.path), actions);
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
    if (groups.length === 0) {
      groupNodes.push(
        createDiv({
          cls: "office-hours-empty",
          text:
            this.services.indexer.index.size === 0
              ? "No episode notes yet. Run “New episode” from the command palette, or add a Guest:: field and a checklist to a note."
              : "No episodes match these filters.",
        }),
      );
    }
    if (hidden > 0) groupNodes.push(this.moreButton(hidden));
    syncChildren(list, groupNodes, new Set());
    this.lastRedrawCount = rebuilt;
  }

  private moreEl: HTMLButtonElement | null = null;

  private moreButton(hidden: number): HTMLButtonElement {
    if (!this.moreEl) {
      const button = createEl("button", { cls: "office-hours-more" });
      button.addEventListener("click", () => {
        this.rowLimit += MORE_ROWS;
        this.redraw();
      });
      this.moreEl = button;
    }
    this.moreEl.setText(`Show ${Math.min(hidden, MORE_ROWS)} more of ${hidden} episodes`);
    return this.moreEl;
  }

  private readonly groupEls = new Map<string, HTMLElement>();
  private readonly subheads = new Map<string, HTMLElement>();

  /** The group's element, kept between redraws, with its title up to date. */
  private groupElement(group: ShowGroup): HTMLElement {
    let el = this.groupEls.get(group.key);
    if (!el) {
      el = createDiv({ cls: "office-hours-group", attr: { "data-group": group.key } });
      const header = el.createDiv({ cls: "office-hours-group-title" });
      header.createSpan({ cls: "office-hours-group-label" });
      header.createSpan({ cls: "office-hours-count" });
      this.groupEls.set(group.key, el);
    }
    const label = el.querySelector(".office-hours-group-label");
    const count = el.querySelector(".office-hours-count");
    if (label && label.textContent !== group.label) label.setText(group.label);
    const total = String(group.upcoming.length + group.past.length);
    if (count && count.textContent !== total) count.setText(total);
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

  private rowActions(): RowActions {
    return {
      items: (path) => {
        const indexed = this.services.indexer.index.get(path);
        return indexed ? openItems(indexed.episode) : [];
      },
      open: (path, pane) => {
        const file = this.app.vault.getFileByPath(path);
        if (file) void this.app.workspace.getLeaf(pane).openFile(file);
      },
      toggleExpanded: (path) => {
        if (this.expanded.has(path)) this.expanded.delete(path);
        else this.expanded.add(path);
        this.redraw();
        this.rows.get(path)?.el.querySelector<HTMLElement>(".office-hours-row-main")?.focus();
      },
      tick: (path, item, checkbox) => void this.tick(path, item, checkbox),
    };
  }

  private async tick(path: string, item: OpenItem, checkbox: HTMLInputElement): Promise<void> {
    const file = this.app.vault.getFileByPath(path);
    checkbox.disabled = true;
    let result: { ok: boolean; reason?: string };
    try {
      result = file instanceof TFile ? await tickTask(this.app, file, item, "done") : { ok: false, reason: "The note no longer exists." };
    } catch (error) {
      // A failed write (file gone, disk full): nothing was changed, so say so and undo.
      result = { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
    if (!result.ok) {
      new Notice(`Office Hours did not tick “${item.text}”: ${result.reason ?? ""}`);
      checkbox.checked = false;
      checkbox.disabled = false;
    }
  }
}

/** Paths of episodes whose number another episode of the same show also uses. */
function duplicatePaths(items: readonly ReportItem[]): Set<string> {
  const byKey = new Map<string, string[]>();
  for (const item of items) {
    if (item.episode.number === null) continue;
    const key = `${seriesOf(item.episode, item.show) ?? ""}#${item.episode.number}`;
    const paths = byKey.get(key);
    if (paths) paths.push(item.episode.path);
    else byKey.set(key, [item.episode.path]);
  }
  return new Set([...byKey.values()].filter((paths) => paths.length > 1).flat());
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
