// The Episodes mode's toolbar: which view (needs attention, ideas, past, all, each with its
// count), which show, grouped by show or not, and a text filter. It holds no state of its
// own: it shows the filters it is given and reports changes.
import { setIcon } from "obsidian";
import type { ViewFilters } from "../../core/sidebar/select";
import { SIDEBAR_VIEWS, VIEW_LABELS, type SidebarView } from "../../core/sidebar/views";

export class EpisodeFilters {
  private readonly viewButtons = new Map<SidebarView, HTMLButtonElement>();
  private readonly counts = new Map<SidebarView, HTMLElement>();
  private readonly showSelect: HTMLSelectElement;
  private readonly groupButton: HTMLButtonElement;
  private readonly search: HTMLInputElement;
  private shownOptions = "";

  constructor(
    parent: HTMLElement,
    private filters: ViewFilters,
    private readonly onChange: (change: Partial<ViewFilters>) => void,
  ) {
    const bar = parent.createDiv({ cls: "office-hours-toolbar" });
    const views = bar.createDiv({ cls: "office-hours-views", attr: { role: "group", "aria-label": "Which episodes" } });
    for (const view of SIDEBAR_VIEWS) {
      const button = views.createEl("button", { attr: { "data-view": view } });
      button.createSpan({ cls: "office-hours-view-label", text: VIEW_LABELS[view] });
      this.counts.set(view, button.createSpan({ cls: "office-hours-view-count" }));
      button.addEventListener("click", () => this.onChange({ view }));
      this.viewButtons.set(view, button);
    }
    const row = bar.createDiv({ cls: "office-hours-filter-row" });
    this.showSelect = row.createEl("select", { cls: "dropdown office-hours-show-filter", attr: { "aria-label": "Show" } });
    this.showSelect.addEventListener("change", () => this.onChange({ show: this.showSelect.value }));
    this.groupButton = row.createEl("button", { cls: "clickable-icon office-hours-group-toggle", attr: { "aria-label": "Group by show" } });
    setIcon(this.groupButton, "layers");
    this.groupButton.addEventListener("click", () => this.onChange({ groupByShow: !this.filters.groupByShow }));
    this.search = row.createEl("input", {
      type: "search",
      cls: "office-hours-search",
      attr: { placeholder: "Title, guest or item", "aria-label": "Filter episodes by title, guest or item" },
    });
    this.search.value = filters.text;
    this.search.addEventListener("input", () => this.onChange({ text: this.search.value }));
    this.show(filters);
  }

  /** Show `filters` as pressed buttons and values (the text box is left alone while typed in). */
  show(filters: ViewFilters): void {
    this.filters = filters;
    for (const [view, button] of this.viewButtons) {
      button.toggleClass("is-active", view === filters.view);
      button.setAttr("aria-pressed", String(view === filters.view));
    }
    this.groupButton.toggleClass("is-active", filters.groupByShow);
    this.groupButton.setAttr("aria-pressed", String(filters.groupByShow));
    if (this.showSelect.value !== filters.show) this.showSelect.value = filters.show;
    if (this.search.value !== filters.text) this.search.value = filters.text;
  }

  showCounts(counts: Record<SidebarView, number>): void {
    for (const [view, el] of this.counts) {
      const text = String(counts[view]);
      if (el.textContent !== text) el.setText(text);
    }
  }

  /** The show filter's choices: every group, "All shows" first. */
  showOptions(options: readonly { key: string; label: string }[]): void {
    const wanted: [string, string][] = [["", "All shows"], ...options.map((o): [string, string] => [o.key, o.label])];
    const signature = JSON.stringify(wanted);
    if (signature === this.shownOptions) return;
    this.shownOptions = signature;
    this.showSelect.empty();
    for (const [value, text] of wanted) this.showSelect.createEl("option", { value, text });
    this.showSelect.value = this.filters.show;
  }
}
