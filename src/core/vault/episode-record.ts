// The lean form an indexed episode is kept in: what the sidebar, the report and the
// commands need (counts, guests, dates, chapters, the open items with what a tick needs
// to find them again), never the note's text or a slice of it. Built while the text is
// at hand; a tick reads the note again and checks the line (tick/toggle.ts).
import type { Episode, EpisodeSummary, Guest, Section, TaskItem } from "../types";
import type { Chapter, ChapterProblem } from "../live/chapters";
import type { ReaderWarning } from "../note/reader-warning";
import { noteContext } from "../tick/context";
import { taskRefs } from "../tick/task-ref";
import { OpenItems, type OpenItemInput, type OpenTask } from "./open-items";
import { freshCopy, freshOrNull, type StringPool } from "./string-pool";

export type { OpenTask } from "./open-items";

/** An indexed episode. Plain data except `open`, whose items are made on demand, and `next` (the first of them). */
export interface EpisodeRecord extends EpisodeSummary {
  /** The open items, in note order: `open.task(i)`, `open.tasks()`, `open.refs(sections)`. */
  open: OpenItems;
  next: OpenTask | null;
}

/**
 * The record of `episode`, read from `text`. Every string it keeps is a copy (pooled when
 * it recurs from note to note), so the text can be collected as soon as the caller drops it.
 * Without `tickable` (a report that never ticks) its open items get no refs: working them
 * out was a third of reading an episode.
 */
export function episodeRecord(episode: Episode, text: string, pool: StringPool, tickable = true): EpisodeRecord {
  const isOpen = (task: TaskItem) => task.state === "open";
  const refs = tickable ? taskRefs(episode, noteContext(text, episode, true), isOpen) : null;
  const open: OpenItemInput[] = [];
  let r = 0;
  for (const task of episode.tasks) {
    if (!isOpen(task)) continue;
    const ref = refs === null ? null : refs[r++];
    if (ref !== undefined) open.push({ task, ref });
  }
  const intern = (s: string) => pool.intern(s);
  const items = OpenItems.from(open, episode.sections, intern);
  return new Record({
    // The path and what the file name gives (code, number, title, topic) come from the
    // shell's path string, never from the note's text: kept as they are.
    path: episode.path,
    basename: episode.basename,
    url: freshOrNull(episode.url),
    date: freshOrNull(episode.date),
    time: freshOrNull(episode.time),
    code: episode.code,
    number: episode.number,
    numberText: episode.numberText,
    season: episode.season,
    seasonText: episode.seasonText,
    title: episode.title,
    topic: episode.topic,
    guests: kept(episode.guests, copyGuest),
    hasGuestField: episode.hasGuestField,
    noGuest: episode.noGuest,
    sections: episode.sections.map((s) => pool.section(s)),
    done: episode.done,
    total: episode.total,
    cancelled: episode.cancelled,
    hasTemplateTags: episode.hasTemplateTags,
    warnings: kept(episode.warnings, intern),
    readerWarnings: kept(episode.readerWarnings, (w): ReaderWarning => ({ kind: w.kind, message: intern(w.message) })),
    chapters: kept(episode.chapters, copyChapter),
    chapterProblems: kept(episode.chapterProblems, (p): ChapterProblem => ({ line: p.line, message: intern(p.message) })),
    timestampsLine: episode.timestampsLine,
    live: episode.live.start === null && episode.live.end === null ? NO_LIVE_MARKS : { start: freshOrNull(episode.live.start), end: freshOrNull(episode.live.end) },
    marker: typeof episode.marker === "string" ? intern(episode.marker) : episode.marker,
    status: episode.status === null ? null : intern(episode.status),
    asksForChapters: episode.asksForChapters,
    open: items,
  });
}

/**
 * A record: its fields, and `next` made when asked (the report reads it once per run; kept,
 * it cost a task object and its text per episode). A class, so that one getter on the
 * prototype serves every record and the fields stay in the object itself.
 */
class Record implements EpisodeRecord {
  readonly path: string;
  readonly basename: string;
  readonly url: string | null;
  readonly date: string | null;
  readonly time: string | null;
  readonly code: string | null;
  readonly number: number | null;
  readonly numberText: string | null;
  // Undefined without a season, as in the full reading (set all the same: one shape for all).
  readonly season: number | null | undefined;
  readonly seasonText: string | null | undefined;
  readonly title: string;
  readonly topic: string;
  readonly guests: Guest[];
  readonly hasGuestField: boolean;
  readonly noGuest: boolean;
  readonly sections: Section[];
  readonly done: number;
  readonly total: number;
  readonly cancelled: number;
  readonly hasTemplateTags: boolean;
  readonly warnings: string[];
  readonly readerWarnings: ReaderWarning[];
  readonly chapters: Chapter[];
  readonly chapterProblems: ChapterProblem[];
  readonly timestampsLine: number | null;
  readonly live: EpisodeRecord["live"];
  readonly marker: string | boolean | null;
  readonly status: string | null;
  readonly asksForChapters: boolean;
  readonly open: OpenItems;

  constructor(fields: Omit<EpisodeRecord, "next">) {
    // Field by field, in one order: every record gets the same shape, its fields in-object.
    this.path = fields.path;
    this.basename = fields.basename;
    this.url = fields.url;
    this.date = fields.date;
    this.time = fields.time;
    this.code = fields.code;
    this.number = fields.number;
    this.numberText = fields.numberText;
    this.season = fields.season;
    this.seasonText = fields.seasonText;
    this.title = fields.title;
    this.topic = fields.topic;
    this.guests = fields.guests;
    this.hasGuestField = fields.hasGuestField;
    this.noGuest = fields.noGuest;
    this.sections = fields.sections;
    this.done = fields.done;
    this.total = fields.total;
    this.cancelled = fields.cancelled;
    this.hasTemplateTags = fields.hasTemplateTags;
    this.warnings = fields.warnings;
    this.readerWarnings = fields.readerWarnings;
    this.chapters = fields.chapters;
    this.chapterProblems = fields.chapterProblems;
    this.timestampsLine = fields.timestampsLine;
    this.live = fields.live;
    this.marker = fields.marker;
    this.status = fields.status;
    this.asksForChapters = fields.asksForChapters;
    this.open = fields.open;
  }

  get next(): OpenTask | null {
    return this.open.task(0);
  }
}

// Most episodes have no warnings, chapters or live marks: every record shares one frozen
// empty value instead of keeping its own (an empty array costs 32 bytes, times four, per episode).
const NONE: readonly never[] = Object.freeze([]);
const NO_LIVE_MARKS: EpisodeRecord["live"] = Object.freeze({ start: null, end: null });

/** The copies of `list`'s members, or the shared empty array (frozen: a record is never edited). */
function kept<T, U>(list: readonly T[], copy: (item: T) => U): U[] {
  return list.length === 0 ? (NONE as never[]) : list.map(copy);
}

/** Every pooled string and section a record holds: what the pool keeps when it is pruned. */
export function pooledValues(record: EpisodeRecord, visit: (value: string | Section) => void): void {
  for (const line of record.open.lines()) visit(line);
  for (const section of record.sections) {
    visit(section);
    if (section.heading !== null) visit(section.heading);
  }
  for (const warning of record.warnings) visit(warning);
  for (const problem of record.chapterProblems) visit(problem.message);
  if (typeof record.marker === "string") visit(record.marker);
  if (record.status !== null) visit(record.status);
}

function copyGuest(guest: Guest): Guest {
  return { name: freshCopy(guest.name), target: freshOrNull(guest.target), affiliation: freshOrNull(guest.affiliation) };
}

function copyChapter(chapter: Chapter): Chapter {
  return { at: freshCopy(chapter.at), seconds: chapter.seconds, title: freshCopy(chapter.title), line: chapter.line };
}
