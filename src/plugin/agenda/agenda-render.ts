// Drawing the agenda: the schedule conflicts, then each group (Overdue, Today, This
// week, Later, No date) with its items: a checkbox (the sidebar's safe tick), the item,
// its episode and when it is due, late ones in the theme's warning colour. Text from
// notes is only ever set as text.
import { Keymap, type PaneType } from "obsidian";
import type { AgendaEntry, AgendaGroup } from "../../core/deadlines/agenda";
import { dueLabel } from "../../core/deadlines/item-due";

/** Items drawn per group at first; "Show more" adds as many again. */
export const FIRST_ITEMS = 50;

export interface AgendaActions {
  open(path: string, line: number | null, pane: PaneType | boolean): void;
  tick(entry: AgendaEntry, checkbox: HTMLInputElement): void;
  more(group: string): void;
}

export function renderConflicts(parent: HTMLElement, conflicts: ReadonlyMap<string, string[]>, actions: AgendaActions): void {
  if (conflicts.size === 0) return;
  const section = parent.createDiv({ cls: "office-hours-agenda-conflicts" });
  section.createDiv({ cls: "office-hours-agenda-heading", text: `Schedule conflicts (${conflicts.size})` });
  for (const [path, messages] of [...conflicts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const row = section.createDiv({ cls: "office-hours-agenda-conflict", attr: { tabindex: "0", role: "link" } });
    row.createDiv({ cls: "office-hours-agenda-episode", text: path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "") });
    for (const message of messages) row.createDiv({ cls: "office-hours-alert is-late", text: message });
    row.addEventListener("click", (event) => actions.open(path, null, Keymap.isModEvent(event)));
    row.addEventListener("keydown", (event) => {
      if (event.key === "Enter") actions.open(path, null, false);
    });
  }
}

export function renderGroup(parent: HTMLElement, group: AgendaGroup, limit: number, actions: AgendaActions): void {
  if (group.items.length === 0) return;
  const section = parent.createDiv({ cls: ["office-hours-agenda-group", `is-${group.name}`], attr: { "data-group": group.name } });
  const heading = section.createDiv({ cls: "office-hours-agenda-heading" });
  heading.createSpan({ text: group.label });
  heading.createSpan({ cls: "office-hours-count", text: String(group.items.length) });
  for (const { entry, daysUntil } of group.items.slice(0, limit)) {
    const item = section.createDiv({ cls: "office-hours-agenda-item", attr: { "data-path": entry.path, "data-line": String(entry.line) } });
    // The box sits in a label of its own, so the label's padding is what a finger taps (on a
    // phone the 13 px box alone is too small); the item's text beside it opens the note.
    const check = item.createEl("label", { cls: "office-hours-agenda-check" });
    const checkbox = check.createEl("input", { type: "checkbox", cls: "task-list-item-checkbox", attr: { "aria-label": `Done: ${entry.text}` } });
    checkbox.addEventListener("change", () => actions.tick(entry, checkbox));
    const body = item.createDiv({ cls: "office-hours-agenda-body", attr: { tabindex: "0", role: "link" } });
    body.createDiv({ cls: "office-hours-agenda-text", text: entry.text });
    const meta = body.createDiv({ cls: "office-hours-agenda-meta" });
    meta.createSpan({ cls: "office-hours-agenda-episode", text: entry.episodeLabel });
    if (daysUntil !== null) {
      meta.createSpan({ cls: ["office-hours-item-due", daysUntil < 0 ? "is-overdue" : ""].filter(Boolean), text: dueLabel(daysUntil) });
    }
    body.addEventListener("click", (event) => actions.open(entry.path, entry.line, Keymap.isModEvent(event)));
    body.addEventListener("keydown", (event) => {
      if (event.key === "Enter") actions.open(entry.path, entry.line, false);
    });
  }
  const hidden = group.items.length - limit;
  if (hidden > 0) {
    const more = section.createEl("button", { cls: "office-hours-more", text: `Show ${Math.min(hidden, FIRST_ITEMS)} more of ${hidden}` });
    more.addEventListener("click", () => actions.more(group.name));
  }
}
