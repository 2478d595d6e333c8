// Frontmatter: the block between `---` lines at the very top of a note. The core never
// parses its YAML: the shell hands over the properties its platform parsed (Obsidian's
// metadata cache in the plugin, a YAML library in the command-line tool), and the core
// only finds where the block ends and copies the few values it uses.
import type { YamlValue as PropertyValue } from "../types";
import { emptyRecord } from "../records";
import { aliasProblem, type AliasProblem } from "./alias-guard";

/** What a shell says about a note's frontmatter. */
export interface FrontmatterInput {
  /**
   * The parsed properties: Obsidian's `cache.frontmatter`, or the YAML library's result.
   * Undefined or null when the note has none or its YAML does not parse (Obsidian then
   * leaves `frontmatter` unset). Anything else that is not a plain mapping is no properties.
   */
  data?: unknown;
  /** Why the YAML did not parse, when the parser says (the plugin's cache does not). */
  error?: string;
  /**
   * The first body line (0-based), when the platform says where the block ends
   * (`frontmatterPosition.end.line + 1`). Found from the text otherwise.
   */
  bodyStart?: number;
  /**
   * Set by the core, never by a shell: the properties were refused because their aliases
   * loop or expand past a bound (`data` is then null, as for broken YAML).
   */
  aliases?: AliasProblem;
}

/** No frontmatter to hand over: notes the core makes itself (templates, demo notes). */
export const NO_FRONTMATTER: FrontmatterInput = {};

/** Handed over as it is, or parsed only when asked (the command-line tool parses lazily). */
export type FrontmatterSource = FrontmatterInput | (() => FrontmatterInput);

/** Inputs the alias guard has passed or refused already: each is walked once, however many readers ask. */
const guarded = new WeakSet<FrontmatterInput>();

/** The shell's frontmatter, with properties whose aliases loop or explode refused (see alias-guard.ts). */
export function frontmatterOf(source: FrontmatterSource): FrontmatterInput {
  return guard(typeof source === "function" ? source() : source);
}

function guard(input: FrontmatterInput): FrontmatterInput {
  if (guarded.has(input)) return input;
  const problem = aliasProblem(input.data);
  const result: FrontmatterInput = problem === null ? input : { bodyStart: input.bodyStart, data: null, aliases: problem };
  guarded.add(result);
  return result;
}

export interface Frontmatter {
  /** Own keys only, without a prototype (a key may be `__proto__` or `constructor`). */
  data: Record<string, PropertyValue>;
  /** Index of the first body line (0 when there is no frontmatter). */
  bodyStart: number;
  warnings: string[];
}

function isFence(line: string | undefined): boolean {
  return line !== undefined && line.trimEnd() === "---";
}

/** The line that closes the frontmatter (`---` or `...`), or -1 when the note has none. */
export function frontmatterClose(lines: readonly string[]): number {
  if (!isFence(lines[0])) return -1;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (isFence(line) || line?.trimEnd() === "...") return i;
  }
  return -1;
}

/** Where the body of a note given as lines starts: after the closing fence, else 0. */
export function bodyStartOf(lines: readonly string[]): number {
  return frontmatterClose(lines) + 1;
}

/**
 * The frontmatter of a note given as lines, with the properties the shell parsed. Broken
 * YAML keeps the rest of the note readable and adds a warning, as before; like Obsidian,
 * no property is read from it.
 */
export function readFrontmatter(lines: readonly string[], given: FrontmatterInput): Frontmatter {
  const input = guard(given);
  const opens = isFence(lines[0]);
  const close = frontmatterClose(lines);
  if (opens && close < 0) {
    // Obsidian shows such a note without properties; the body is read from line 1.
    return {
      data: emptyRecord(),
      bodyStart: 0,
      warnings: ["The frontmatter starts with --- but is never closed by another --- line, so it was read as text."],
    };
  }
  const bodyStart = close < 0 ? 0 : (platformBodyStart(input.bodyStart, lines) ?? close + 1);
  const data = ownProperties(input.data);
  const warnings: string[] = [];
  if (input.aliases !== undefined) {
    const line = close > 0 ? keyLine(lines, close, input.aliases.key) : -1;
    warnings.push(`${input.aliases.reason}${line > 0 ? `, line ${line}` : ""}, so none of the properties were read.`);
  } else if (close > 0 && data === null && (input.error !== undefined || hasContent(lines, close))) {
    // The shell says why when its parser does; Obsidian's cache only leaves `frontmatter` unset.
    warnings.push(
      input.error === undefined
        ? "The frontmatter is not valid YAML properties, so none of them were read."
        : `The frontmatter is not valid YAML (${clip(input.error)}), so none of its properties were read.`,
    );
  }
  return { data: data ?? emptyRecord(), bodyStart, warnings };
}

/**
 * The platform's body start, when the line before it closes a frontmatter in this very
 * text: a cache made from an older version of the note may point elsewhere.
 */
function platformBodyStart(value: number | undefined, lines: readonly string[]): number | null {
  if (value === undefined || !Number.isInteger(value) || value < 2 || value > lines.length) return null;
  const closing = lines[value - 1]?.trimEnd();
  return closing === "---" || closing === "..." ? value : null;
}

/**
 * The note's line number (1-based) where a top-level key is written, or -1: the first line
 * of the block at its own indentation that starts with the key (plain or quoted) and a
 * colon. Found in the text itself, so it is only given when that text really holds the key.
 */
function keyLine(lines: readonly string[], close: number, key: string | null): number {
  if (key === null) return -1;
  const forms = [key, JSON.stringify(key), `'${key.replace(/'/g, "''")}'`];
  for (let i = 1; i < close; i++) {
    const text = lines[i] ?? "";
    if (text.startsWith(" ") || text.startsWith("\t")) continue;
    if (forms.some((form) => text.startsWith(form) && /^[ \t]*:/.test(text.slice(form.length)))) return i + 1;
  }
  return -1;
}

/** Any line between the fences that is not blank or a comment: an empty block is no error. */
function hasContent(lines: readonly string[], close: number): boolean {
  for (let i = 1; i < close; i++) {
    const text = lines[i]?.trim() ?? "";
    if (text !== "" && !text.startsWith("#")) return true;
  }
  return false;
}

/**
 * A parser's mapping copied into a record without a prototype, own enumerable keys only,
 * one level deep (values are kept as the parser made them; nothing here recurses into
 * them). Null for anything that is not a mapping.
 */
export function ownProperties(value: unknown): Record<string, PropertyValue> | null {
  if (value === null || typeof value !== "object" || Array.isArray(value) || value instanceof Date) return null;
  const data = emptyRecord<PropertyValue>();
  for (const key of Object.keys(value)) data[key] = (value as Record<string, PropertyValue>)[key] ?? null;
  return data;
}

/** A frontmatter value as a single trimmed string, or null when empty or not text. */
export function frontmatterText(value: unknown): string | null {
  if (typeof value === "string") {
    const trimmed = value.trim();
    return trimmed === "" ? null : trimmed;
  }
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

function clip(text: string): string {
  const line = text.split("\n")[0] ?? "";
  return line.length > 120 ? line.slice(0, 120) + "…" : line;
}
