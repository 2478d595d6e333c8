// One line of the agenda: an open item of one reading of an episode note, with its
// deadline as a day number (what sorting and grouping compare) and the episode named as
// the list names it. Its text, section and own date are read only when it is drawn.
import { numberLabel } from "../note/season";
import type { EpisodeSummary, Phase } from "../types";
import type { ShowSettings } from "../settings/settings";
import type { EpisodeRecord } from "../vault/episode-record";
import type { TaskRef } from "../tick/task-ref";
import { plainText } from "../text/plain";
import type { DueSource } from "./item-due";

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
export class Entry implements AgendaEntry {
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
export function before(a: AgendaEntry, b: AgendaEntry): boolean {
  if (a.day !== b.day) return a.day < b.day;
  if (a.path !== b.path) return a.path < b.path;
  return a.line < b.line;
}

/** The tick identity of an entry's item, made from the reading the entry came from. */
export function entryRef(entry: AgendaEntry): TaskRef | null {
  const { episode } = entry.origin;
  return episode.open.refs(episode.sections)[entry.taskIndex] ?? null;
}
