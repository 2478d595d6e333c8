// Reading one note into an Episode: the rules every other part of the plugin relies on.
import type { Episode, Guest, NameParts, Section, TaskItem } from "../types";
import { readFrontmatter, frontmatterText, frontmatterOf, type FrontmatterSource } from "./frontmatter";
import { scanBody, type Scan } from "./scan";
import { splitLines, stripBom } from "../text/lines";
import { canonicalKey } from "./fields";
import { parseGuestProperty, parseGuestValue } from "./guests";
import { phaseMatcher, type PhaseMatcher } from "./phases";
import { parseFileName, topicOf } from "./file-name";
import { parseDateValue } from "./dates";
import { episodeChapters, DEFAULT_TIMESTAMP_MATCHER } from "../live/episode-chapters";
import { liveMarks } from "../live/live-state";
import { isChapterTask } from "../live/after-show";
import { emptyRecord, ownValue } from "../records";
import type { YamlValue } from "../types";

export const DEFAULT_GUEST_FIELDS: readonly string[] = ["Guest", "Guests"];

/** Frontmatter key that marks a note as an episode; its value names the show. */
export const MARKER_KEY = "office-hours";

export interface ReadOptions {
  /** Field names that hold guests, compared the Dataview way. */
  guestFields: readonly string[];
  phases: PhaseMatcher;
  /** Parse the file name with a show's own pattern before the general rules. */
  parseName: (basename: string) => NameParts;
  /** Tells a Timestamps heading (configurable per show, like the phases). */
  isTimestampHeading: (heading: string) => boolean;
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
  // Whole-note checks first: a note without `::` has no inline field on any line.
  const scan = scanBody(lines, frontmatter.bodyStart, {
    fields: body.indexOf("::") >= 0,
    templateTags: body.indexOf("<%") >= 0 || body.indexOf("{{") >= 0,
  });
  const warnings = [...frontmatter.warnings, ...scan.warnings];

  const sections = buildSections(scan, opts.phases);
  // Section 0 is the part before the first heading, so scan's section numbers index `sections`.
  const tasks: TaskItem[] = scan.tasks;
  let done = 0;
  let total = 0;
  let cancelled = 0;
  let next: TaskItem | null = null;
  for (const task of tasks) {
    const section = sections[task.section];
    if (!section) continue;
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
    } else if (next === null) next = task;
  }

  const guestKeys = new Set(opts.guestFields.map(canonicalKey));
  const guests: Guest[] = [];
  const placeholders: string[] = [];
  let hasGuestField = false;
  for (const [key, value] of Object.entries(frontmatter.data)) {
    if (!guestKeys.has(canonicalKey(key))) continue;
    hasGuestField = true;
    const parsed = parseGuestProperty(value);
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
    const values = ownValue(fields, key);
    if (values) values.push(field.value);
    else fields[key] = [field.value];
    if (!guestKeys.has(key)) continue;
    hasGuestField = true;
    const parsed = parseGuestValue(field.value);
    for (const guest of parsed.guests) guests.push(guest);
    for (const placeholder of parsed.placeholders) placeholders.push(placeholder);
  }
  if (placeholders.length > 0 && guests.length === 0) {
    warnings.push(`The guest is still the template's placeholder (${placeholders.map((p) => `"${p}"`).join(", ")}).`);
  }
  if (!hasGuestField) {
    const near = scan.singleColonKeys.find((k) => guestKeys.has(canonicalKey(k.key.replace(/\(s\)$/i, ""))));
    if (near) {
      warnings.push(
        `Line ${near.line + 1} says "${near.key}:" with one colon; a guest field needs two ("${near.key}::").`,
      );
    }
  }

  const basename = basenameOf(path);
  const name = opts.parseName(basename);
  // Own values only: the frontmatter may come from a parser whose objects have a prototype.
  const { date, time: dateTime } = episodeDate(ownValue(frontmatter.data, "date"), name.date, warnings);
  const time = dateTime ?? frontmatterTime(ownValue(frontmatter.data, "time"));
  const live = liveMarks(frontmatter.data);
  const chapters = episodeChapters(lines, scan.headings, opts.isTimestampHeading, live);
  const asksForChapters = tasks.some((t) => sections[t.section]?.phase === "after" && isChapterTask(t.text));

  return {
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
    warnings,
    chapters: chapters.chapters,
    chapterProblems: chapters.problems,
    timestampsLine: chapters.heading,
    live,
    marker: markerOf(frontmatter.data),
    status: frontmatterText(ownValue(frontmatter.data, "status")),
    asksForChapters,
  };
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

/** Sections in document order; a heading naming no phase inherits its parent's. */
function buildSections(scan: Scan, matcher: PhaseMatcher): Section[] {
  const sections: Section[] = [
    { heading: null, level: 0, line: -1, phase: "other", done: 0, total: 0, cancelled: 0 },
  ];
  const stack: { level: number; phase: Section["phase"] }[] = [];
  for (const heading of scan.headings) {
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= heading.level) stack.pop();
    const phase = matcher.match(heading.text) ?? stack[stack.length - 1]?.phase ?? "other";
    stack.push({ level: heading.level, phase });
    sections.push({ heading: heading.text, level: heading.level, line: heading.line, phase, done: 0, total: 0, cancelled: 0 });
  }
  return sections;
}

function episodeDate(
  value: unknown,
  nameDate: string | null,
  warnings: string[],
): { date: string | null; time: string | null } {
  const text = typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
  if (text !== "") {
    const parsed = parseDateValue(text);
    if (parsed) return { date: parsed.date, time: parsed.time };
    warnings.push(`The frontmatter date "${text}" is not a date like 2024-01-05${nameDate ? "; the date in the file name is used" : ""}.`);
  }
  return { date: nameDate, time: null };
}

/** A separate `time: 13:00` property (written by the built-in template). */
function frontmatterTime(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const m = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return `${(m[1] ?? "").padStart(2, "0")}:${m[2] ?? "00"}`;
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
