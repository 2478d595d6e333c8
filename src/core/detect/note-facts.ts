// One note read for detection: its name's shape, whether it is a template, the keys
// written near its top (where guest fields live), the headings that hold tasks, its
// date and the lines that can state a schedule. Read once, used by every rule. The lines
// are read as Obsidian shows them: a `Guest::`, a schedule or a link inside a comment is
// no evidence (the items and headings come from the reader, which skips comments too).
import { readEpisodeHeadings, basenameOf } from "../note/episode";
import type { FrontmatterSource } from "../note/frontmatter";
import { visibleLines } from "../note/visible-lines";
import { hasCommentMarker } from "../note/comments";
import { lineStates } from "../index-note/line-states";
import type { Episode, Phase } from "../types";
import { normalizeHeading } from "../note/phases";
import { nameShape, type NameShape } from "./name-shape";

export interface TopKey {
  /** The key as written, decoration removed: "Guest", "Invitado(s)". */
  key: string;
  /** 2 for a Dataview field (`Guest::`), 1 for a plain `Invitado(s):` line, 0 for a property. */
  colons: 0 | 1 | 2;
  value: string;
}

export interface TaskHeading {
  text: string;
  /** The phase the default phrases give it, or inherit from the heading above. */
  phase: Phase;
  /** True when the heading itself names a phase (or "talking points"-like "other"). */
  named: boolean;
  /** Neither the heading nor one above it names a phase: the defaults leave its tasks out of every phase. */
  orphan: boolean;
  tasks: number;
  /** The note's title (its only `#` heading): the episode's name, never a phase heading to propose. */
  title: boolean;
}

export interface NoteFacts {
  path: string;
  folder: string;
  basename: string;
  shape: NameShape | null;
  /**
   * The shape of a name with a number and no topic ("LS 42"), kept apart from `shape`: such a
   * note joins a series of its folder with the same code, but is no name anything else
   * (index notes, links, patterns) should count ("Note 12" in a vault of ordinary notes).
   */
  bareShape: NameShape | null;
  isTemplate: boolean;
  /** `office-hours: false` in the frontmatter: the user said this is not an episode. */
  optedOut: boolean;
  date: string | null;
  /** `HH:mm` when the frontmatter date or time property carries one. */
  time: string | null;
  keys: TopKey[];
  /** Headings that hold task items, in order (the part before the first heading is left out). */
  taskHeadings: TaskHeading[];
  /** Every heading, normalised: what a template is compared by. */
  headings: string[];
  tasks: number;
  /** The note's lines, the body as shown: a line inside a comment is empty, commented text blanked. */
  lines: readonly string[];
  /** Index of the first body line. */
  bodyStart: number;
}

/** How far down a note guest keys are looked for: they sit under the title, above the checklists. */
const TOP_LINES = 40;
// The colon may sit inside the bold ("**Guest:** Dana Kim"), as the reader allows.
const KEY_LINE = /^\s*(?:[-*+>]\s+)?(?:\*\*|__)?([\p{L}][\p{L}\p{N} _()/.'-]{0,38}?)(?:\*\*|__)?\s*(::?)(?:\*\*|__)?(?:\s+(.*))?$/u;
const TEMPLATE_FOLDER = /^[_.@-]?templates?$/i;

export function folderOf(path: string): string {
  const at = path.lastIndexOf("/");
  return at < 0 ? "" : path.slice(0, at);
}

export function isUnderFolder(path: string, folder: string): boolean {
  return folder === "" || path === folder || path.startsWith(`${folder}/`);
}

/**
 * `timeZone`: the zone a date naming its own (`…T18:00:00Z`) is read on, as the reader does for
 * a show: the device's, which is also the zone Detect proposes when the notes state none.
 */
export function readNoteFacts(path: string, text: string, templateFolders: readonly string[], frontmatter: FrontmatterSource, timeZone?: string): NoteFacts {
  const { episode, headings, lines: written } = readEpisodeHeadings(path, text, timeZone === undefined ? {} : { timeZone }, frontmatter);
  const basename = basenameOf(path);
  const anyShape = nameShape(basename);
  const bare = anyShape !== null && anyShape.kind === "numbered" && anyShape.title === "";
  const shape = bare ? null : anyShape;
  const folder = folderOf(path);
  const inTemplateFolder =
    templateFolders.some((f) => f !== "" && isUnderFolder(path, f)) || folder.split("/").some((segment) => TEMPLATE_FOLDER.test(segment));
  // A template is a note episodes are made from: in a template folder, or named as one, or
  // holding template commands. A name the reader numbers ("LS 42") is an episode's, as the
  // plugin classifies it, even with commands left in it: a note made from a template whose
  // commands never ran, which must not become the show's template (its episodes would then
  // be made from an unfilled copy, and it would stop counting as an episode).
  const named = episode.number !== null || (anyShape !== null && anyShape.kind !== "code-only");
  const isTemplate = inTemplateFolder || (!named && (/\btemplates?\b/i.test(basename) || episode.hasTemplateTags));
  const bodyStart = bodyStartOf(written);
  // One search of the text: most notes have no comment, and their lines are already as shown.
  const lines = hasCommentMarker(text) ? visibleLines(written, bodyStart) : written;
  return {
    path,
    folder,
    basename,
    shape,
    bareShape: bare ? anyShape : null,
    isTemplate,
    optedOut: markerOptOut(episode),
    date: episode.date,
    time: episode.time,
    keys: [...propertyKeys(episode), ...topKeys(lines, bodyStart)],
    taskHeadings: taskHeadings(episode, headings.named, headings.title),
    headings: episode.sections.flatMap((s) => (s.heading === null ? [] : [normalizeHeading(s.heading)])),
    tasks: episode.total + episode.cancelled,
    lines,
    bodyStart,
  };
}

function bodyStartOf(lines: readonly string[]): number {
  if (lines[0]?.trimEnd() !== "---") return 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]?.trimEnd();
    if (line === "---" || line === "...") return i + 1;
  }
  return 0;
}

function markerOptOut(episode: Episode): boolean {
  const value = episode.frontmatter["office-hours"];
  return value === false || value === "false" || value === "no";
}

function propertyKeys(episode: Episode): TopKey[] {
  const keys: TopKey[] = [];
  for (const [key, value] of Object.entries(episode.frontmatter)) {
    const text = typeof value === "string" ? value : Array.isArray(value) ? value.filter((v) => typeof v === "string").join(", ") : "";
    keys.push({ key, colons: 0, value: text });
  }
  return keys;
}

/**
 * `Key:: value` and `Key: value` lines near the top of the body (not inside code, not URLs).
 * Code is read by the reader's rule (blocks.ts): a ``` line inside a ~~~ block closes
 * nothing. `lines` are already as shown (no comment left outside code), and a code block
 * does not count towards how far down keys are looked for: the checklists sit no lower.
 */
function topKeys(lines: readonly string[], bodyStart: number): TopKey[] {
  const keys: TopKey[] = [];
  const code = codeLines(lines, bodyStart);
  let looked = 0;
  for (let n = bodyStart; n < lines.length && looked < TOP_LINES; n++) {
    if (code(n)) continue;
    looked++;
    const line = lines[n] ?? "";
    if (line.length > 400) continue;
    const m = KEY_LINE.exec(line);
    if (!m) continue;
    const key = (m[1] ?? "").trim();
    // "https://…" and "Note: see below" are not keys: a key is short and has no sentence punctuation.
    if (key === "" || /^https?$/i.test(key) || key.split(/\s+/).length > 4) continue;
    keys.push({ key, colons: m[2] === "::" ? 2 : 1, value: (m[3] ?? "").trim() });
  }
  return keys;
}

/** Whether a body line is fenced code (its fence lines included), as the reader reads it. */
export function codeLines(lines: readonly string[], bodyStart: number): (n: number) => boolean {
  if (!lines.some((line) => line.includes("```") || line.includes("~~~"))) return () => false;
  const states = lineStates(lines, bodyStart);
  // lineStates counts the frontmatter as code (nothing may be written there); its lines are
  // properties to read, never a fenced block, so a caller reading them loses nothing.
  return (n) => n >= bodyStart && states[n]?.code === true;
}

/**
 * Whether a heading names a phase is the reader's answer (sections.ts), not a copy of its
 * rules: the title "# LS 16 - Show day" names none (only a title that is just a phase's
 * heading does), nor "### Wrap-up" in a running order. The title is never offered as a
 * phase heading of its own: its words are the episode's topic.
 */
function taskHeadings(episode: Episode, names: readonly (Phase | null)[], title: number): TaskHeading[] {
  const out: TaskHeading[] = [];
  // Headings above the current one, with whether each names a phase itself.
  const stack: { level: number; named: boolean }[] = [];
  episode.sections.forEach((section, index) => {
    if (section.heading === null) return;
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= section.level) stack.pop();
    const named = (names[index] ?? null) !== null;
    const orphan = !named && !stack.some((s) => s.named);
    stack.push({ level: section.level, named });
    const tasks = section.total + section.cancelled;
    if (tasks > 0) out.push({ text: section.heading, phase: section.phase, named, orphan, tasks, title: index === title });
  });
  return out;
}
