// The set of known episodes, kept by path. Pure: the shells feed it note texts (the
// command-line tool all at once, the plugin one changed note at a time) and it never
// reads anything itself. Every change bumps `revision`, so views can tell whether
// they are stale without comparing episodes.
import type { Classifier, Classified } from "./classify";
import type { ShowSettings } from "../settings/settings";
import type { FrontmatterSource } from "../note/frontmatter";
import { episodeStatus } from "../status/status";
import type { ReportItem } from "../status/report";
import { compareItems } from "../status/report";
import { numbering, othersOf, type Numbering, type SeriesNote } from "./numbering";
import { seriesOf, type NumberedName } from "./classify";
import { episodeRecord, pooledValues, type EpisodeRecord } from "./episode-record";
import { StringPool } from "./string-pool";
import { addScheduleAlerts } from "../deadlines/conflicts";
import { placedRules, placedShow } from "./no-show";
import { syncCopyMessage } from "./conflict-copy";
import { SyncCopies } from "./sync-copies";

export interface IndexedEpisode {
  /** The lean record: no note text, the open items with what a tick needs (episode-record.ts). */
  episode: EpisodeRecord;
  show: ShowSettings | null;
  /** Changes each time this note is read again: lets views skip unchanged rows cheaply. */
  version: number;
}

/** What `update` tells its caller: the classification, with the lean record for an episode. */
export interface Indexed {
  kind: Classified["kind"];
  episode: EpisodeRecord | null;
  show: ShowSettings | null;
}

/** A note named with a series' number that is not read as an episode ("GOH 09 - …" without a guest field). */
export interface NamedNote extends NumberedName, SeriesNote {
  path: string;
  number: number;
  season?: number;
}

/** A note that could not be read, and why. */
export interface ReadFailure {
  path: string;
  message: string;
}

export class EpisodeIndex {
  private readonly episodes = new Map<string, IndexedEpisode>();
  private readonly templates = new Set<string>();
  private readonly failures = new Map<string, string>();
  private readonly named = new Map<string, NamedNote>();
  /** Episodes that are a sync tool's conflict copy of another (sync-copies.ts). */
  private readonly copies = new SyncCopies();
  /** Whether a path is held as an episode (a copy's original must be one). */
  private readonly isEpisode = (path: string): boolean => this.episodes.has(path);
  private readonly pool = new StringPool();
  /** Pooled strings and sections the records held when they were made: when the pool outgrows them, it is pruned. */
  private pooledByRecords = 0;
  private sectionsByRecords = 0;
  revision = 0;

  /**
   * `report`: an index for a report that never ticks (the command-line tool): its records
   * keep no tick identities (open-items.ts), which the sidebar, the agenda and every
   * command that ticks need.
   */
  constructor(
    private rules: Classifier,
    private readonly purpose: "ticks" | "report" = "ticks",
  ) {}

  /** The rules notes are classified by (the shells ask it what a path or cached metadata settles). */
  get classifier(): Classifier {
    return this.rules;
  }

  get settings() {
    return this.classifier.settings;
  }

  /** Replace the rules (settings changed); the caller re-feeds the notes. */
  reset(classifier: Classifier): void {
    this.rules = classifier;
    this.episodes.clear();
    this.templates.clear();
    this.failures.clear();
    this.named.clear();
    this.copies.clear();
    this.pool.clear();
    this.pooledByRecords = 0;
    this.sectionsByRecords = 0;
    this.revision++;
  }

  /**
   * Read one note. Returns what it was classified as. A note whose reading throws, for
   * whatever reason (a bug included), is recorded as a failure and counts as no episode:
   * one such note once stopped the first scan, and the sidebar never left "Reading
   * episode notes…".
   */
  update(path: string, text: string, frontmatter: FrontmatterSource): Indexed {
    this.forget(path);
    let record: EpisodeRecord | null = null;
    let result: Classified;
    try {
      result = this.rules.classify(path, text, frontmatter);
      if (result.kind === "episode" && result.episode) record = episodeRecord(result.episode, text, this.pool, this.purpose === "ticks");
    } catch (error) {
      this.failures.set(path, error instanceof Error ? error.message : String(error));
      this.revision++;
      return { kind: "other", episode: null, show: null };
    }
    this.settle(path, result.kind, record, result.show);
    return { kind: result.kind, episode: record, show: result.show };
  }

  /**
   * Record what a shell found out without handing over the text: a note its cached
   * metadata (or its bytes) already rule out, or a template known by its path.
   */
  settle(path: string, kind: Classified["kind"], record: EpisodeRecord | null = null, show: ShowSettings | null = null): void {
    this.forget(path);
    if (kind === "episode" && record) {
      this.episodes.set(path, { episode: record, show, version: this.revision + 1 });
      this.pooledByRecords += countPooled(record);
      this.sectionsByRecords += record.sections.length;
      this.prunePool();
      this.copies.note(path);
    } else if (kind === "template") this.templates.add(path);
    else {
      // Its name alone tells whether it holds a number of a series (GOH 09 is no gap).
      const named = this.rules.numbered(path);
      // Written out, not spread: a spread object keeps its fields outside itself (40 bytes
      // more per note), and a vault has many more such notes than episodes.
      if (named) this.named.set(path, { show: named.show, series: named.series === null ? null : this.pool.intern(named.series), number: named.number, ...(named.season === undefined ? {} : { season: named.season }), path });
    }
    this.revision++;
  }

  private forget(path: string): void {
    const old = this.episodes.get(path);
    if (old) {
      this.pooledByRecords -= countPooled(old.episode);
      this.sectionsByRecords -= old.episode.sections.length;
    }
    this.episodes.delete(path);
    this.templates.delete(path);
    this.failures.delete(path);
    this.named.delete(path);
    this.copies.drop(path);
  }

  /**
   * The episode a note is a sync tool's conflict copy of, or null (sync-copies.ts): a copy
   * whose original is there is no episode of its own.
   */
  originalOf(path: string): string | null {
    return this.copies.originalOf(path, this.isEpisode);
  }

  /** The conflict copies of an episode that are no episodes of their own, sorted. */
  syncCopiesOf(path: string): string[] {
    return this.copies.copiesOf(path, this.isEpisode);
  }

  /** The notes a change to `path` can make episodes or no episodes (sync-copies.ts, relatives): views that update by path update these too. */
  syncRelatives(path: string): string[] {
    return this.copies.relatives(path);
  }

  private shown(entry: IndexedEpisode): boolean {
    return this.copies.none || this.originalOf(entry.episode.path) === null;
  }

  /** Strings and sections of records that were replaced or removed leave the pool once it is twice what the records hold. */
  private prunePool(): void {
    if (this.pool.stringCount <= 2 * this.pooledByRecords + 4096 && this.pool.sectionCount <= 2 * this.sectionsByRecords + 4096) return;
    this.pool.prune((visit) => {
      for (const { episode } of this.episodes.values()) pooledValues(episode, visit);
    });
  }

  /** The pooled strings left (for tests of pruning). */
  get pooledStrings(): number {
    return this.pool.stringCount;
  }

  /** The pooled sections left (for tests of pruning). */
  get pooledSections(): number {
    return this.pool.sectionCount;
  }

  remove(path: string): boolean {
    const had = this.episodes.has(path) || this.templates.has(path) || this.failures.has(path) || this.named.has(path);
    this.forget(path);
    if (had) this.revision++;
    return had;
  }

  /** The episode at `path`; undefined for a conflict copy whose original is there (no episode, see originalOf). */
  get(path: string): IndexedEpisode | undefined {
    const entry = this.episodes.get(path);
    return entry && this.shown(entry) ? entry : undefined;
  }

  /**
   * Whether the note is held as an episode, a conflict copy of one included: a change to
   * a copy changes its original's row (it names the copy), so the views must hear of it.
   */
  has(path: string): boolean {
    return this.episodes.has(path);
  }

  /** The note could not be read the last time it was fed in. */
  failed(path: string): boolean {
    return this.failures.has(path);
  }

  /** Notes that could not be read, by path. */
  errors(): ReadFailure[] {
    return [...this.failures].map(([path, message]) => ({ path, message })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  get size(): number {
    return this.copies.none ? this.episodes.size : this.all().length;
  }

  /** Every episode; a sync tool's conflict copy of one is none (see originalOf). */
  all(): IndexedEpisode[] {
    const all = [...this.episodes.values()];
    return this.copies.none ? all : all.filter((entry) => this.shown(entry));
  }

  templatePaths(): string[] {
    return [...this.templates].sort();
  }

  /**
   * Everything with its status for `today` (a function: each show has its own time zone).
   * `now` (the clock's instant, and the zone of each show) judges `live:` marks; without
   * it only an `ended:` mark counts.
   */
  items(todayFor: (show: ShowSettings | null) => string, now?: { ms: number; zoneFor: (show: ShowSettings | null) => string }): ReportItem[] {
    const settings = this.classifier.settings;
    // An episode of no show among several is placed by what all shows agree on (no-show.ts),
    // never by the first show listed; the zone when they differ is the caller's (the device's).
    const fallbackZone = now?.zoneFor(null) ?? "UTC";
    const items = this.all()
      .map(({ episode, show, version }) => {
        const rules = placedRules(show, settings, fallbackZone);
        return {
          episode,
          show,
          version,
          status: episodeStatus(
            episode,
            todayFor(rules.show),
            {
              deadlines: rules.deadlines,
              warnDaysBefore: settings.warnDaysBefore,
              archiveAfterWeeks: settings.archiveAfterWeeks,
              schedule: rules.schedule,
            },
            now ? { nowMs: now.ms, timeZone: rules.show ? now.zoneFor(rules.show) : rules.schedule.timeZone } : undefined,
          ),
        };
      })
      .sort(compareItems);
    // An episode with conflict copies says so, naming them (the copies are no items).
    if (!this.copies.none) {
      for (const item of items) {
        const copies = this.syncCopiesOf(item.episode.path);
        if (copies.length > 0) item.status.alerts.push({ severity: "soon", message: syncCopyMessage(item.episode.path, copies) });
      }
    }
    // Overlapping invites and episodes on a show's break, among the episodes to come; an
    // episode of no show among several has no invite length or breaks to check.
    addScheduleAlerts(items, placedShow(null, settings) ?? undefined);
    return items;
  }

  /** Notes named with a series' number that are not episodes, by path. */
  namedNotes(): NamedNote[] {
    return [...this.named.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Numbering of one show (configured) or series label; its notes that are not episodes take their numbers too. */
  numberingOf(series: string | null): Numbering {
    const members = this.all()
      .filter((e) => seriesOf(e.episode, e.show) === series)
      .map((m) => ({ number: m.episode.number, season: m.episode.season ?? null, path: m.episode.path }));
    return numbering(members, othersOf(series, members, [...this.named.values()]));
  }

  /** Episodes of a configured show: in its folder, marked for it, or carrying its code. */
  episodesOf(show: ShowSettings): IndexedEpisode[] {
    return this.all().filter((e) => e.show?.id === show.id);
  }
}

/** The pooled strings a record holds (its sections are counted apart). */
function countPooled(record: EpisodeRecord): number {
  let count = 0;
  pooledValues(record, (value) => {
    if (typeof value === "string") count++;
  });
  return count;
}
