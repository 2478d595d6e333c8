// Reading one note into an Episode: the rules every other part of the plugin relies on.
import type { Episode, NameParts, TaskItem, YamlValue } from "../types";
import { readFrontmatter, frontmatterText, frontmatterOf, type FrontmatterSource } from "./frontmatter";
import { scanBody } from "./scan";
import { splitLines, stripBom } from "../text/lines";
import { canonicalKey } from "./fields";
import { keysOf } from "./guest-field-keys";
import { dedupeGuests, readGuests } from "./episode-guests";
import { phaseMatcher, type PhaseMatcher } from "./phases";
import { readSections, type ReadSections } from "./sections";
import { parseFileName, topicOf } from "./file-name";
import { episodeDate, frontmatterTime, timeWarning } from "./episode-date";
import { inlineDates } from "./inline-date";
import { dueWarnings, readDue } from "./item-deadlines";
import { episodeChapters, DEFAULT_TIMESTAMP_MATCHER } from "../live/episode-chapters";
import { liveMarks } from "../live/live-state";
import { isChapterTask } from "../live/after-show";
import { ownValue } from "../records";
import { statusValue } from "./status-value";
import { andWordsFor } from "./and-words";
import type { ReaderWarning } from "./reader-warning";
import { inConflict, mergeConflicts, mergeConflictMessage, type MergeConflict } from "./merge-conflict";

export const DEFAULT_GUEST_FIELDS: readonly string[] = ["Guest", "Guests"];

/** Frontmatter key that marks a note as an episode; its value names the show. */
export const MARKER_KEY = "office-hours";

export interface ReadOptions {
  /**
   * Field names that hold guests, compared the Dataview way; a name ending in one colon
   * (`Invitado(s):`) also reads `Invitado(s): …` lines as written (see one-colon.ts).
   */
  guestFields: readonly string[];
  /** The show's language (BCP 47, "" when unknown): which word besides "and" joins two guests. */
  language?: string;
  phases: PhaseMatcher;
  /** Parse the file name with a show's own pattern before the general rules. */
  parseName: (basename: string) => NameParts;
  /** Tells a Timestamps heading (configurable per show, like the phases). */
  isTimestampHeading: (heading: string) => boolean;
  /**
   * The show's IANA zone: a `date:` naming its own zone (`…T18:00:00Z`) is that instant on
   * this zone's clock. Without one, such a date's clock time is kept as written.
   */
  timeZone?: string;
}

const DEFAULT_MATCHER = phaseMatcher();

export function defaultReadOptions(): ReadOptions {
  return { guestFields: DEFAULT_GUEST_FIELDS, phases: DEFAULT_MATCHER, parseName: parseFileName, isTimestampHeading: DEFAULT_TIMESTAMP_MATCHER };
}

export function basenameOf(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

/**
 * Read one note. `frontmatter` is what the shell's parser made of its properties (the
 * plugin: Obsidian's metadata cache; the command-line tool: its YAML library): the core
 * never parses YAML itself.
 */
export function readEpisode(path: string, text: string, options: Partial<ReadOptions>, frontmatterSource: FrontmatterSource): Episode {
  return readEpisodeHeadings(path, text, options, frontmatterSource).episode;
}

/**
 * The episode, with what the reader decided of each heading (which names a phase, which is
 * the title) and the note's lines: for Detect, which must judge headings by the reader's
 * rules, not its own copy.
 */
export function readEpisodeHeadings(
  path: string,
  text: string,
  options: Partial<ReadOptions>,
  frontmatterSource: FrontmatterSource,
): { episode: Episode; headings: Omit<ReadSections, "sections">; lines: readonly string[] } {
  const opts = { ...defaultReadOptions(), ...options };
  const body = stripBom(text);
  const lines = splitLines(body);
  const frontmatter = readFrontmatter(lines, frontmatterOf(frontmatterSource));
  const keys = keysOf(opts.guestFields);
  // Whole-note checks first: a note without `::` has no inline field on any line.
  const scan = scanBody(lines, frontmatter.bodyStart, {
    fields: body.indexOf("::") >= 0,
    templateTags: body.indexOf("<%") >= 0 || body.indexOf("{{") >= 0,
    oneColonKeys: keys.colonKeys.size > 0 ? keys.colonKeys : undefined,
    comments: body.indexOf("%%") >= 0 || body.indexOf("<!--") >= 0,
    hintStarts: keys.hintStarts,
  });
  // Each warning with its kind where it is made: what shows it matches on the kind, not the words.
  const warnings: ReaderWarning[] = [];
  for (const message of frontmatter.warnings) warnings.push({ kind: "properties", message });
  for (const message of scan.warnings) warnings.push({ kind: "body", message });

  const { sections, named, title } = readSections(scan, opts.phases);
  // Section 0 is the part before the first heading, so scan's section numbers index `sections`.
  const tasks: TaskItem[] = withoutConflictItems(scan.tasks, body.indexOf("<<<<<<<") >= 0 ? mergeConflicts(lines, scan.code) : [], warnings);
  let done = 0;
  let total = 0;
  let cancelled = 0;
  let next: TaskItem | null = null;
  const dueProblems: string[] = [];
  for (const task of tasks) {
    const section = sections[task.section];
    if (!section) continue;
    // Every item's text loses its deadline; only an open item's unreadable one is a warning.
    readDue(task, task.state === "open" ? dueProblems : null);
    if (task.state === "cancelled") {
      cancelled++;
      section.cancelled++;
      continue;
    }
    total++;
    section.total++;
    if (task.state === "done") {
      done++;
      section.done++;
      continue;
    }
    if (next === null) next = task;
  }
  for (const message of dueWarnings(dueProblems)) warnings.push({ kind: "deadline", message });

  const { guests, hasGuestField, noGuest, fields } = readGuests(frontmatter.data, scan, keys, andWordsFor(opts.language ?? ""), warnings);

  const basename = basenameOf(path);
  const name = opts.parseName(basename);
  // Own values only: the frontmatter may come from a parser whose objects have a prototype.
  const { date, time: dateTime } = episodeDate(ownValue(frontmatter.data, "date"), inlineDates(scan), name.date, opts.timeZone, warnings);
  const time = dateTime ?? frontmatterTime(ownValue(frontmatter.data, "time"), dateTime === null ? timeWarning(lines, frontmatter.bodyStart, warnings) : null);
  const live = liveMarks(frontmatter.data);
  const chapters = episodeChapters(lines, scan.headings, opts.isTimestampHeading, live, scan.hidden);
  const asksForChapters = tasks.some((t) => sections[t.section]?.phase === "after" && isChapterTask(t.text));

  const episode: Episode = {
    path,
    basename,
    frontmatter: frontmatter.data,
    url: frontmatterText(ownValue(frontmatter.data, "url")),
    date,
    time,
    code: name.code,
    number: name.number,
    numberText: name.numberText,
    title: name.title,
    topic: topicOf(name.title, guests.map((g) => g.name)),
    guests: dedupeGuests(guests),
    hasGuestField,
    noGuest,
    fields,
    sections,
    tasks,
    done,
    total,
    cancelled,
    next,
    hasTemplateTags: scan.templateTags.length > 0,
    warnings: warnings.map((w) => w.message),
    readerWarnings: warnings,
    chapters: chapters.chapters,
    chapterProblems: chapters.problems,
    timestampsLine: chapters.heading,
    live,
    marker: markerOf(frontmatter.data),
    status: statusValue(frontmatter.data, fields),
    asksForChapters,
  };
  // Only a name with a season has the keys: every other episode reads as it did.
  if (name.season !== undefined) {
    episode.season = name.season;
    episode.seasonText = name.seasonText ?? null;
  }
  // The lines as split, for Detect, which reads them again (splitting a long note twice cost it).
  return { episode, headings: { named, title }, lines };
}

/**
 * The items outside git's conflict markers (merge-conflict.ts). Inside, each side holds its
 * own copy of an item, ticked on one and open on the other: counting both doubled the list
 * (prep 2/6 for four items) and counting one side would pick a winner the user has not
 * picked. So the conflict's items count for nothing, are nobody's next item and cannot be
 * ticked from the lists until the note is resolved, and the warning says how many that is.
 */
function withoutConflictItems(tasks: TaskItem[], conflicts: readonly MergeConflict[], warnings: ReaderWarning[]): TaskItem[] {
  if (conflicts.length === 0) return tasks;
  const kept = tasks.filter((task) => !inConflict(conflicts, task.line));
  warnings.push({ kind: "merge", message: mergeConflictMessage(conflicts, tasks.length - kept.length) });
  return kept;
}

/** The marker's value: a show name/code, true, false (opt out) or null (no marker). */
function markerOf(frontmatter: Readonly<Record<string, YamlValue>>): string | boolean | null {
  const key = Object.keys(frontmatter).find((k) => canonicalKey(k) === MARKER_KEY);
  if (key === undefined) return null;
  const value = frontmatter[key];
  if (value === false || value === "false" || value === "no") return false;
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return true;
}
