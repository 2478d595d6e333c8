// Reading one note into an Episode: the rules every other part of the plugin relies on.
import type { Episode, Guest, NameParts, Section, TaskItem } from "../types";
import { readFrontmatter, frontmatterText, frontmatterOf, type FrontmatterSource } from "./frontmatter";
import { scanBody, type Scan } from "./scan";
import { nearSingleColonKey } from "./scan-inline";
import { splitLines, stripBom } from "../text/lines";
import { canonicalKey } from "./fields";
import { guestKeySet } from "./guest-keys";
import { parseGuestProperty, parseGuestValue } from "./guests";
import { phaseMatcher, type PhaseMatcher } from "./phases";
import { parseFileName, topicOf } from "./file-name";
import { dateValueIn, parseClockTime, parseDateValue } from "./dates";
import { episodeChapters, DEFAULT_TIMESTAMP_MATCHER } from "../live/episode-chapters";
import { liveMarks } from "../live/live-state";
import { isChapterTask } from "../live/after-show";
import { emptyRecord, ownValue } from "../records";
import { readLineDue } from "../deadlines/line-due";
import { shownText } from "./shown-text";
import { statusValue } from "./status-value";
import { oneColonKeys } from "./one-colon";
import { andWordsFor } from "./and-words";
import { propertyAt, TIME_EXAMPLE, writtenValue } from "./property-line";
import type { YamlValue } from "../types";
import type { ReaderWarning } from "./reader-warning";

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
  const opts = { ...defaultReadOptions(), ...options };
  const body = stripBom(text);
  const lines = splitLines(body);
  const frontmatter = readFrontmatter(lines, frontmatterOf(frontmatterSource));
  const { guestKeys, colonKeys, hintStarts } = keysOf(opts.guestFields);
  // Whole-note checks first: a note without `::` has no inline field on any line.
  const scan = scanBody(lines, frontmatter.bodyStart, {
    fields: body.indexOf("::") >= 0,
    templateTags: body.indexOf("<%") >= 0 || body.indexOf("{{") >= 0,
    oneColonKeys: colonKeys.size > 0 ? colonKeys : undefined,
    comments: body.indexOf("%%") >= 0 || body.indexOf("<!--") >= 0,
    hintStarts,
  });
  // Each warning with its kind where it is made: what shows it matches on the kind, not the words.
  const warnings: ReaderWarning[] = [];
  for (const message of frontmatter.warnings) warnings.push({ kind: "properties", message });
  for (const message of scan.warnings) warnings.push({ kind: "body", message });

  const sections = buildSections(scan, opts.phases);
  // Section 0 is the part before the first heading, so scan's section numbers index `sections`.
  const tasks: TaskItem[] = scan.tasks;
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

  const andWords = andWordsFor(opts.language ?? "");
  const guests: Guest[] = [];
  const placeholders: string[] = [];
  let hasGuestField = false;
  for (const [key, value] of Object.entries(frontmatter.data)) {
    if (!guestKeys.has(canonicalKey(key))) continue;
    hasGuestField = true;
    const parsed = parseGuestProperty(value, andWords);
    // One push per guest, not push(...list): spreading a frontmatter list of a few hundred
    // thousand names into arguments overflowed the stack and readEpisode threw.
    for (const guest of parsed.guests) guests.push(guest);
    for (const placeholder of parsed.placeholders) placeholders.push(placeholder);
  }
  // No prototype: a field called `Constructor::` or `[__proto__:: x]` is a field like any
  // other (with `{}`, `fields.constructor` was a function and readEpisode threw).
  const fields = emptyRecord<string[]>();
  for (const field of scan.fields) {
    const key = canonicalKey(field.key);
    if (key === "") continue;
    // A one-colon field is read only because the show names it a guest field; it is no
    // Dataview field, so it stays out of `fields`.
    const oneColon = field.valueAt !== undefined;
    if (!oneColon) {
      const values = ownValue(fields, key);
      if (values) values.push(field.value);
      else fields[key] = [field.value];
    }
    if (!oneColon && !guestKeys.has(key)) continue;
    hasGuestField = true;
    const parsed = parseGuestValue(field.value, andWords);
    for (const guest of parsed.guests) guests.push(guest);
    for (const placeholder of parsed.placeholders) placeholders.push(placeholder);
  }
  if (placeholders.length > 0 && guests.length === 0) {
    warnings.push({ kind: "guest", message: `The guest is still the template's placeholder (${placeholders.map((p) => `"${p}"`).join(", ")}).` });
  }
  if (!hasGuestField) {
    // `Invitado(s):` is near a field named Invitado(s), Invitados or Invitado.
    // Without a closing `(s)` the second form is the first: not worked out again for every `Key:` line.
    const isNear = (key: string) => guestKeys.has(canonicalKey(key)) || (/\(s\)$/i.test(key) && guestKeys.has(canonicalKey(key.slice(0, -3))));
    const near = nearSingleColonKey(scan, isNear);
    if (near) {
      warnings.push({
        kind: "guest",
        message: `Line ${near.line + 1} says "${near.key}:" with one colon; a guest field needs two ("${near.key}::"). To read it as written, add "${near.key}:" (with its colon) to the show's guest fields.`,
      });
    }
  }

  const basename = basenameOf(path);
  const name = opts.parseName(basename);
  // Own values only: the frontmatter may come from a parser whose objects have a prototype.
  const { date, time: dateTime } = episodeDate(ownValue(frontmatter.data, "date"), name.date, opts.timeZone, warnings);
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
  return episode;
}

interface GuestFieldKeys {
  guestKeys: ReadonlySet<string>;
  colonKeys: ReadonlySet<string>;
  hintStarts: ReadonlySet<number> | undefined;
}

/**
 * Worked out once per list of guest field names (a show's setting), not once per note; by
 * the names, not the array, which a settings screen may change in place. Bounded.
 */
const keysCache = new Map<string, GuestFieldKeys>();

function keysOf(guestFields: readonly string[]): GuestFieldKeys {
  const id = guestFields.join("\n");
  let keys = keysCache.get(id);
  if (!keys) {
    const guestKeys = guestKeySet(guestFields);
    keys = { guestKeys, colonKeys: oneColonKeys(guestFields), hintStarts: hintStartsOf(guestKeys) };
    if (keysCache.size >= 100) keysCache.clear();
    keysCache.set(id, keys);
  }
  return keys;
}

/**
 * The first characters of the guest keys, for the one-colon hint: only a line whose key
 * starts so is searched for its colon (a checklist's items are not). Undefined (every line)
 * when a key starts with a non-ASCII character.
 */
function hintStartsOf(guestKeys: ReadonlySet<string>): ReadonlySet<number> | undefined {
  const starts = new Set<number>();
  for (const key of guestKeys) {
    const c = key.charCodeAt(0);
    if (c >= 128) return undefined;
    if (!Number.isNaN(c)) starts.add(c);
  }
  return starts;
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

/**
 * Sections in document order; a heading naming no phase inherits its parent's. A heading in
 * a quote or callout is no heading to Obsidian (scan.ts): its items keep the phase of the
 * heading above, and it ends no section's phase.
 */
function buildSections(scan: Scan, matcher: PhaseMatcher): Section[] {
  const sections: Section[] = [
    { heading: null, level: 0, line: -1, phase: "other", done: 0, total: 0, cancelled: 0 },
  ];
  const stack: { level: number; phase: Section["phase"] }[] = [];
  for (const heading of scan.headings) {
    if (heading.quoted) {
      const phase = stack[stack.length - 1]?.phase ?? "other";
      sections.push({ heading: heading.text, level: heading.level, line: heading.line, phase, done: 0, total: 0, cancelled: 0 });
      continue;
    }
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= heading.level) stack.pop();
    // Words in a comment after the heading (`## Pre-show %% then the after-show list %%`) name no phase.
    const phase = matcher.match(heading.shown ?? heading.text) ?? stack[stack.length - 1]?.phase ?? "other";
    stack.push({ level: heading.level, phase });
    sections.push({ heading: heading.text, level: heading.level, line: heading.line, phase, done: 0, total: 0, cancelled: 0 });
  }
  return sections;
}

const UTC_OFFSET = /^(?:Z|[+-]00:?00)$/i;

function episodeDate(
  value: unknown,
  nameDate: string | null,
  timeZone: string | undefined,
  warnings: ReaderWarning[],
): { date: string | null; time: string | null } {
  const text = typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
  if (text !== "") {
    const parsed = parseDateValue(text);
    // Midnight UTC is a day, not an instant: tools that store dates through an ISO instant
    // (`2026-03-04T00:00:00.000Z`, as JavaScript's toISOString writes) mean 4 March, which
    // in New York would read as 3 March at 19:00.
    if (parsed && parsed.time === "00:00" && parsed.zone !== null && UTC_OFFSET.test(parsed.zone)) return { date: parsed.date, time: null };
    // `18:00:00Z` is an instant: shown in the show's zone, as every other time is.
    const there = parsed && timeZone ? dateValueIn(parsed, timeZone) : null;
    if (there) return { date: there.date, time: there.time };
    if (parsed) return { date: parsed.date, time: parsed.time };
    warnings.push({ kind: "date", message: `The frontmatter date "${text}" is not a date like 2024-01-05${nameDate ? "; the date in the file name is used" : ""}.` });
  }
  return { date: nameDate, time: null };
}

/**
 * A separate `time: 13:00` property (written by the built-in template; `6pm` and `6:30 PM`
 * as hosts type it are read too). One that cannot
 * be read is reported through `unread`: the sidebar, agenda and snippets would otherwise
 * use the show's usual hour without a word. An empty `time:` is no time, not a wrong one.
 */
function frontmatterTime(value: unknown, unread: ((value: unknown) => void) | null): string | null {
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return null;
  const time = typeof value === "string" ? parseClockTime(value) : null;
  if (time === null) unread?.(value);
  return time;
}

/** The warning for an unreadable time, naming its line as the invite export's refusal does (snippets/invite-start.ts). */
function timeWarning(lines: readonly string[], bodyStart: number, warnings: ReaderWarning[]): (value: unknown) => void {
  return (value) => {
    const at = propertyAt(lines, bodyStart, "time");
    warnings.push({ kind: "time", message: `The frontmatter time “${writtenValue(at?.text, value)}”${at ? ` (line ${at.line})` : ""} ${TIME_EXAMPLE}; the show's usual time is used.` });
  };
}

/** Deadline problems listed per note before the rest are only counted. */
const MAX_DUE_WARNINGS = 10;

/**
 * An open item's own deadline, kept on the item, and its text without the deadline (as
 * the Tasks plugin shows it: lists and snippets want "Send the invite", not the date);
 * what cannot be read stays in the text and is noted in `problems`.
 */
function readDue(task: TaskItem, problems: string[] | null): void {
  const due = readLineDue(task.text);
  if (due.date) task.due = due.date.value;
  else if (due.offset) task.dueOffset = due.offset.offset;
  task.text = shownText(task.text, due.spans);
  if (problems && due.problems.length > 0) problems.push(`Line ${task.line + 1}: ${due.problems.join(" ")} The item's phase deadline is used.`);
}

/** The first problems as warnings, the rest counted: a note of many bad lines gets one more line, not thousands. */
function dueWarnings(problems: readonly string[]): string[] {
  if (problems.length <= MAX_DUE_WARNINGS) return [...problems];
  const more = problems.length - MAX_DUE_WARNINGS;
  return [...problems.slice(0, MAX_DUE_WARNINGS), `${more} more item${more === 1 ? "" : "s"} have deadlines that cannot be read.`];
}

function dedupeGuests(guests: Guest[]): Guest[] {
  const seen = new Set<string>();
  return guests.filter((g) => {
    const key = g.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
