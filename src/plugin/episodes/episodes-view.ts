// The "Episodes" sidebar: toolbar, filters, and when to redraw. Rows come from the core
// (src/core/sidebar/view-model.ts) and are drawn by EpisodeList, which rebuilds only the rows
// that changed. Redraws are debounced and skipped while the view is hidden; a hidden
// view catches up when it is shown again.
import { ItemView, Notice, TFile, debounce, getLanguage, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { EpisodeIndexer } from "../vault/episode-indexer";
import type { Clock } from "../clock";
import { buildGroups, duplicateNumberPaths, openItems, showOptions, type OpenItem, type ViewFilters, type WhenFilter } from "../../core/sidebar/view-model";
import { todayIn } from "../../core/note/dates";
import { tickTask } from "./tick";
import type { RowActions } from "./episode-row";
import { EpisodeList } from "./episode-list";
import { ReadFailures } from "./read-failures";
import { localTimeZone } from "../clock";

export const EPISODES_VIEW = "office-hours-episodes";

/** Long enough to merge a burst of saves, short enough to feel immediate. */
const REDRAW_DELAY_MS = 150;

export interface EpisodesViewServices {
  indexer: EpisodeIndexer;
  clock: Clock;
}

export class EpisodesView extends ItemView {
  private filters: ViewFilters = { show: "", when: "upcoming", text: "" };
  private readonly expanded = new Set<string>();
  private list: EpisodeList | null = null;
  private failures: ReadFailures | null = null;
  private showSelect: HTMLSelectElement | null = null;
  private stale = true;
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
      if (this.list) this.buildToolbar();
      this.redraw();
    }
    await super.setState(state, result);
  }

  override async onOpen(): Promise<void> {
    this.contentEl.empty();
    this.contentEl.addClass("office-hours-view");
    this.buildToolbar();
    const actions = this.rowActions();
    this.failures = new ReadFailures(this.contentEl.createDiv({ cls: "office-hours-failures" }), (path, pane) => actions.open(path, pane));
    const listEl = this.contentEl.createDiv({ cls: "office-hours-list" });
    this.list = new EpisodeList(listEl, actions, () => this.redraw());
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
      observer.observe(listEl);
      this.register(() => observer.disconnect());
    }
    // The first drawing happens even before the tab is shown, so it never opens empty.
    this.redraw(true);
  }

  override async onClose(): Promise<void> {
    this.scheduleRedraw.cancel();
    this.list = null;
    this.failures = null;
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
    this.list?.resetLimit();
    this.stale = true;
    this.redraw();
    this.app.workspace.requestSaveLayout();
  }

  /** Rebuild what changed. Public for tests and the benchmark, which call it directly. */
  redraw(evenIfHidden = false): void {
    const list = this.list;
    if (!list) return;
    if (!evenIfHidden && !this.containerEl.isShown()) {
      this.stale = true;
      return;
    }
    this.stale = false;
    const indexer = this.services.indexer;
    if (!indexer.isReady) {
      list.showMessage("Reading episode notes…");
      return;
    }
    const now = this.services.clock.now();
    const items = indexer.index.items((show) => todayIn(now, show?.schedule.timeZone ?? localTimeZone()));
    this.fillShowFilter(showOptions(items));
    const groups = buildGroups(items, this.filters, duplicateNumberPaths(items), getLanguage(), indexer.index.namedNotes());
    const empty =
      indexer.index.size === 0
        ? "No episode notes yet. Run “New episode” from the command palette, or add a Guest:: field and a checklist to a note."
        : "No episodes match these filters.";
    this.lastRedrawCount = list.render(groups, this.expanded, empty);
    this.failures?.render(indexer.index.errors());
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

  private rowActions(): RowActions {
    return {
      items: (path) => {
        const indexed = this.services.indexer.index.get(path);
        if (!indexed) return [];
        const show = indexed.show ?? this.services.indexer.index.settings.shows[0];
        const deadlines = show ? { rules: show, today: todayIn(this.services.clock.now(), show.schedule.timeZone) } : undefined;
        return openItems(indexed.episode, deadlines);
      },
      open: (path, pane) => {
        const file = this.app.vault.getFileByPath(path);
        if (file) void this.app.workspace.getLeaf(pane).openFile(file);
      },
      toggleExpanded: (path) => {
        if (this.expanded.has(path)) this.expanded.delete(path);
        else this.expanded.add(path);
        this.redraw();
        this.list?.rowElement(path)?.querySelector<HTMLElement>(".office-hours-row-main")?.focus();
      },
      tick: (path, item, checkbox) => void this.tick(path, item, checkbox),
    };
  }

  private async tick(path: string, item: OpenItem, checkbox: HTMLInputElement): Promise<void> {
    const file = this.app.vault.getFileByPath(path);
    checkbox.disabled = true;
    let result: { ok: boolean; reason?: string };
    try {
      result = file instanceof TFile ? await tickTask(this.app, file, item.ref, "done") : { ok: false, reason: "The note no longer exists." };
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
