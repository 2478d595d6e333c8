// One guest of the Guests view, drawn with Obsidian's DOM helpers from a prepared GuestRow
// (core/guests/view-model.ts). Text from notes is only ever set as text.
import { Keymap, type PaneType } from "obsidian";
import type { GuestRow } from "../../core/guests/view-model";
import type { GuestStatus } from "../../core/guests/statuses";

export interface GuestRowActions {
  /** Open the person's guest note, or create it when they have none. */
  openNote(key: string, pane: PaneType | boolean): void;
  openEpisode(path: string, pane: PaneType | boolean): void;
  invite(key: string): void;
  mark(key: string, status: GuestStatus): void;
}

/** `showAll`: list every episode of this card (drawn when some are left out). */
export function renderGuestRow(parent: HTMLElement, row: GuestRow, actions: GuestRowActions, statusLabel: (status: GuestStatus) => string, showAll?: () => void): HTMLElement {
  const el = parent.createDiv({ cls: ["office-hours-guest", `is-${row.status}`], attr: { "data-key": row.key } });
  const main = el.createDiv({
    cls: "office-hours-guest-main",
    attr: { tabindex: "0", role: "link", "aria-label": row.hasNote ? `Open the guest note of ${row.name}` : `Create a guest note for ${row.name}` },
  });
  main.createDiv({ cls: "office-hours-guest-name", text: row.name });
  if (row.shows.length > 0 || row.meta !== "") {
    // Each show by its short label, as the Episodes view names it; the full name on hover.
    const meta = main.createDiv({ cls: "office-hours-guest-meta" });
    row.shows.forEach((show, i) => {
      if (i > 0) meta.appendText(", ");
      meta.createSpan({ cls: "office-hours-guest-show", text: show.label, attr: show.label === show.name ? {} : { title: show.name, "aria-label": show.name } });
    });
    if (row.shows.length > 0 && row.meta !== "") meta.appendText(" · ");
    meta.appendText(row.meta);
  }
  if (row.facts !== "") main.createDiv({ cls: "office-hours-guest-facts", text: row.facts });
  main.addEventListener("click", (event) => actions.openNote(row.key, Keymap.isModEvent(event)));
  main.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    actions.openNote(row.key, Keymap.isModEvent(event));
  });

  if (row.episodes.length > 0) {
    const list = el.createEl("ul", { cls: "office-hours-guest-episodes" });
    for (const episode of row.episodes) {
      const item = list.createEl("li", { cls: `is-${episode.when}` });
      const link = item.createEl("a", { cls: "office-hours-guest-episode", text: episode.label, attr: { href: "#", "data-path": episode.path, ...(episode.show === null ? {} : { title: episode.show }) } });
      link.addEventListener("click", (event) => {
        event.preventDefault();
        actions.openEpisode(episode.path, Keymap.isModEvent(event));
      });
    }
  }
  if (row.episodes.length < row.episodeCount && showAll) {
    const more = el.createEl("button", { cls: "office-hours-guest-all-episodes", text: `Show all ${row.episodeCount} episodes`, attr: { "aria-label": `List every episode of ${row.name}` } });
    more.addEventListener("click", showAll);
  }
  if (row.missing.length > 0) {
    const missing = el.createDiv({ cls: "office-hours-guest-missing" });
    for (const fact of row.missing) missing.createSpan({ cls: "office-hours-chip", text: fact });
  }
  if (row.problems.length > 0) {
    const problems = el.createEl("ul", { cls: "office-hours-guest-problems" });
    for (const problem of row.problems) problems.createEl("li", { text: problem });
  }

  const buttons = el.createDiv({ cls: "office-hours-guest-actions" });
  const button = (text: string, label: string, run: () => void) => {
    const b = buttons.createEl("button", { text, attr: { "aria-label": label } });
    b.addEventListener("click", run);
  };
  button(row.hasNote ? "Open note" : "Create note", row.hasNote ? `Open the guest note of ${row.name}` : `Create a guest note for ${row.name}`, () => actions.openNote(row.key, false));
  button("Invite", `Invite ${row.name} to a new episode`, () => actions.invite(row.key));
  for (const status of ["contacted", "declined"] as const) {
    if (row.status !== status) button(`Mark ${statusLabel(status)}`, `Mark ${row.name} as ${statusLabel(status)}`, () => actions.mark(row.key, status));
  }
  return el;
}
