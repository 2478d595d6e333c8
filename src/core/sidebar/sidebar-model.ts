// The sidebar's rows, kept between redraws. Each episode's status and row are rebuilt
// only when something they are made from changed: the note's version, today's date in
// its show's zone, its `live:` state, whether its number is shared, the locale or the
// rules. `refresh` returns a stamp of all of that, so a caller whose stamp (plus its
// own filters) is unchanged knows nothing changed without looking at a single episode.
// Pure: the caller hands over the index, "now" and a way to tell today in a zone.
import type { EpisodeRecord } from "../vault/episode-record";
import type { OfficeHoursSettings, ShowSettings } from "../settings/settings";
import { episodeStatus } from "../status/status";
import { liveState, type LiveMarks } from "../live/live-state";
import { numbering, type Numbering } from "../vault/numbering";
import { buildRow, sharedNumbers, groupKey, groupOthers, otherGroupKey, type EpisodeRow, type NamedOther } from "./view-model";
import { showChips, type ShowChip } from "./show-chips";
import { NAMED_AT_MOST } from "./same-number-text";
import { upcomingWarnings } from "../deadlines/conflicts";
import { isUnclaimed, placedRules, unclaimedLabel } from "../vault/no-show";

export interface SourceEpisode {
  episode: EpisodeRecord;
  show: ShowSettings | null;
  /** Changes each time the note is read again (IndexedEpisode.version). */
  version: number;
}

export interface ModelInput {
  /** Changes whenever an episode was added, changed or removed (EpisodeIndex.revision). */
  revision: number;
  /** Called only when the revision changed. */
  episodes: () => readonly SourceEpisode[];
  /** Notes named in a series that are not episodes (they take their numbers); called only when the revision changed. */
  others?: () => readonly NamedOther[];
  settings: OfficeHoursSettings;
  /** Today's date in a time zone ("YYYY-MM-DD"); the caller keeps it cheap to ask again. */
  todayIn: (timeZone: string) => string;
  nowMs: number;
  /** The zone of episodes outside every configured show: the device's. */
  fallbackZone: string;
  /** The shows an episode of no show could belong to, named in its row (Classifier.candidatesFor); every show without it. */
  candidatesOf?: (path: string) => readonly ShowSettings[];
  /** An episode's sync conflict copies, named in its row (EpisodeIndex.syncCopiesOf); called only when the revision changed. */
  syncCopiesOf?: (path: string) => readonly string[];
  locale: string;
}

/** What a row was made from, besides its note's record: compared field by field, no key string built. */
interface Entry {
  version: number;
  today: string;
  live: string;
  /** The other episodes using its number and its sync conflict copies, as one key ("" for neither, almost always). */
  duplicate: string;
  /** The locale and the rules. */
  context: string;
  chip: ShowChip | null;
  warnings: readonly string[];
  /** Where the episode sits in the schedule: its date, time and show. */
  slot: string;
  row: EpisodeRow;
}

interface Marked {
  marks: LiveMarks;
  zone: string;
}

const NO_WARNINGS: readonly string[] = [];

export class SidebarModel {
  private readonly entries = new Map<string, Entry>();
  private sources: readonly SourceEpisode[] = [];
  private duplicates = new Map<string, readonly string[]>();
  private copies = new Map<string, readonly string[]>();
  private marked: Marked[] = [];
  private list: EpisodeRow[] = [];
  private revision = -1;
  private lastStamp = "";
  private others: readonly NamedOther[] = [];
  private numberingCache = new Map<string, Numbering>();
  /** Overlaps and breaks of the episodes to come, kept while no episode's slot, the days or the shows' schedules changed. */
  private schedule = new Map<string, string[]>();
  private scheduleKey = "";
  private slotsChanged = true;
  /** Rows built anew by the last refresh (read by tests and the benchmark). */
  rebuilt = 0;
  /** Rows built since the model was made: a caller that refreshes twice in a row still sees the first one's work. */
  built = 0;

  /** Bring the rows up to date; returns the stamp of everything they depend on. */
  refresh(input: ModelInput): string {
    // An episode of no show among several is placed by what all shows agree on, never by
    // the first one listed (no-show.ts); with one show set up, by that show.
    const loose = placedRules(null, input.settings, input.fallbackZone);
    const zoneOf = (show: ShowSettings | null) => show?.schedule.timeZone ?? loose.schedule.timeZone;
    const zones = new Set([input.fallbackZone, ...input.settings.shows.map((s) => s.schedule.timeZone)]);
    const todays = new Map([...zones].map((zone) => [zone, input.todayIn(zone)]));
    const rules = rulesKey(input.settings);
    if (this.revision !== input.revision) {
      this.sources = input.episodes();
      this.duplicates = sharedNumbers(this.sources);
      this.copies = new Map();
      const copiesOf = input.syncCopiesOf;
      if (copiesOf) {
        for (const source of this.sources) {
          const copies = copiesOf(source.episode.path);
          if (copies.length > 0) this.copies.set(source.episode.path, copies);
        }
      }
      this.marked = this.sources
        .filter((s) => s.episode.live.start !== null || s.episode.live.end !== null)
        .map((s) => ({ marks: s.episode.live, zone: zoneOf(s.show) }));
      this.others = input.others?.() ?? [];
      this.numberingCache = new Map();
      this.revision = input.revision;
      this.slotsChanged ||= this.slotsMoved();
    }
    // A `live:` mark turns live, stale or ended with the clock alone: only those few are asked.
    const lives = this.marked.map((m) => liveState(m.marks, input.nowMs, m.zone).kind).join(",");
    const days = [...todays.values()].join(",");
    const stamp = `${input.revision}|${days}|${lives}|${input.locale}|${rules}`;
    this.rebuilt = 0;
    if (stamp === this.lastStamp) return stamp;
    const chips = showChips(input.settings.shows, new Set(this.sources.filter((s) => !s.show).map((s) => s.episode.code ?? "")));
    const todayOf = (show: ShowSettings | null) => todays.get(zoneOf(show)) ?? input.todayIn(zoneOf(show));
    // Overlapping invites and episodes on a break, among the episodes still to come: one
    // sweep over the dated episodes, only when an episode's slot, a day or a show's
    // schedule changed (a ticked item changes none of them).
    const scheduleKey = `${days}|${scheduleRulesKey(input.settings)}`;
    if (this.slotsChanged || scheduleKey !== this.scheduleKey) {
      this.schedule = upcomingWarnings(this.sources, loose.show ?? undefined, (e) => e.episode.date !== null && e.episode.date >= todayOf(e.show));
      this.scheduleKey = scheduleKey;
      this.slotsChanged = false;
    }
    const context = `${input.locale}|${rules}`;
    const seen = new Set<string>();
    const list: EpisodeRow[] = [];
    for (const source of this.sources) {
      const { episode, show, version } = source;
      const zone = zoneOf(show);
      const today = todays.get(zone) ?? input.todayIn(zone);
      const live = episode.live.start === null && episode.live.end === null ? "" : liveState(episode.live, input.nowMs, zone).kind;
      const shared = this.duplicates.get(episode.path);
      // The first few others by name: a row never lists a crowded number's every episode.
      const sameNumber = shared?.slice(0, NAMED_AT_MOST + 1).filter((p) => p !== episode.path).slice(0, NAMED_AT_MOST);
      const syncCopies = this.copies.get(episode.path);
      const duplicate = sameNumber || syncCopies ? `${shared?.length ?? 0}|${sameNumber?.join("\n") ?? ""}|${syncCopies?.join("\n") ?? ""}` : "";
      const warnings = this.schedule.get(episode.path) ?? NO_WARNINGS;
      const chip = chips.get(groupKey(source)) ?? null;
      seen.add(episode.path);
      let entry = this.entries.get(episode.path);
      if (
        !entry ||
        entry.version !== version ||
        entry.today !== today ||
        entry.live !== live ||
        entry.duplicate !== duplicate ||
        entry.context !== context ||
        !sameChip(entry.chip, chip) ||
        !sameList(entry.warnings, warnings)
      ) {
        const status = episodeStatus(
          episode,
          today,
          {
            deadlines: show?.deadlines ?? loose.deadlines,
            warnDaysBefore: input.settings.warnDaysBefore,
            archiveAfterWeeks: input.settings.archiveAfterWeeks,
            schedule: show?.schedule ?? loose.schedule,
          },
          { nowMs: input.nowMs, timeZone: zone },
        );
        for (const message of warnings) status.alerts.push({ severity: "late", message });
        const item = { episode, show, status, version };
        // The row's signature: everything above, so a redrawn list swaps exactly the rows that changed.
        const noShow = isUnclaimed(show, input.settings) ? unclaimedLabel(input.candidatesOf?.(episode.path) ?? input.settings.shows) : null;
        const key = `${version}|${today}|${live}|${duplicate}|${context}|${chip ? `${chip.code}:${chip.colour}:${chip.label}` : ""}|${warnings.join("|")}|${noShow ?? ""}`;
        const row = buildRow(item, { today, duplicateNumber: sameNumber !== undefined, ...(sameNumber && shared ? { sameNumber, sameNumberCount: shared.length - 1 } : {}), ...(syncCopies ? { syncCopies } : {}), chip, locale: input.locale, key, noShow });
        entry = { version, today, live, duplicate, context, chip, warnings, slot: slotOf(source), row };
        this.entries.set(episode.path, entry);
        this.rebuilt++;
        this.built++;
      }
      list.push(entry.row);
    }
    for (const path of [...this.entries.keys()]) if (!seen.has(path)) this.entries.delete(path);
    this.list = list;
    this.lastStamp = stamp;
    return stamp;
  }

  /**
   * Whether the new sources hold other episodes, or one whose date, time or show changed,
   * than the rows were made from. Only the notes read again (a new version) are looked at.
   */
  private slotsMoved(): boolean {
    if (this.sources.length !== this.entries.size) return true;
    for (const source of this.sources) {
      const entry = this.entries.get(source.episode.path);
      if (!entry) return true;
      if (entry.version !== source.version && entry.slot !== slotOf(source)) return true;
    }
    return false;
  }

  /** Every episode's row, in index order (select.ts orders them for a view). */
  get rows(): readonly EpisodeRow[] {
    return this.list;
  }

  /** A group's numbering over all of its episodes and its named notes that are not episodes: gaps, and those notes. */
  numbering(key: string): Numbering {
    let counted = this.numberingCache.get(key);
    if (!counted) {
      const sources = this.sources.filter((s) => groupKey(s) === key);
      const members = sources.map((s) => ({ number: s.episode.number, season: s.episode.season ?? null, path: s.episode.path }));
      const mine = this.others.filter((o) => otherGroupKey(o) === key);
      const first = sources[0];
      counted = numbering(members, first ? groupOthers(first, members, mine) : []);
      this.numberingCache.set(key, counted);
    }
    return counted;
  }
}

function slotOf(source: SourceEpisode): string {
  return `${source.episode.date ?? ""}|${source.episode.time ?? ""}|${source.show?.id ?? ""}`;
}

function sameChip(a: ShowChip | null, b: ShowChip | null): boolean {
  return a === b || (a !== null && b !== null && a.code === b.code && a.colour === b.colour && a.label === b.label);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

/** What the schedule's warnings read from the settings: each show's slot, invite, breaks and name. */
function scheduleRulesKey(settings: OfficeHoursSettings): string {
  return settings.shows
    .map((s) => `${s.id}:${s.name}:${s.schedule.timeZone}:${s.schedule.time}:${s.schedule.durationMinutes}:${s.inviteMinutesBefore}:${s.inviteMinutesAfter}:${s.breaks.join("\n")}`)
    .join(";");
}

/** Everything in the settings a row is made from besides the note: rules, zones, chips. */
function rulesKey(settings: OfficeHoursSettings): string {
  const shows = settings.shows.map((s) => `${s.id}:${s.code}:${s.name}:${s.schedule.timeZone}:${s.schedule.time}:${s.deadlines.prepDaysBefore}:${s.deadlines.afterDaysAfter}`);
  return `${settings.warnDaysBefore}:${settings.archiveAfterWeeks}:${shows.join(";")}`;
}
