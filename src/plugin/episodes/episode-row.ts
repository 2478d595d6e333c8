// One episode row of the sidebar, built with Obsidian's DOM helpers from a prepared
// EpisodeRow (all strings are computed in src/core/sidebar/view-model.ts). Text from notes is
// only ever set as text, never parsed as HTML or Markdown.
import { Keymap, setIcon, type PaneType } from "obsidian";
import type { EpisodeRow, OpenItem } from "../../core/sidebar/view-model";

export interface RowActions {
  /** The open items of the row's note, listed only when the row is expanded. */
  items(path: string): OpenItem[];
  open(path: string, pane: PaneType | boolean): void;
  toggleExpanded(path: string): void;
  tick(path: string, item: OpenItem, checkbox: HTMLInputElement): void;
}

export function renderRow(parent: HTMLElement, row: EpisodeRow, expanded: boolean, actions: RowActions): HTMLElement {
  const el = parent.createDiv({ cls: "office-hours-row", attr: { "data-path": row.path } });
  el.toggleClass("is-past", !row.upcoming);
  el.toggleClass("has-late", row.overdue > 0 || row.alerts.some((a) => a.severity === "late"));

  const head = el.createDiv({ cls: "office-hours-row-head" });
  const main = head.createDiv({
    cls: "office-hours-row-main",
    attr: { tabindex: "0", role: "link", "aria-label": `Open ${row.title}` },
  });
  const titleLine = main.createDiv({ cls: "office-hours-row-title" });
  if (row.number !== "") titleLine.createSpan({ cls: "office-hours-number", text: `#${row.number}` });
  titleLine.createSpan({ cls: "office-hours-title", text: row.title });

  const meta = main.createDiv({ cls: "office-hours-row-meta" });
  meta.createSpan({ cls: "office-hours-date", text: row.date });
  if (row.relative !== "") meta.createSpan({ cls: "office-hours-relative", text: row.relative });
  main.createDiv({
    cls: ["office-hours-guests", row.guests === "" ? "is-missing" : ""].filter(Boolean),
    text: row.guests === "" ? "No guest yet" : row.guests,
  });

  if (row.bars.length > 0) {
    const bars = main.createDiv({ cls: "office-hours-bars" });
    for (const bar of row.bars) {
      const barEl = bars.createDiv({ cls: ["office-hours-bar", `is-${bar.phase}`] });
      barEl.toggleClass("is-complete", bar.done === bar.total);
      barEl.createSpan({ cls: "office-hours-bar-label", text: bar.label });
      barEl.createEl("progress", {
        attr: { max: String(bar.total), value: String(bar.done), "aria-label": `${bar.label}: ${bar.done} of ${bar.total} done` },
      });
      barEl.createSpan({ cls: "office-hours-bar-count", text: `${bar.done}/${bar.total}` });
    }
  }
  if (row.next !== null) {
    const next = main.createDiv({ cls: "office-hours-next" });
    next.createSpan({ cls: "office-hours-next-label", text: "Next: " });
    next.createSpan({ text: row.next });
  }
  if (row.nextDue !== null || row.overdue > 0) {
    const due = main.createDiv({ cls: "office-hours-due" });
    if (row.nextDue !== null) {
      due.createSpan({ cls: "office-hours-next-label", text: "Due next: " });
      due.createSpan({ text: row.nextDue });
    }
    if (row.overdue > 0) due.createSpan({ cls: "office-hours-overdue", text: `${row.overdue} overdue` });
  }
  if (row.alerts.length > 0) {
    const alerts = main.createEl("ul", { cls: "office-hours-alerts" });
    for (const alert of row.alerts) alerts.createEl("li", { cls: `office-hours-alert is-${alert.severity}`, text: alert.message });
  }

  main.addEventListener("click", (event) => actions.open(row.path, Keymap.isModEvent(event)));
  main.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      actions.open(row.path, Keymap.isModEvent(event));
    } else if ((event.key === "ArrowRight" && !expanded) || (event.key === "ArrowLeft" && expanded)) {
      event.preventDefault();
      actions.toggleExpanded(row.path);
    }
  });

  if (row.openCount > 0) {
    const toggle = head.createEl("button", {
      cls: "clickable-icon office-hours-expand",
      attr: {
        "aria-label": expanded ? "Hide open items" : `Show ${row.openCount} open items`,
        "aria-expanded": expanded ? "true" : "false",
      },
    });
    setIcon(toggle, expanded ? "chevron-down" : "chevron-right");
    toggle.createSpan({ cls: "office-hours-open-count", text: String(row.openCount) });
    toggle.addEventListener("click", () => actions.toggleExpanded(row.path));
    if (expanded) renderOpenItems(el, row, actions);
  }
  return el;
}

function renderOpenItems(parent: HTMLElement, row: EpisodeRow, actions: RowActions): void {
  const list = parent.createDiv({ cls: "office-hours-open-items" });
  let section: string | null = null;
  for (const item of actions.items(row.path)) {
    if (item.section !== section) {
      section = item.section;
      list.createDiv({ cls: "office-hours-open-section", text: section === "" ? "Before the first heading" : section });
    }
    const label = list.createEl("label", { cls: ["office-hours-open-item", `is-depth-${Math.min(item.depth, 4)}`] });
    const checkbox = label.createEl("input", { type: "checkbox", cls: "task-list-item-checkbox" });
    label.createSpan({ text: item.text });
    if (item.dueLabel !== "") label.createSpan({ cls: ["office-hours-item-due", item.overdue ? "is-overdue" : ""].filter(Boolean), text: item.dueLabel });
    checkbox.addEventListener("change", () => actions.tick(row.path, item, checkbox));
  }
}
