// The "Guests" view: every guest as a pipeline (suggested → contacted → confirmed →
// appeared, and declined), filtered by show and text, with a form to add a suggested
// guest and the pairs that may be one person. Its own view beside "Episodes": it lists
// people, not episodes, and stays open while the host works through the outreach.
import { ItemView, debounce, type EventRef, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { GuestDirectory } from "../../core/guests/directory";
import type { GuestPerson } from "../../core/guests/summary";
import { buildGuestGroups, guestShowOptions, searchTextOf, type GuestFilters, type GuestRow } from "../../core/guests/view-model";
import { mayBeSame, type MaybeSame } from "../../core/guests/may-be-same";
import type { ShowLabels } from "../../core/guests/show-labels";
import { statusWord, type GuestStatus, type StatusNames } from "../../core/guests/statuses";
import { renderGuestRow, type GuestRowActions } from "./guest-row";

export const GUESTS_VIEW = "office-hours-guests";

/** Rows drawn at first; "Show more" adds as many again. */
const PAGE = 100;
const REDRAW_DELAY_MS = 150;

/** What the view reads of the guests index (guest-indexer.ts). */
export interface GuestSource {
  readonly isReady: boolean;
  readonly directory: GuestDirectory;
  onChange(callback: () => void): EventRef;
}

export interface GuestsViewServices {
  guests: GuestSource;
  today(): string;
  statusNames(): StatusNames;
  /** Each show's short label ("GOH", "LCC") by its full name, as the Episodes view's chips name it. */
  showLabels(): ShowLabels;
  actions: GuestViewActions;
}

/**
 * What a redraw reads, kept until the index changes: typing in the filter redraws at
 * every key, and neither the people, the show labels, the pairs that may be one person
 * nor a guest's folded search text (thousands of episode titles) changes with the query.
 */
interface Snapshot {
  today: string;
  people: GuestPerson[];
  labels: ShowLabels;
  search: (string | undefined)[];
  pairs: MaybeSame[] | null;
}

export interface GuestViewActions extends GuestRowActions {
  addSuggested(name: string, context: string): Promise<boolean>;
  /** `keep` is the person whose note gets the other's name as an alias. */
  samePerson(keep: string, other: string): void;
  importList(): void;
}

export class GuestsView extends ItemView {
  private filters: GuestFilters = { show: "", text: "" };
  private limit = PAGE;
  private listEl: HTMLElement | null = null;
  private showSelect: HTMLSelectElement | null = null;
  private readonly dismissed = new Set<string>();
  /** Cards whose every episode is listed ("Show all"), by person key. */
  private readonly expanded = new Set<string>();
  private snapshot: Snapshot | null = null;
  private readonly scheduleRedraw = debounce(() => this.redraw(), REDRAW_DELAY_MS, true);

  constructor(
    leaf: WorkspaceLeaf,
    private readonly services: GuestsViewServices,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return GUESTS_VIEW;
  }

  override getDisplayText(): string {
    return "Guests";
  }

  override getIcon(): string {
    return "users";
  }

  override getState(): Record<string, unknown> {
    return { ...super.getState(), filters: this.filters };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const filters = (state as { filters?: Partial<GuestFilters> } | null)?.filters;
    if (filters) {
      this.filters = { show: typeof filters.show === "string" ? filters.show : "", text: typeof filters.text === "string" ? filters.text : "" };
      if (this.listEl) this.buildToolbar();
      this.redraw();
    }
    await super.setState(state, result);
  }

  override async onOpen(): Promise<void> {
    this.contentEl.empty();
    this.contentEl.addClass("office-hours-view", "office-hours-guests-view");
    this.buildToolbar();
    this.listEl = this.contentEl.createDiv({ cls: "office-hours-list" });
    this.registerEvent(
      this.services.guests.onChange(() => {
        this.snapshot = null;
        this.scheduleRedraw();
      }),
    );
    this.redraw();
  }

  override async onClose(): Promise<void> {
    this.scheduleRedraw.cancel();
    this.listEl = null;
    this.contentEl.empty();
  }

  private buildToolbar(): void {
    this.contentEl.querySelector(".office-hours-toolbar")?.remove();
    const bar = createDiv({ cls: "office-hours-toolbar" });
    this.contentEl.prepend(bar);
    this.showSelect = bar.createEl("select", { cls: "dropdown office-hours-show-filter", attr: { "aria-label": "Show" } });
    this.showSelect.addEventListener("change", () => this.setFilters({ show: this.showSelect?.value ?? "" }));
    const importButton = bar.createEl("button", { text: "Import list", attr: { "aria-label": "Import people from a note's list of guest ideas" } });
    importButton.addEventListener("click", () => this.services.actions.importList());
    const search = bar.createEl("input", {
      type: "search",
      cls: "office-hours-search",
      attr: { placeholder: "Filter by name, company or episode", "aria-label": "Filter guests" },
    });
    search.value = this.filters.text;
    search.addEventListener("input", () => this.setFilters({ text: search.value }));

    const add = bar.createEl("form", { cls: "office-hours-add-guest", attr: { "aria-label": "Add a suggested guest" } });
    const name = add.createEl("input", { type: "text", attr: { placeholder: "Suggest a guest: name", "aria-label": "Name of the suggested guest" } });
    const context = add.createEl("input", { type: "text", attr: { placeholder: "A line of context (topic, who knows them)", "aria-label": "Context" } });
    const submit = add.createEl("button", { text: "Add", attr: { type: "submit" } });
    const error = add.createDiv({ cls: "office-hours-field-error" });
    add.addEventListener("submit", (event) => {
      event.preventDefault();
      const typed = name.value.trim();
      if (typed === "") {
        error.setText("Type the guest's name.");
        return;
      }
      error.setText("");
      submit.disabled = true;
      void this.services.actions.addSuggested(typed, context.value.trim()).then((added) => {
        submit.disabled = false;
        if (!added) return;
        name.value = "";
        context.value = "";
      });
    });
  }

  private setFilters(change: Partial<GuestFilters>): void {
    this.filters = { ...this.filters, ...change };
    this.limit = PAGE;
    this.redraw();
    this.app.workspace.requestSaveLayout();
  }

  /** Draw the list again. Public for tests, which call it directly. */
  redraw(): void {
    const list = this.listEl;
    if (!list) return;
    list.empty();
    const guests = this.services.guests;
    if (!guests.isReady) {
      list.createDiv({ cls: "office-hours-empty", text: "Reading episode and guest notes…" });
      return;
    }
    const snapshot = this.current();
    const { people, labels } = snapshot;
    this.fillShowFilter(guestShowOptions(people, labels));
    const names = this.services.statusNames();
    const label = (status: GuestStatus) => statusWord(status, names);
    const searchText = (i: number) => (snapshot.search[i] ??= searchTextOf(people[i] as GuestPerson, labels));
    const groups = buildGuestGroups(people, this.filters, names, labels, searchText, { limit: this.limit, expanded: this.expanded });
    this.drawShowKey(list, groups.flatMap((group) => group.rows));
    let hidden = 0;
    for (const group of groups) {
      const section = list.createDiv({ cls: ["office-hours-group", `is-${group.status}`] });
      const title = section.createDiv({ cls: "office-hours-group-title" });
      title.createSpan({ text: group.label });
      title.createSpan({ cls: "office-hours-group-count", text: String(group.count) });
      for (const row of group.rows) {
        renderGuestRow(section, row, this.services.actions, label, () => {
          this.expanded.add(row.key);
          this.redraw();
        });
      }
      hidden += group.count - group.rows.length;
    }
    if (people.length === 0) list.createDiv({ cls: "office-hours-empty", text: "No guests yet. Name them in an episode's Guest:: field, or suggest one above." });
    if (hidden > 0) {
      const more = list.createEl("button", { cls: "office-hours-more", text: `Show more (${hidden} not shown)` });
      more.addEventListener("click", () => {
        this.limit += PAGE;
        this.redraw();
      });
    }
    this.drawMaybeSame(list, snapshot);
    this.drawConflicts(list);
  }

  /**
   * Which show each short label stands for ("GOCC: Grafana OTel Community Call"), once above
   * the list: the rows name shows by their labels, and the full name in a tooltip alone
   * would be out of reach on a phone, which has no hover.
   */
  private drawShowKey(list: HTMLElement, rows: readonly GuestRow[]): void {
    const names = new Map<string, string>();
    for (const row of rows) for (const show of row.shows) if (show.label !== show.name) names.set(show.label, show.name);
    if (names.size === 0) return;
    const key = list.createDiv({ cls: "office-hours-guest-legend" });
    [...names].sort(([a], [b]) => a.localeCompare(b)).forEach(([label, name], i) => {
      if (i > 0) key.appendText(" · ");
      key.createSpan({ cls: "office-hours-guest-show", text: label });
      key.appendText(` ${name}`);
    });
  }

  /** The snapshot for today, made again after the index changed. */
  private current(): Snapshot {
    const today = this.services.today();
    const people = this.services.guests.directory.people(today);
    // people() hands back the same list while nothing changed: a new list is a change the
    // onChange event has not reported yet (a test's direct redraw, a day's turn).
    if (this.snapshot?.today !== today || this.snapshot.people !== people) {
      this.snapshot = { today, people, labels: this.services.showLabels(), search: [], pairs: null };
    }
    return this.snapshot;
  }

  private drawMaybeSame(list: HTMLElement, snapshot: Snapshot): void {
    const { people } = snapshot;
    snapshot.pairs ??= mayBeSame(people);
    const pairs = snapshot.pairs.filter((pair) => !this.dismissed.has(`${pair.a}\u0000${pair.b}`));
    if (pairs.length === 0) return;
    const byKey = new Map(people.map((p) => [p.key, p]));
    const section = list.createDiv({ cls: "office-hours-group office-hours-maybe-same" });
    section.createDiv({ cls: "office-hours-group-title", text: "These may be one person" });
    for (const pair of pairs) {
      const a = byKey.get(pair.a);
      const b = byKey.get(pair.b);
      if (!a || !b) continue;
      // The one with a note (else more episodes) keeps its name; the other becomes an alias.
      const [keep, other] = rank(a) >= rank(b) ? [a, b] : [b, a];
      const row = section.createDiv({ cls: "office-hours-pair" });
      row.createDiv({ text: `${keep.name} / ${other.name}: ${pair.reason}.` });
      const buttons = row.createDiv({ cls: "office-hours-guest-actions" });
      const same = buttons.createEl("button", { text: "Same person", attr: { "aria-label": `Add “${other.name}” to the aliases of ${keep.name}` } });
      same.addEventListener("click", () => this.services.actions.samePerson(keep.key, other.key));
      const not = buttons.createEl("button", { text: "Not the same", attr: { "aria-label": `Hide this pair until Obsidian restarts` } });
      not.addEventListener("click", () => {
        this.dismissed.add(`${pair.a}\u0000${pair.b}`);
        this.redraw();
      });
    }
  }

  private drawConflicts(list: HTMLElement): void {
    const conflicts = this.services.guests.directory.conflicts();
    if (conflicts.length === 0) return;
    const section = list.createDiv({ cls: "office-hours-group office-hours-conflicts" });
    section.createDiv({ cls: "office-hours-group-title", text: "Names claimed by two guest notes" });
    for (const conflict of conflicts) {
      section.createDiv({ cls: "office-hours-guest-problems", text: `“${conflict.name}”: ${conflict.notes.join(", ")}. Remove it from all but one of them.` });
    }
  }

  /** The shows by their short labels, the full name on hover; the filter keeps the full name. */
  private fillShowFilter(shows: { value: string; label: string }[]): void {
    const select = this.showSelect;
    if (!select) return;
    const wanted = [{ value: "", label: "All shows" }, ...shows];
    const current = Array.from(select.options).map((o) => `${o.value}\u0001${o.text}`);
    if (wanted.map((w) => `${w.value}\u0001${w.label}`).join("\u0000") !== current.join("\u0000")) {
      select.empty();
      for (const show of wanted) select.createEl("option", { value: show.value, text: show.label, attr: show.value === "" || show.value === show.label ? {} : { title: show.value, "aria-label": show.value } });
    }
    select.value = this.filters.show;
    // The closed filter shows the label only: its hover names the show.
    select.title = this.filters.show === "" ? "" : this.filters.show;
    select.setAttr("aria-label", this.filters.show === "" ? "Show" : `Show: ${this.filters.show}`);
  }
}

function rank(person: GuestPerson): number {
  return (person.note ? 1_000_000 : 0) + person.episodes.length;
}

