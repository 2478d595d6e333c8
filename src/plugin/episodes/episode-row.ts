// One episode row of the sidebar, built with Obsidian's DOM helpers from a prepared
// EpisodeRow (all strings are computed in src/core/sidebar/view-model.ts). Compact until
// expanded: the show's chip, number and title; date, how far off and the guests; the
// progress that matters now and the next item; at most one alert line. Expanded, it adds
// every phase's progress, every alert and the open items to tick. Text from notes is only
// ever set as text, never parsed as HTML or Markdown.
import { Keymap, setIcon, type PaneType } from "obsidian";
import type { EpisodeRow, OpenItem } from "../../core/sidebar/view-model";
import type { ItemList } from "../../core/sidebar/row-choices";

export interface RowActions {
  /** The open items of the row's note, listed only when the row is expanded. */
  items(path: string): OpenItem[];
  open(path: string, pane: PaneType | boolean): void;
  toggleExpanded(path: string): void;
  tick(path: string, item: OpenItem, checkbox: HTMLInputElement): void;
  /** The user asked for every open item of this list of the row (kept while the row stays expanded). */
  allItemsShown(path: string, list: ItemList): boolean;
  showAllItems(path: string, list: ItemList): void;
  /** Claim an episode of no show for one of the shows (assign-show.ts). */
  assign(path: string): void;
}

/**
 * An expanded row draws this many items of each list, then a "Show all" button: a note of
 * 50,000 open items built 50,000 checkboxes at each redraw (seconds, and again at every tick).
 */
export const ITEMS_SHOWN = 100;

export function renderRow(parent: HTMLElement, row: EpisodeRow, expanded: boolean, actions: RowActions): HTMLElement {
  const el = parent.createDiv({ cls: "office-hours-row", attr: { "data-path": row.path, "data-state": row.state } });
  el.toggleClass("is-archived", row.archived);
  el.toggleClass("has-late", row.guestAlert === "late" || row.overdue > 0 || row.alerts.some((a) => a.severity === "late"));
  el.toggleClass("is-expanded", expanded);

  const head = el.createDiv({ cls: "office-hours-row-head" });
  const main = head.createDiv({
    cls: "office-hours-row-main",
    attr: { tabindex: "0", role: "link", "aria-label": `Open ${row.title}` },
  });
  const titleLine = main.createDiv({ cls: "office-hours-row-title" });
  if (row.chip) titleLine.createSpan({ cls: ["office-hours-chip", `is-${row.chip.colour}`], text: row.chip.code, attr: { "aria-label": row.chip.label } });
  // "#25", but "S02E05" as it is: a season's label says what it is.
  if (row.number !== "") titleLine.createSpan({ cls: "office-hours-number", text: /^\d/.test(row.number) ? `#${row.number}` : row.number });
  titleLine.createSpan({ cls: "office-hours-title", text: row.title });
  if (row.stateLabel !== "") titleLine.createSpan({ cls: ["office-hours-state", `is-${row.state}`], text: row.stateLabel });

  const meta = main.createDiv({ cls: "office-hours-row-meta" });
  meta.createSpan({ cls: "office-hours-date", text: row.date });
  if (row.relative !== "") meta.createSpan({ cls: "office-hours-relative", text: row.relative });
  const guests = meta.createSpan({ cls: "office-hours-guests", text: row.guestsLabel });
  guests.toggleClass("is-missing", row.guests === "");
  if (row.guestAlert) guests.addClass(`is-${row.guestAlert}`);

  if (row.progress || row.next !== null || row.quiet !== null || row.overdue > 0) {
    const work = main.createDiv({ cls: "office-hours-row-work" });
    // Items late by their own dates (📅): the count here, each item's lateness when expanded.
    if (row.overdue > 0) work.createSpan({ cls: "office-hours-overdue", text: `${row.overdue} overdue` });
    if (row.progress) work.createSpan({ cls: "office-hours-progress", text: row.progress.text });
    if (row.next !== null) {
      const next = work.createSpan({ cls: "office-hours-next" });
      next.createSpan({ cls: "office-hours-next-label", text: "Next: " });
      next.createSpan({ text: row.next });
    }
    if (row.quiet !== null) work.createSpan({ cls: "office-hours-quiet", text: row.quiet });
  }
  if (row.noShow !== null) renderNoShow(main, row, actions);
  const [first, ...rest] = row.alerts;
  if (first && !expanded) {
    const alert = main.createDiv({ cls: ["office-hours-alert", `is-${first.severity}`], text: first.message });
    if (rest.length > 0) alert.createSpan({ cls: "office-hours-more-alerts", text: ` +${rest.length}` });
  }
  if (row.progress && row.progress.total > 0) {
    main.createEl("progress", {
      cls: ["office-hours-thin-bar", row.progress.done === row.progress.total ? "is-complete" : ""].filter(Boolean),
      attr: { max: String(row.progress.total), value: String(row.progress.done), "aria-label": `${row.progress.text} done` },
    });
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

  const toggle = head.createEl("button", {
    cls: "clickable-icon office-hours-expand",
    attr: {
      "aria-label": expanded ? "Hide details" : row.openCount > 0 ? `Show ${row.openCount} open items${row.openTotal > row.openCount ? ` (${row.openTotal} in all)` : ""}` : "Show details",
      "aria-expanded": expanded ? "true" : "false",
    },
  });
  setIcon(toggle, expanded ? "chevron-down" : "chevron-right");
  if (row.openCount > 0) toggle.createSpan({ cls: "office-hours-open-count", text: String(row.openCount) });
  toggle.addEventListener("click", () => actions.toggleExpanded(row.path));
  if (expanded) renderDetails(el, row, actions);
  return el;
}

/**
 * "No show: A&A or GOH? Assign it to one", with the button that does: an episode of no show
 * is placed by what all shows agree on until it is claimed, and its snippets ask which show.
 */
function renderNoShow(main: HTMLElement, row: EpisodeRow, actions: RowActions): void {
  const line = main.createDiv({ cls: ["office-hours-alert", "is-soon", "office-hours-no-show"] });
  line.createSpan({ text: row.noShow ?? "" });
  const button = line.createEl("button", { cls: "office-hours-assign", text: "Assign to show…", attr: { "aria-label": `Assign ${row.title} to a show` } });
  // The row opens its note on a click: the button's own click stays the button's.
  button.addEventListener("click", (event) => {
    event.stopPropagation();
    actions.assign(row.path);
  });
  button.addEventListener("keydown", (event) => event.stopPropagation());
}

/** The expanded part: every phase's progress, every alert, and the open items to tick. */
function renderDetails(parent: HTMLElement, row: EpisodeRow, actions: RowActions): void {
  const details = parent.createDiv({ cls: "office-hours-open-items" });
  if (row.phases.length > 0) {
    const phases = details.createDiv({ cls: "office-hours-phases" });
    for (const bar of row.phases) {
      phases.createSpan({ cls: ["office-hours-phase", `is-${bar.phase}`, bar.done === bar.total ? "is-complete" : ""].filter(Boolean), text: `${bar.label} ${bar.done}/${bar.total}` });
    }
  }
  if (row.nextDue !== null) {
    const due = details.createDiv({ cls: "office-hours-due" });
    due.createSpan({ cls: "office-hours-next-label", text: "Due next: " });
    due.createSpan({ text: row.nextDue });
  }
  if (row.alerts.length > 0) {
    const alerts = details.createEl("ul", { cls: "office-hours-alerts" });
    for (const alert of row.alerts) alerts.createEl("li", { cls: ["office-hours-alert", `is-${alert.severity}`], text: alert.message });
  }
  // The items that matter in the episode's state first; the others (prep after the show,
  // after-show items before it, talking points) folded away, still there to tick.
  const items = actions.items(row.path);
  // Nothing listed first when nothing matters now (prep done weeks before the show): all folded.
  const first = items.filter((item) => row.focus.includes(item.phase));
  const rest = items.filter((item) => !row.focus.includes(item.phase));
  renderItems(details, first, row, actions, "now");
  if (rest.length > 0) {
    const more = details.createEl("details", { cls: "office-hours-other-items" });
    more.createEl("summary", { text: `${rest.length} more open item${rest.length === 1 ? "" : "s"}, not needed now` });
    renderItems(more, rest, row, actions, "folded");
  }
}

/** The first ITEMS_SHOWN items (all of them once asked for this list), then a button that draws the rest in place. */
function renderItems(parent: HTMLElement, items: readonly OpenItem[], row: EpisodeRow, actions: RowActions, list: ItemList): void {
  const shown = actions.allItemsShown(row.path, list) ? items.length : Math.min(items.length, ITEMS_SHOWN);
  const section = drawItems(parent, items.slice(0, shown), row, actions, null);
  if (shown === items.length) return;
  const button = parent.createEl("button", { cls: "office-hours-all-items", text: `Show all ${items.length} open items` });
  button.addEventListener("click", () => {
    actions.showAllItems(row.path, list);
    const place = createDiv();
    drawItems(place, items.slice(shown), row, actions, section);
    const next = place.querySelector<HTMLInputElement>("input");
    button.replaceWith(...Array.from(place.childNodes));
    // The keyboard stays where the button was: on the first item it brought.
    next?.focus();
  });
}

/** Draws items under their section names; returns the last section drawn. */
function drawItems(parent: HTMLElement, items: readonly OpenItem[], row: EpisodeRow, actions: RowActions, after: string | null): string | null {
  let section = after;
  for (const item of items) {
    if (item.section !== section) {
      section = item.section;
      parent.createDiv({ cls: "office-hours-open-section", text: section === "" ? "Before the first heading" : section });
    }
    const label = parent.createEl("label", { cls: ["office-hours-open-item", `is-depth-${Math.min(item.depth, 4)}`] });
    const checkbox = label.createEl("input", { type: "checkbox", cls: "task-list-item-checkbox" });
    label.createSpan({ text: item.text });
    if (item.dueLabel !== "") label.createSpan({ cls: ["office-hours-item-due", item.overdue ? "is-overdue" : ""].filter(Boolean), text: item.dueLabel });
    checkbox.addEventListener("change", () => actions.tick(row.path, item, checkbox));
  }
  return section;
}
