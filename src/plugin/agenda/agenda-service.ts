// Keeps the core Agenda in step with the episode index: a changed note replaces its own
// items (the indexer says which notes changed), a new scan or new settings re-read all.
// The agenda view and the status-bar count read from here, and hear when it changed.
import { Component, Events, type EventRef } from "obsidian";
import { Agenda, type AgendaGroup, type AgendaOptions } from "../../core/deadlines/agenda";
import { upcomingWarnings } from "../../core/deadlines/conflicts";
import { todayIn } from "../../core/note/dates";
import type { ShowSettings } from "../../core/settings/settings";
import type { EpisodeIndexer } from "../vault/episode-indexer";
import type { Clock } from "../clock";
import { localTimeZone } from "../clock";
import { placedRules, placedShow, type PlacedRules } from "../../core/vault/no-show";
import { withSyncRelatives } from "../../core/vault/sync-copies";

export class AgendaService extends Component {
  readonly agenda: Agenda;
  private readonly events = new Events();
  /** Unloaded with the plugin: layout-ready callbacks that come later must not start anything. */
  stopped = false;

  constructor(
    private readonly indexer: EpisodeIndexer,
    private readonly clock: Clock,
  ) {
    super();
    // An episode of no show among several is judged by what all shows agree on (no-show.ts), as in the sidebar.
    this.agenda = new Agenda((show) => this.placed(show), () => this.indexer.index.settings.archiveAfterWeeks);
  }

  override onunload(): void {
    this.stopped = true;
  }

  override onload(): void {
    this.registerEvent(this.indexer.onChange((paths) => this.apply(paths)));
    this.apply(null);
  }

  private placed(show: ShowSettings | null): PlacedRules {
    return placedRules(show, this.indexer.index.settings, localTimeZone());
  }

  private apply(paths: string[] | null): void {
    if (!this.indexer.isReady) return;
    const index = this.indexer.index;
    if (paths === null) this.agenda.sync(index.all());
    else {
      // A change to one note can make its sync conflict copy an episode (the original
      // deleted) or none (the original arrived): their items move with it (sync-copies.ts).
      for (const path of withSyncRelatives(paths, (p) => index.syncRelatives(p), (p) => index.has(p))) this.agenda.update(path, index.get(path));
    }
    this.events.trigger("changed");
  }

  /** Each show's today, in its own zone. */
  todayFor = (show: ShowSettings | null): string => todayIn(this.clock.now(), this.placed(show).schedule.timeZone);

  /** Today in every show's zone (and the fallback's): what the agenda's groups and due labels are counted from. */
  days(): string {
    return [null, ...this.indexer.index.settings.shows].map(this.todayFor).join(",");
  }

  get ready(): boolean {
    return this.indexer.isReady;
  }

  groups(options: AgendaOptions = {}): AgendaGroup[] {
    return this.agenda.view(this.todayFor, options);
  }

  /** Open items past their deadline, over every show. */
  overdueCount(): number {
    return this.agenda.countOverdue(this.todayFor);
  }

  /** Overlapping invites and episodes on breaks, among the episodes to come, by path. */
  conflicts(): Map<string, string[]> {
    return upcomingWarnings(this.indexer.index.all(), placedShow(null, this.indexer.index.settings) ?? undefined, (e) => e.episode.date !== null && e.episode.date >= this.todayFor(e.show));
  }

  onChange(callback: () => void): EventRef {
    return this.events.on("changed", callback);
  }
}
