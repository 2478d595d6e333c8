// The sidebar's "Episodes" mode: the filters, and the list of episodes for the chosen
// view. A redraw is keyed on everything it depends on (the index's revision, today's date
// in each show's zone, `live:` marks, the rules, the locale, the filters, the expanded
// rows and the row limit): when none changed it returns at once, and when one note
// changed only that note's row is rebuilt (the rows are cached in the core's SidebarModel).
import { getLanguage } from "obsidian";
import type { EpisodeIndexer } from "../vault/episode-indexer";
import type { Clock } from "../clock";
import { localTimeZone } from "../clock";
import type { SidebarMode } from "./sidebar-mode";
import { SidebarModel } from "../../core/sidebar/sidebar-model";
import { selectRows, type ViewFilters } from "../../core/sidebar/select";
import { showOptions } from "../../core/sidebar/view-model";
import { withChosenOption } from "../../core/sidebar/filter-options";
import { RowChoices } from "../../core/sidebar/row-choices";
import { isSidebarView } from "../../core/sidebar/views";
import { todayIn } from "../../core/note/dates";
import { EpisodeFilters } from "./episode-filters";
import { EpisodeList } from "./episode-list";
import type { RowActions } from "./episode-row";
import { newEpisodeCommandName } from "../commands";

export interface EpisodesModeServices {
  indexer: EpisodeIndexer;
  clock: Clock;
  actions: RowActions;
  /** The filters changed: the layout (which keeps them) should be saved. */
  saveLayout: () => void;
}

const MINUTE_MS = 60_000;

export class EpisodesMode implements SidebarMode {
  readonly id = "episodes";
  readonly label = "Episodes";
  filters: ViewFilters;
  /** Expanded rows, and the lists of them whose user asked for every open item ("Show all"). */
  readonly rows = new RowChoices();
  private readonly model = new SidebarModel();
  private toolbar: EpisodeFilters | null = null;
  private list: EpisodeList | null = null;
  /** What the drawn list was made from; an equal key means nothing to do. */
  private drawnKey = "";
  /** The index revision and chosen show the filter's options were drawn for. */
  private optionsKey = "";
  /** Each show filter choice's label when it was last listed, to name it once it has no episodes. */
  private readonly optionLabels = new Map<string, string>();

  constructor(private readonly services: EpisodesModeServices) {
    const settings = services.indexer.index.settings;
    this.filters = { view: settings.defaultView, show: "", text: "", groupByShow: settings.groupByShow };
  }

  open(el: HTMLElement): void {
    this.toolbar = new EpisodeFilters(el, this.filters, (change) => this.setFilters(change));
    this.list = new EpisodeList(el.createDiv({ cls: "office-hours-list" }), this.services.actions, () => this.redraw());
    this.drawnKey = "";
    this.optionsKey = "";
  }

  close(): void {
    this.toolbar = null;
    this.list = null;
  }

  get listElement(): EpisodeList | null {
    return this.list;
  }

  /** Episodes whose status and row the last redraw computed anew (read by tests and the benchmark). */
  get statusesRebuilt(): number {
    return this.model.rebuilt;
  }

  /** Episodes whose status and row were computed since the sidebar's cache was made. */
  get statusesBuilt(): number {
    return this.model.built;
  }

  getState(): Record<string, unknown> {
    return { filters: { ...this.filters } };
  }

  /** Filters from a saved layout; older layouts saved `when` (upcoming, past, all). */
  setState(state: Record<string, unknown>): void {
    const saved = state.filters as (Partial<ViewFilters> & { when?: unknown }) | undefined;
    if (!saved || typeof saved !== "object") return;
    const fromWhen = saved.when === "upcoming" ? "attention" : saved.when;
    const view = isSidebarView(saved.view) ? saved.view : isSidebarView(fromWhen) ? fromWhen : this.filters.view;
    this.filters = {
      view,
      show: typeof saved.show === "string" ? saved.show : "",
      text: typeof saved.text === "string" ? saved.text : "",
      groupByShow: typeof saved.groupByShow === "boolean" ? saved.groupByShow : this.filters.groupByShow,
    };
    this.toolbar?.show(this.filters);
    this.drawnKey = "";
  }

  private setFilters(change: Partial<ViewFilters>): void {
    this.filters = { ...this.filters, ...change };
    this.toolbar?.show(this.filters);
    this.list?.resetLimit();
    this.redraw();
    this.services.saveLayout();
  }

  /** Open or close a row's details; returns the rows rebuilt (that one). */
  toggleExpanded(path: string): number {
    this.rows.toggle(path);
    return this.redraw();
  }

  /** A note or folder renamed: its rows stay expanded (and showing all) under the new name. */
  followRename(from: string, to: string): void {
    this.rows.followRename(from, to);
  }

  /** A note or folder deleted: its rows' choices go with it. */
  forget(path: string): void {
    this.rows.forget(path);
  }

  redraw(): number {
    const { list, toolbar } = this;
    if (!list || !toolbar) return 0;
    const { indexer, clock } = this.services;
    if (!indexer.isReady) {
      this.drawnKey = "";
      list.showMessage("Reading episode notes…");
      return 0;
    }
    const index = indexer.index;
    const nowMs = clock.now().getTime();
    // A day starts on a whole minute in every zone: asking at the minute lets the zone
    // clock's cache answer every redraw of that minute.
    const minute = new Date(nowMs - (((nowMs % MINUTE_MS) + MINUTE_MS) % MINUTE_MS));
    const locale = getLanguage();
    const stamp = this.model.refresh({
      revision: index.revision,
      episodes: () => index.all(),
      others: () => index.namedNotes(),
      settings: index.settings,
      todayIn: (zone) => todayIn(minute, zone),
      nowMs,
      fallbackZone: localTimeZone(),
      candidatesOf: (path) => index.classifier.candidatesFor(path),
      syncCopiesOf: (path) => index.syncCopiesOf(path),
      locale,
    });
    const { view, show, text, groupByShow } = this.filters;
    const key = `${stamp}|${view}|${show}|${text}|${groupByShow}|${[...this.rows.expanded].join("\n")}|${list.limit}`;
    if (key === this.drawnKey) return 0;
    this.drawnKey = key;
    if (this.optionsKey !== `${index.revision}|${show}`) {
      this.optionsKey = `${index.revision}|${show}`;
      const options = showOptions(index.all());
      for (const option of options) this.optionLabels.set(option.key, option.label);
      toolbar.showOptions(withChosenOption(options, show, index.settings.shows, this.optionLabels));
    }
    const result = selectRows(this.model.rows, this.filters);
    toolbar.showCounts(result.counts);
    const { episodes, items } = result.archivedOpen;
    const note =
      episodes === 0 || (view !== "past" && view !== "attention")
        ? ""
        : `${episodes} archived episode${episodes === 1 ? "" : "s"} left ${items} after-show item${items === 1 ? "" : "s"} open${view === "attention" ? " (in Past)" : ""}`;
    // Named as the palette lists it: with one show its command carries the show's name.
    const command = newEpisodeCommandName(index.settings.shows);
    const emptyText =
      index.size === 0
        ? `No episode notes yet. Run “Office Hours: ${command}” from the command palette to make the first one.`
        : view === "attention" && text === "" && show === ""
          ? "Nothing needs attention: no episode is on air, scheduled, or recently aired with work left."
          : "No episodes match these filters.";
    return list.render(result.groups, this.rows.expanded, { numbering: (groupKey) => this.model.numbering(groupKey), note, emptyText });
  }
}
