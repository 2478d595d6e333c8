// One agenda across shows: every open item of every episode, by deadline, grouped as
// Overdue / Today / This week (the next 7 days) / Later / No date. Kept incrementally:
// each note's items are made once per reading of the note (its index version), and the
// whole list stays sorted, so one changed note costs its own items and one merge, and
// drawing the agenda is one pass that only compares day numbers.
// The entries (agenda-entry.ts) and the groups they are shown in (agenda-groups.ts) are
// re-exported here, so callers import the agenda from one place.
import type { ShowSettings } from "../settings/settings";
import { visitOpenItemDeadlines, type DueRules } from "./item-due";
import { dayNumber } from "./day-number";
import { itemsThatMatter, type ItemMatters } from "../status/status";
import { Entry, before, episodeLabel, type AgendaEntry, type AgendaSource } from "./agenda-entry";
import { AGENDA_GROUPS, WEEK_DAYS, latestFirst, type AgendaGroup, type AgendaGroupName, type AgendaItem, type AgendaOptions } from "./agenda-groups";

export { dayNumber };
export { entryRef, episodeLabel, type AgendaEntry, type AgendaSource } from "./agenda-entry";
export { AGENDA_GROUPS, WEEK_DAYS, type AgendaGroup, type AgendaGroupName, type AgendaItem, type AgendaOptions } from "./agenda-groups";

export class Agenda {
  private readonly byPath = new Map<string, { version: number; entries: AgendaEntry[]; seen: number }>();
  private syncs = 0;
  /** Each reading's judgement for the last day asked (a reading replaced is a new key: the old one is let go). */
  private readonly judged = new WeakMap<AgendaSource, { today: string; weeks: number | undefined; matters: ItemMatters }>();
  private sorted: AgendaEntry[] = [];

  /**
   * `rules`: the deadlines and schedule an episode's items are judged by (its show's, or
   * for an episode of no show what all the shows agree on: vault/no-show.ts's placedRules,
   * never the first show listed); `archiveAfterWeeks`: when an aired episode's items stop mattering, or
   * where to read it (a value taken once kept the agenda on it after the setting changed).
   */
  constructor(
    private readonly rules: (show: ShowSettings | null) => DueRules,
    private readonly archiveAfterWeeks?: number | (() => number | undefined),
  ) {}

  /**
   * Whether an entry's item still matters on its show's `today`, as the episode's status
   * judges it: no prep or just-before item once the show is over, nothing of an archived,
   * done or cancelled episode. Judged once per reading of an episode per day: a redraw
   * for the same day (after each change elsewhere) judges only the notes read again, where
   * judging all of them (their lifecycles) was most of the cost of drawing.
   */
  private mattering(todayFor: (show: ShowSettings | null) => string): (entry: AgendaEntry) => boolean {
    const rules = new Map<AgendaSource, ItemMatters>();
    const weeks = typeof this.archiveAfterWeeks === "function" ? this.archiveAfterWeeks() : this.archiveAfterWeeks;
    return (entry) => {
      const origin = entry.origin;
      let matters = rules.get(origin);
      if (!matters) {
        const today = todayFor(origin.show);
        const judged = this.judged.get(origin);
        if (judged?.today === today && judged.weeks === weeks) matters = judged.matters;
        else {
          matters = itemsThatMatter(origin.episode, today, weeks);
          this.judged.set(origin, { today, weeks, matters });
        }
        rules.set(origin, matters);
      }
      return matters(entry.phase, entry.source);
    };
  }

  /** Every entry, in order (read by tests and the command line). */
  get entries(): readonly AgendaEntry[] {
    return this.sorted;
  }

  /**
   * Bring the agenda in line with the index: notes whose version changed are read again,
   * notes gone are dropped. Returns how many notes were read again.
   */
  sync(sources: Iterable<AgendaSource>): number {
    // Each note still indexed is stamped with this sync's number: the notes gone are the
    // ones left unstamped, found without a set of every path on every sync.
    const stamp = ++this.syncs;
    let stamped = 0;
    const changed: AgendaSource[] = [];
    for (const source of sources) {
      const known = this.byPath.get(source.episode.path);
      if (known && known.seen !== stamp) {
        known.seen = stamp;
        stamped++;
      }
      if (known?.version !== source.version) changed.push(source);
    }
    const gone = stamped === this.byPath.size ? [] : [...this.byPath].filter(([, known]) => known.seen !== stamp).map(([path]) => path);
    if (changed.length === 0 && gone.length === 0) return 0;
    // Many changes (the first sync, new settings): one sort beats many merges.
    if (changed.length + gone.length > 32) {
      for (const path of gone) this.byPath.delete(path);
      for (const source of changed) this.byPath.set(source.episode.path, { version: source.version, entries: this.entriesOf(source), seen: stamp });
      this.resort();
    } else {
      for (const path of gone) this.update(path, undefined);
      for (const source of changed) this.update(source.episode.path, source);
    }
    return changed.length;
  }

  /** One note changed (or is gone, with `source` undefined): its items are replaced in place. */
  update(path: string, source: AgendaSource | undefined): void {
    // The old entries are known by the reading they came from: one pointer comparison each.
    const old = this.byPath.get(path)?.entries[0]?.origin;
    if (source) this.byPath.set(path, { version: source.version, entries: this.entriesOf(source), seen: this.syncs });
    else this.byPath.delete(path);
    const fresh = source ? [...(this.byPath.get(path)?.entries ?? [])].sort((a, b) => a.day - b.day) : [];
    // One pass: the old entries left out, the fresh ones merged in (both lists sorted).
    const merged: AgendaEntry[] = [];
    let j = 0;
    for (const a of this.sorted) {
      if (a.origin === old && old !== undefined) continue;
      for (let b = fresh[j]; b !== undefined && before(b, a); b = fresh[++j]) merged.push(b);
      merged.push(a);
    }
    for (; j < fresh.length; j++) merged.push(fresh[j] as AgendaEntry);
    this.sorted = merged;
  }

  private resort(): void {
    const paths = [...this.byPath.keys()].sort();
    const all: AgendaEntry[] = [];
    for (const path of paths) for (const entry of this.byPath.get(path)?.entries ?? []) all.push(entry);
    // Stable, and `all` is in note-then-line order: sorting by the day alone is enough.
    this.sorted = all.sort((a, b) => a.day - b.day);
  }

  private entriesOf(source: AgendaSource): AgendaEntry[] {
    const { episode, show } = source;
    const label = episodeLabel(episode, show);
    const showName = show?.name ?? episode.code ?? "";
    const entries: AgendaEntry[] = [];
    visitOpenItemDeadlines(episode, episode.open, this.rules(show), (index, phase, itemSource, day, due) => {
      entries.push(new Entry(episode.path, label, showName, phase, due, itemSource, episode.open.line(index), index, day, source));
    });
    return entries;
  }

  /** Open items past their deadline as of each show's today (the status bar's count). */
  countOverdue(todayFor: (show: ShowSettings | null) => string): number {
    const todays = new Map<ShowSettings | null, number>();
    const matters = this.mattering(todayFor);
    let count = 0;
    for (const entry of this.sorted) {
      // Sorted by deadline: the undated come last and are never late.
      if (entry.day === Infinity) break;
      const show = entry.origin.show;
      let today = todays.get(show);
      if (today === undefined) {
        today = dayNumber(todayFor(show));
        todays.set(show, today);
      }
      if (entry.day < today && matters(entry)) count++;
    }
    return count;
  }

  /** The groups as of each show's today (`todayFor`), every group listed even when empty. */
  view(todayFor: (show: ShowSettings | null) => string, options: AgendaOptions = {}): AgendaGroup[] {
    const groups = new Map<AgendaGroupName, AgendaItem[]>(AGENDA_GROUPS.map((g) => [g.name, []]));
    const todays = new Map<ShowSettings | null, number>();
    const horizon = options.days ?? Infinity;
    const matters = this.mattering(todayFor);
    for (const entry of this.sorted) {
      if (!matters(entry)) continue;
      const show = entry.origin.show;
      let today = todays.get(show);
      if (today === undefined) {
        today = dayNumber(todayFor(show));
        todays.set(show, today);
      }
      if (entry.day === Infinity) {
        if (options.days === undefined) groups.get("undated")?.push({ entry, daysUntil: null });
        continue;
      }
      const days = entry.day - today;
      if (days > horizon) continue;
      const name: AgendaGroupName = days < 0 ? "overdue" : days === 0 ? "today" : days <= WEEK_DAYS ? "week" : "later";
      groups.get(name)?.push({ entry, daysUntil: days });
    }
    return AGENDA_GROUPS.map(({ name, label }) => {
      const items = groups.get(name) ?? [];
      return { name, label, items: name === "overdue" ? latestFirst(items) : items };
    });
  }
}
