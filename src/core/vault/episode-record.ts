// The lean form an indexed episode is kept in: what the sidebar, the report and the
// commands need (counts, guests, dates, chapters, the open items with what a tick needs
// to find them again), never the note's text or a slice of it. Built while the text is
// at hand; a tick reads the note again and checks the line (tick/toggle.ts).
import type { Episode, EpisodeSummary, Guest, Section, TaskItem } from "../types";
import type { Chapter, ChapterProblem } from "../live/chapters";
import { noteContext } from "../tick/context";
import { taskRefs } from "../tick/task-ref";
import { OpenItems, type OpenTask } from "./open-items";
import { freshCopy, freshOrNull, type StringPool } from "./string-pool";

export type { OpenTask } from "./open-items";

/** An indexed episode. Plain data except `open`, whose items are made on demand. */
export interface EpisodeRecord extends EpisodeSummary {
  /** The open items, in note order: `open.task(i)`, `open.tasks()`, `open.refs(sections)`. */
  open: OpenItems;
  next: OpenTask | null;
}

/**
 * The record of `episode`, read from `text`. Every string it keeps is a copy (pooled when
 * it recurs from note to note), so the text can be collected as soon as the caller drops it.
 */
export function episodeRecord(episode: Episode, text: string, pool: StringPool): EpisodeRecord {
  const refs = taskRefs(episode, noteContext(text, episode, true));
  const open: { task: TaskItem; ref: NonNullable<(typeof refs)[number]> }[] = [];
  episode.tasks.forEach((task, i) => {
    const ref = refs[i];
    if (task.state === "open" && ref) open.push({ task, ref });
  });
  const intern = (s: string) => pool.intern(s);
  const items = OpenItems.from(open, episode.sections, intern);
  return {
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
    title: episode.title,
    topic: episode.topic,
    guests: kept(episode.guests, copyGuest),
    hasGuestField: episode.hasGuestField,
    sections: episode.sections.map((s) => copySection(s, intern)),
    done: episode.done,
    total: episode.total,
    cancelled: episode.cancelled,
    hasTemplateTags: episode.hasTemplateTags,
    warnings: kept(episode.warnings, intern),
    chapters: kept(episode.chapters, copyChapter),
    chapterProblems: kept(episode.chapterProblems, (p): ChapterProblem => ({ line: p.line, message: intern(p.message) })),
    timestampsLine: episode.timestampsLine,
    live: episode.live.start === null && episode.live.end === null ? NO_LIVE_MARKS : { start: freshOrNull(episode.live.start), end: freshOrNull(episode.live.end) },
    marker: typeof episode.marker === "string" ? intern(episode.marker) : episode.marker,
    status: episode.status === null ? null : intern(episode.status),
    next: items.task(0),
    asksForChapters: episode.asksForChapters,
    open: items,
  };
}

// Most episodes have no warnings, chapters or live marks: every record shares one frozen
// empty value instead of keeping its own (an empty array costs 32 bytes, times four, per episode).
const NONE: readonly never[] = Object.freeze([]);
const NO_LIVE_MARKS: EpisodeRecord["live"] = Object.freeze({ start: null, end: null });

/** The copies of `list`'s members, or the shared empty array (frozen: a record is never edited). */
function kept<T, U>(list: readonly T[], copy: (item: T) => U): U[] {
  return list.length === 0 ? (NONE as never[]) : list.map(copy);
}

/** Every pooled string a record holds: what the pool keeps when it is pruned. */
export function pooledStrings(record: EpisodeRecord, visit: (text: string) => void): void {
  for (const line of record.open.lines()) visit(line);
  for (const section of record.sections) if (section.heading !== null) visit(section.heading);
  for (const warning of record.warnings) visit(warning);
  for (const problem of record.chapterProblems) visit(problem.message);
  if (typeof record.marker === "string") visit(record.marker);
  if (record.status !== null) visit(record.status);
}

function copyGuest(guest: Guest): Guest {
  return { name: freshCopy(guest.name), target: freshOrNull(guest.target), affiliation: freshOrNull(guest.affiliation) };
}

function copySection(section: Section, intern: (text: string) => string): Section {
  return { ...section, heading: section.heading === null ? null : intern(section.heading) };
}

function copyChapter(chapter: Chapter): Chapter {
  return { at: freshCopy(chapter.at), seconds: chapter.seconds, title: freshCopy(chapter.title), line: chapter.line };
}
