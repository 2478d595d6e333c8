// Filling a template without running any code. Understood forms:
//   {{name}}  {{date}}  {{date:YYYY-MM-DD}}  {{time}}  {{time:HH:mm}}   (core Templates style + ours)
//   <% tp.file.title %>   <% tp.date.now("YYYY-MM-DD") %>   <% tp.date.now("YYYY-MM-DD", 7) %>
//   <% tp.frontmatter.key %>   <% tp.frontmatter["key with spaces"] %>   (Templater style)
// Anything else (other Templater calls, `<%* … %>` scripts, unknown names) is left
// exactly as written and reported, so the user can see what was not filled.
import type { YamlValue } from "../types";
import { formatDate } from "../time/format-date";

export interface TemplateValues {
  /** Plain values by lower-case name: {{show}}, {{guests}}, … */
  fields: Record<string, string>;
  /** The episode's start, for {{date:…}} and {{time:…}}; null when it has no date yet. */
  start: Date | null;
  /** The moment of creation, for tp.date.now. */
  now: Date;
  timeZone: string;
  locale: string;
}

export interface Rendered {
  text: string;
  /** Tags left as written, each once, in order of appearance. */
  unresolved: string[];
}

/** Render a whole note: frontmatter values are quoted for YAML where needed. */
export function renderTemplate(template: string, values: TemplateValues): Rendered {
  const unresolved: string[] = [];
  const { head, body } = splitHead(template);
  const headText = head === null ? null : fill(head, values, unresolved, {}, true);
  const frontmatter = headText === null ? {} : readFlatFrontmatter(headText);
  const bodyText = fill(body, values, unresolved, frontmatter, false);
  return { text: headText === null ? bodyText : headText + bodyText, unresolved: [...new Set(unresolved)] };
}

/** Render a short text (a snippet or a file name) with the same rules. */
export function renderText(template: string, values: TemplateValues, frontmatter: Record<string, YamlValue> = {}): Rendered {
  const unresolved: string[] = [];
  const text = fill(template, values, unresolved, frontmatter, false);
  return { text, unresolved: [...new Set(unresolved)] };
}

function splitHead(template: string): { head: string | null; body: string } {
  if (!/^---\r?\n/.test(template)) return { head: null, body: template };
  const close = /\r?\n---[ \t]*(\r?\n|$)/.exec(template.slice(3));
  if (!close) return { head: null, body: template };
  const end = 3 + close.index + close[0].length;
  return { head: template.slice(0, end), body: template.slice(end) };
}

function fill(
  text: string,
  values: TemplateValues,
  unresolved: string[],
  frontmatter: Record<string, YamlValue>,
  inYaml: boolean,
): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const curly = text.indexOf("{{", i);
    const angle = text.indexOf("<%", i);
    const at = curly < 0 ? angle : angle < 0 ? curly : Math.min(curly, angle);
    if (at < 0) break;
    const isCurly = at === curly;
    const close = text.indexOf(isCurly ? "}}" : "%>", at + 2);
    if (close < 0) break;
    const tag = text.slice(at, close + 2);
    const inner = text.slice(at + 2, close);
    const value = isCurly ? curlyValue(inner, values) : templaterValue(inner, values, frontmatter);
    out += text.slice(i, at);
    if (value === null) {
      unresolved.push(tag);
      out += tag;
    } else {
      out += inYaml ? yamlSafe(value, text, at, close + 2) : value;
    }
    i = close + 2;
  }
  return out + text.slice(i);
}

function curlyValue(inner: string, values: TemplateValues): string | null {
  const trimmed = inner.trim();
  const colon = trimmed.indexOf(":");
  const name = (colon >= 0 ? trimmed.slice(0, colon) : trimmed).trim().toLowerCase();
  const format = colon >= 0 ? trimmed.slice(colon + 1) : null;
  if ((name === "date" || name === "time") && format !== null) {
    return values.start ? formatDate(values.start, values.timeZone, format, values.locale) : "";
  }
  if (colon >= 0) {
    // {{time:Europe/Berlin}} style zone conversions are snippet features, handled there.
    return null;
  }
  const value = values.fields[name];
  return value === undefined ? null : value;
}

const NOW_CALL = /^tp\.date\.now\(\s*(?:(["'])(.*?)\1)?\s*(?:,\s*(-?\d{1,5})\s*)?\)$/;
const FRONTMATTER_DOT = /^tp\.frontmatter\.([\p{L}\p{N}_-]+)$/u;
const FRONTMATTER_INDEX = /^tp\.frontmatter\[\s*(["'])(.*?)\1\s*\]$/;

function templaterValue(inner: string, values: TemplateValues, frontmatter: Record<string, YamlValue>): string | null {
  // `<%* … %>` runs JavaScript in Templater: never here.
  if (inner.startsWith("*")) return null;
  const expression = inner.replace(/^[-_]/, "").replace(/[-_]$/, "").trim();
  if (expression === "tp.file.title") return values.fields.title ?? null;
  const now = NOW_CALL.exec(expression);
  if (now) {
    const days = Number(now[3] ?? 0);
    const when = new Date(values.now.getTime() + days * 86_400_000);
    return formatDate(when, values.timeZone, now[2] ?? "YYYY-MM-DD", values.locale);
  }
  const key = FRONTMATTER_DOT.exec(expression)?.[1] ?? FRONTMATTER_INDEX.exec(expression)?.[2];
  if (key !== undefined) {
    const value = frontmatter[key];
    if (value === undefined) return null;
    return yamlText(value);
  }
  return null;
}

function yamlText(value: YamlValue): string {
  if (value === null) return "";
  if (Array.isArray(value)) return value.map(yamlText).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * A value placed in frontmatter must not change the YAML around it: when it is a whole
 * `key: {{value}}` scalar it is quoted if YAML would misread it.
 */
function yamlSafe(value: string, text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  let lineEnd = text.indexOf("\n", end);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd).replace(/\r$/, "");
  const wholeScalar = /^[\p{L}\p{N}_ -]+:\s*$/u.test(before) && after.trim() === "";
  if (!wholeScalar) return value.replace(/[\r\n]+/g, " ");
  if (value === "") return "";
  const plainSafe = /^[\p{L}\p{N}][^:#\r\n]*$/u.test(value) && !/\s$/.test(value);
  return plainSafe ? value : JSON.stringify(value);
}

/** The flat `key: value` pairs of rendered frontmatter, for tp.frontmatter. */
function readFlatFrontmatter(head: string): Record<string, YamlValue> {
  const data: Record<string, YamlValue> = {};
  for (const line of head.split(/\r?\n/)) {
    const m = /^([\p{L}\p{N}_ -]+):[ \t]*(.*)$/u.exec(line);
    if (!m || m[1] === undefined) continue;
    let value = (m[2] ?? "").trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) {
      try {
        value = String(JSON.parse(value));
      } catch {
        /* keep as written */
      }
    }
    data[m[1].trim()] = value;
  }
  return data;
}
