// One agenda across shows: every open item of every episode, by deadline, grouped as
// Overdue / Today / This week (the next 7 days) / Later / No date. Kept incrementally:
// each note's items are made once per reading of the note (its index version), and the
// whole list stays sorted, so one changed note costs its own items and one merge, and
// drawing the agenda is one pass that only compares day numbers.
import { numberLabel } from "../note/season";
import type { EpisodeSummary, Phase } from "../types";
import type { ShowSettings } from "../settings/settings";
import type { EpisodeRecord } from "../vault/episode-record";
import type { TaskRef } from "../tick/task-ref";
import { plainText } from "../text/plain";
import { visitOpenItemDeadlines, type DueRules, type DueSource } from "./item-due";
import { dayNumber } from "./day-number";

export { dayNumber };
import { itemsThatMatter, type ItemMatters } from "../status/status";

/** What the agenda reads: an indexed episode (core/vault/episode-index.ts's IndexedEpisode). */
export interface AgendaSource {
  episode: EpisodeRecord;
  show: ShowSettings | null;
  version: number;
}

export interface AgendaEntry {
  path: string;
  /** "GOH 25 · Introduction to eBPF": the episode, as the list names it. */
  episodeLabel: string;
  showName: string;
  text: string;
  phase: Phase;
  section: string;
  due: string | null;
  source: DueSource | null;
  line: number;
  /** Index of the item among the open items of the record the entry was made from. */
  taskIndex: number;
  /** Days since 1970-01-01 of `due` (Infinity without): what sorting and grouping compare. */
  day: number;
  /** That reading: the tick's ref comes from it, so a tick names the very item drawn. */
  origin: AgendaSource;
}

export type AgendaGroupName = "overdue" | "today" | "week" | "later" | "undated";

export const AGENDA_GROUPS: readonly { name: AgendaGroupName; label: string }[] = [
  { name: "overdue", label: "Overdue" },
  { name: "today", label: "Today" },
  { name: "week", label: "This week" },
  { name: "later", label: "Later" },
  { name: "undated", label: "No date" },
];

/** "This week" is the next seven days, so Friday's show is "this week" on a Saturday too. */
export const WEEK_DAYS = 7;

export interface AgendaItem {
  entry: AgendaEntry;
  /** Days from the show's today to the deadline (negative: late), null without one. */
  daysUntil: number | null;
}

export interface AgendaGroup {
  name: AgendaGroupName;
  label: string;
  items: AgendaItem[];
}

export interface AgendaOptions {
  /** Only what is due within this many days (and what is late); undated items are left out. */
  days?: number;
}

export function episodeLabel(episode: Pick<EpisodeSummary, "numberText" | "season" | "seasonText" | "basename" | "code" | "topic">, show: ShowSettings | null): string {
  if (episode.numberText === null) return episode.basename;
  const code = episode.code ?? show?.code ?? "";
  return `${code} ${numberLabel(episode)}`.trim() + (episode.topic === "" ? "" : ` · ${episode.topic}`);
}

/**
 * An entry made from the numbers the index keeps (vault/open-items.ts): its text, section
 * and own date are read when first shown. The list holds every open item of every
 * episode, a view draws a few dozen, and reading lines and stripping Markdown was most of
 * the cost of building the list.
 */
class Entry implements AgendaEntry {
  private plain: string | null = null;

  constructor(
    readonly path: string,
    readonly episodeLabel: string,
    readonly showName: string,
    readonly phase: Phase,
    /** The deadline when it is not the item's own date (undefined: read from its line). */
    private readonly known: string | null | undefined,
    readonly source: DueSource | null,
    readonly line: number,
    readonly taskIndex: number,
    readonly day: number,
    readonly origin: AgendaSource,
  ) {}

  get text(): string {
    this.plain ??= plainText(this.origin.episode.open.text(this.taskIndex));
    return this.plain;
  }

  get section(): string {
    const { episode } = this.origin;
    return episode.sections[episode.open.section(this.taskIndex)]?.heading ?? "";
  }

  get due(): string | null {
    return this.known === undefined ? this.origin.episode.open.dueDate(this.taskIndex) : this.known;
  }
}

/** Order: deadline, then note, then line. */
function before(a: AgendaEntry, b: AgendaEntry): boolean {
  if (a.day !== b.day) return a.day < b.day;
  if (a.path !== b.path) return a.path < b.path;
  return a.line < b.line;
}

export class Agenda {
  private readonly byPath = new Map<string, { version: number; entries: AgendaEntry[]; seen: number }>();
  private syncs = 0;
  /** Each reading's judgement for the last day asked (a reading replaced is a new key: the old one is let go). */
  private readonly judged = new WeakMap<AgendaSource, { today: string; weeks: number | undefined; matters: ItemMatters }>();
  private sorted: AgendaEntry[] = [];

  /**
   * `rules`: the deadlines and schedule an episode's items are judged by (its show's, or
   * the first show's); `archiveAfterWeeks`: when an aired episode's items stop mattering, or
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

/** Overdue items most recently due first (last week's are not buried under last year's), note order within a day. */
function latestFirst(items: AgendaItem[]): AgendaItem[] {
  const runs: AgendaItem[][] = [];
  for (const item of items) {
    const run = runs[runs.length - 1];
    if (run && run[0]?.entry.day === item.entry.day) run.push(item);
    else runs.push([item]);
  }
  return runs.reverse().flat();
}

/** The tick identity of an entry's item, made from the reading the entry came from. */
export function entryRef(entry: AgendaEntry): TaskRef | null {
  const { episode } = entry.origin;
  return episode.open.refs(episode.sections)[entry.taskIndex] ?? null;
}
