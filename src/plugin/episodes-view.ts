// The "Episodes" sidebar. It asks the index for rows (src/core/view-model.ts) and
// keeps one element per row keyed by path: after a change only rows whose signature
// changed are rebuilt. Redraws are debounced and skipped while the view is hidden;
// a hidden view catches up when it is shown again.
import { ItemView, Notice, TFile, debounce, getLanguage, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { EpisodeIndexer } from "./episode-indexer";
import type { Clock } from "./clock";
import { buildGroups, type EpisodeRow, type OpenItem, type ShowGroup, type ViewFilters, type WhenFilter } from "../core/view-model";
import { todayIn } from "../core/dates";
import { tickTask } from "./tick";
import { renderRow, type RowActions } from "./episode-row";
import { localTimeZone } from "./clock";
import type { ReportItem } from "../core/report";
import { seriesOf } from "../core/classify";

export const EPISODES_VIEW = "office-hours-episodes";

/** Long enough to merge a burst of saves, short enough to feel immediate. */
const REDRAW_DELAY_MS = 150;

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
    this.redraw();
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
    this.stale = true;
    this.redraw();
    this.app.workspace.requestSaveLayout();
  }

  /** Rebuild what changed. Public for tests and the benchmark, which call it directly. */
  redraw(): void {
    const list = this.listEl;
    if (!list) return;
    if (!this.containerEl.isShown()) {
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
    const allGroups = buildGroups(items, { show: "", when: "all", text: "" }, duplicates);
    this.fillShowFilter(allGroups);
    const groups = buildGroups(items, this.filters, duplicates, getLanguage());
    this.reconcile(list, groups);
  }

  private fillShowFilter(groups: ShowGroup[]): void {
    const select = this.showSelect;
    if (!select) return;
    const wanted = [["", "All shows"], ...groups.map((g) => [g.key, g.label])];
    const current = Array.from(select.options).map((o) => [o.value, o.text]);
    if (JSON.stringify(wanted) === JSON.stringify(current)) return;
    select.empty();
    for (const [value, text] of wanted) select.createEl("option", { value, text });
    select.value = this.filters.show;
  }

  /** Keep row elements whose signature is unchanged; rebuild the others. */
  private reconcile(list: HTMLElement, groups: ShowGroup[]): void {
    let rebuilt = 0;
    const seen = new Set<string>();
    const fresh = createDiv();
    const actions = this.rowActions();
    for (const group of groups) {
      const groupEl = fresh.createDiv({ cls: "office-hours-group", attr: { "data-group": group.key } });
      const header = groupEl.createDiv({ cls: "office-hours-group-title" });
      header.createSpan({ text: group.label });
      header.createSpan({ cls: "office-hours-count", text: String(group.upcoming.length + group.past.length) });
      for (const [label, rows] of [
        ["Upcoming", group.upcoming],
        ["Past", group.past],
      ] as [string, EpisodeRow[]][]) {
        if (rows.length === 0) continue;
        groupEl.createDiv({ cls: "office-hours-subhead", text: label });
        for (const row of rows) {
          seen.add(row.path);
          const signature = `${row.signature}|${this.expanded.has(row.path) ? 1 : 0}`;
          const existing = this.rows.get(row.path);
          if (existing && existing.signature === signature) {
            groupEl.appendChild(existing.el);
          } else {
            const el = renderRow(groupEl, row, this.expanded.has(row.path), actions);
            this.rows.set(row.path, { el, signature });
            rebuilt++;
          }
        }
      }
    }
    for (const path of [...this.rows.keys()]) if (!seen.has(path)) this.rows.delete(path);
    if (groups.length === 0) {
      fresh.createDiv({
        cls: "office-hours-empty",
        text:
          this.services.indexer.index.size === 0
            ? "No episode notes yet. Run “New episode” from the command palette, or add a Guest:: field and a checklist to a note."
            : "No episodes match these filters.",
      });
    }
    // Swap children in one go so focus and scroll jump as little as possible.
    const scroll = list.scrollTop;
    list.replaceChildren(...Array.from(fresh.childNodes));
    list.scrollTop = scroll;
    this.lastRedrawCount = rebuilt;
  }

  private rowActions(): RowActions {
    return {
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
    const result = file instanceof TFile ? await tickTask(this.app, file, item, "done") : { ok: false as const, reason: "The note no longer exists." };
    if (!result.ok) {
      new Notice(`Office Hours did not tick “${item.text}”: ${result.reason}`);
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
