// Filling a template without running any code. Understood forms:
//   {{name}}  {{date}}  {{date:YYYY-MM-DD}}  {{time}}  {{time:HH:mm}}   (core Templates style + ours)
//   {{time:Europe/Berlin}}   (the start in another zone, "14:00 CET", as in snippets)
//   <% tp.file.title %>   <% tp.date.now("YYYY-MM-DD") %>   <% tp.date.now("YYYY-MM-DD", 7) %>
//   <% tp.frontmatter.key %>   <% tp.frontmatter["key with spaces"] %>   (Templater style)
// Anything else (other Templater calls, `<%* … %>` scripts, unknown names) is left
// exactly as written and reported, so the user can see what was not filled.
import type { YamlValue } from "../../types";
import { formatDate } from "../../time/format-date";
import { inZone, isValidTimeZone, wallReading, writtenAsZone } from "../../time/zone-clock";
import { zoneAbbreviation } from "../../time/zone-abbreviation";
import { zonedToInstant } from "../../time/zoned-to-instant";
import { addDays } from "../../time/calendar-date";
import { placeholderLinkRoles, valueForLinkRole, type LinkRole } from "../../text/link-placeholders";
import { addHours, addMilliseconds, getMilliseconds, getSeconds } from "date-fns";
import { ownValue } from "../../records";
import { pastedText } from "../../snippets/pasted-text";
import { readFlatFrontmatter, yamlText } from "./tp-frontmatter";
import { YamlLineReader, asFlowItem, inDoubleQuotes, inSingleQuotes, type YamlSpot } from "./yaml-spot";
import { NOT_TEXT, indentOf, isOneTag, opensBlockScalar, plainOrQuoted, plainValueLine } from "./plain-value";
import { keptTagLine, type KeptSpan } from "./kept-tag-value";
import { blockListItems, flowItems, listValue } from "./list-items";
import { skipAfter, trimBefore } from "./whitespace-control";

export interface TemplateValues {
  /** Plain values by lower-case name: {{show}}, {{guests}}, … */
  fields: Record<string, string>;
  /** The episode's start, for {{date:…}} and {{time:…}}; null when it has no date yet. */
  start: Date | null;
  /** The moment of creation, for tp.date.now. */
  now: Date;
  timeZone: string;
  locale: string;
  /** Values that are lists (the guests), by lower-case name: a whole YAML list item gets one item each (list-items.ts). */
  lists?: Readonly<Record<string, readonly string[]>>;
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
  const headText = head === null ? null : fillHead(head, values, unresolved);
  const frontmatter = headText === null ? {} : readFlatFrontmatter(headText);
  const bodyText = fill(body, values, unresolved, frontmatter, "text");
  return { text: headText === null ? bodyText : headText + bodyText, unresolved: [...new Set(unresolved)] };
}

/** Render a short text (a snippet or a file name) with the same rules. */
export function renderText(template: string, values: TemplateValues, frontmatter: Record<string, YamlValue> = {}): Rendered {
  const unresolved: string[] = [];
  const text = fill(template, values, unresolved, frontmatter, "text");
  return { text, unresolved: [...new Set(unresolved)] };
}

function splitHead(template: string): { head: string | null; body: string } {
  if (!/^---\r?\n/.test(template)) return { head: null, body: template };
  const close = /\r?\n---[ \t]*(\r?\n|$)/.exec(template.slice(3));
  if (!close) return { head: null, body: template };
  const end = 3 + close.index + close[0].length;
  return { head: template.slice(0, end), body: template.slice(end) };
}

/**
 * The YAML head, line by line: a plain value with tags in it is filled whole, then quoted
 * when YAML would misread it (plain-value.ts); lines of a block scalar (`key: |`) are its
 * text, filled as they are; every other line as fill's YAML mode places each tag.
 */
function fillHead(head: string, values: TemplateValues, unresolved: string[]): string {
  let blockIndent = -1;
  return head
    .split("\n")
    .map((line) => {
      if (blockIndent >= 0 && (line.trim() === "" || indentOf(line) > blockIndent)) return fill(line, values, unresolved, {}, "line");
      blockIndent = opensBlockScalar(line) ? indentOf(line) : -1;
      const items = blockIndent < 0 ? blockListItems(line, values) : null;
      if (items !== null) return items;
      const plain = blockIndent < 0 ? plainValueLine(line) : null;
      // A whole value of one tag is placed as YAML reads its spot, unless it is a tag left for
      // Templater: that one stays as written, and its own text may break the line
      // (`summary: <% tp.system.prompt("Topic: ") %>` is no YAML until Templater runs).
      if (plain === null || (isOneTag(plain.value) && plain.tail.trim() === "" && !leftForTemplater(plain.value, values))) return fill(line, values, unresolved, {}, "yaml");
      const kept: KeptSpan[] = [];
      const value = fill(plain.value, values, unresolved, {}, "value", kept);
      const tail = fill(plain.tail, values, unresolved, {}, "line");
      // A tag left for Templater (`<% tp.system.prompt("Topic: ") %>`) must stay as written:
      // quoting the value would escape the quotes inside it (kept-tag-value.ts).
      return kept.length > 0 ? keptTagLine(plain.prefix, value, kept, tail) : plain.prefix + plainOrQuoted(value) + tail;
    })
    .join("\n");
}

/** A `<% … %>` tag this plugin does not fill (the head's tags see no frontmatter yet). */
function leftForTemplater(tag: string, values: TemplateValues): boolean {
  return tag.startsWith("<%") && templaterValue(tag.slice(2, -2), values, {}) === null;
}

/**
 * How a value is put in: "yaml" for its spot in a line of YAML, "value" as it is (quoted
 * afterwards by fillHead), "line" with line breaks as spaces (a block scalar, a comment),
 * "text" for a note's body and short texts (a Markdown link's part made safe).
 */
type FillMode = "yaml" | "value" | "line" | "text";

function fill(
  text: string,
  values: TemplateValues,
  unresolved: string[],
  frontmatter: Record<string, YamlValue>,
  mode: FillMode,
  /** Filled with mode "value": where each tag left as written stands in the result. */
  kept?: KeptSpan[],
): string {
  const inYaml = mode === "yaml";
  let out = "";
  let i = 0;
  // A value inside a Markdown link of the template is made safe for its place (the YAML head has no links).
  const roles: ReadonlyMap<number, LinkRole> = mode === "text" ? placeholderLinkRoles(text) : new Map();
  // The next `{{` and `<%` at or after i, found again only once i has passed them:
  // searching both from i on every tag took quadratic time when one kind was far away
  // (or absent) and the other came many times.
  // Where each tag of the YAML head stands: inside quotes, a list item, or a whole scalar.
  const yaml = inYaml ? new YamlLineReader(text) : null;
  let curly = text.indexOf("{{");
  let angle = text.indexOf("<%");
  while (i < text.length) {
    if (curly >= 0 && curly < i) curly = text.indexOf("{{", i);
    if (angle >= 0 && angle < i) angle = text.indexOf("<%", i);
    const at = curly < 0 ? angle : angle < 0 ? curly : Math.min(curly, angle);
    if (at < 0) break;
    const isCurly = at === curly;
    const close = text.indexOf(isCurly ? "}}" : "%>", at + 2);
    // An opener with no closer after it is plain text, and so is every later one of its
    // kind; the other kind goes on (one stray "<%" used to leave every later tag unfilled).
    if (close < 0) {
      if (isCurly) curly = -1;
      else angle = -1;
      continue;
    }
    const tag = text.slice(at, close + 2);
    const inner = text.slice(at + 2, close);
    const value = isCurly ? curlyValue(inner, values) : templaterValue(inner, values, frontmatter);
    // A filled Templater tag applies its own whitespace marks (`<%- … -%>`); Templater will not see it.
    const trims = !isCurly && value !== null;
    out += trims ? trimBefore(text.slice(i, at), inner) : text.slice(i, at);
    const spot = yaml?.spotAt(at) ?? "other";
    yaml?.skipTo(close + 2);
    const items = isCurly && spot === "flow-item" && endsFlowItem(text, close + 2) ? listValue(inner, values) : null;
    if (items !== null) {
      out += flowItems(items);
      i = close + 2;
      continue;
    }
    if (value === null) {
      unresolved.push(tag);
      kept?.push([out.length, out.length + tag.length]);
      out += tag;
    } else {
      out += inYaml
        ? yamlSafe(value, text, at, close + 2, spot)
        : mode === "value"
          ? value
          : mode === "line"
            ? value.replace(/[\r\n]+/g, " ")
            : textValue(isCurly ? roles.get(at) : undefined, value);
    }
    i = trims ? skipAfter(text, close + 2, inner) : close + 2;
  }
  return out + text.slice(i);
}

/**
 * A value put in a note's body or a short text: pasted controls and separators given their
 * meaning and right-to-left text closed, as a snippet fills it (pasted-text.ts), so a
 * template note and a snippet say the same. A link's destination is left to
 * valueForLinkRole, which percent-encodes them; YAML has its own quoting (yamlSafe).
 */
function textValue(role: LinkRole | undefined, value: string): string {
  return valueForLinkRole(role, role === "url" ? value : pastedText(value));
}

function curlyValue(inner: string, values: TemplateValues): string | null {
  const trimmed = inner.trim();
  const colon = trimmed.indexOf(":");
  const name = (colon >= 0 ? trimmed.slice(0, colon) : trimmed).trim().toLowerCase();
  const format = colon >= 0 ? trimmed.slice(colon + 1) : null;
  // `{{date:<% … %>}}` would format the Templater tag away as if it were a date pattern:
  // a tag inside braces is left as written with them.
  if (inner.includes("<%")) return null;
  if ((name === "date" || name === "time") && format !== null) {
    if (!values.start) return "";
    // A zone is not a date pattern: {{time:Europe/Berlin}} printed "Friurope/Berlin".
    // It gives the start in that zone, the way snippets fill it.
    const zone = format.trim();
    // A zone this device does not know (`Europe/Belrin`) is no format either: kept as written.
    if (name === "time" && writtenAsZone(zone) && !isValidTimeZone(zone)) return null;
    if (name === "time" && isValidTimeZone(zone)) {
      return `${formatDate(values.start, zone, "HH:mm", values.locale)} ${zoneAbbreviation(values.start, zone)}`;
    }
    return formatDate(values.start, values.timeZone, format, values.locale);
  }
  if (colon >= 0) return null;
  // Own values only: `{{constructor}}` is an unknown name, not Object's constructor.
  return ownValue(values.fields, name) ?? null;
}

// The format stops at its own closing quote: `(.*?)\1` stretched over `"YYYY", "P-1M"`
// (Templater's duration offset) and printed "2024", "P-11" instead of leaving the tag.
// The spaces after the format belong to it: two `\s*` in a row around an optional part
// split a long run of spaces every possible way (quadratic time).
const NOW_CALL = /^tp\.date\.now\(\s*(?:(?:"([^"]*)"|'([^']*)')\s*)?(?:,\s*(-?\d{1,5})\s*)?\)$/;
const FRONTMATTER_DOT = /^tp\.frontmatter\.([\p{L}\p{N}_-]+)$/u;
const FRONTMATTER_INDEX = /^tp\.frontmatter\[\s*(["'])(.*?)\1\s*\]$/;

function templaterValue(inner: string, values: TemplateValues, frontmatter: Record<string, YamlValue>): string | null {
  // `<%* … %>` runs JavaScript in Templater: never here.
  if (inner.startsWith("*")) return null;
  const expression = inner.replace(/^[-_]/, "").replace(/[-_]$/, "").trim();
  if (expression === "tp.file.title") return values.fields.title ?? null;
  const now = NOW_CALL.exec(expression);
  if (now) {
    const when = addCalendarDays(values.now, Number(now[3] ?? 0), values.timeZone);
    return formatDate(when, values.timeZone, now[1] ?? now[2] ?? "YYYY-MM-DD", values.locale);
  }
  const key = FRONTMATTER_DOT.exec(expression)?.[1] ?? FRONTMATTER_INDEX.exec(expression)?.[2];
  if (key !== undefined) {
    const value = ownValue(frontmatter, key);
    if (value === undefined) return null;
    return yamlText(value);
  }
  return null;
}

/**
 * Templater's offset is in calendar days (moment's add(n, "days")): the same wall-clock
 * time n dates later. Adding n × 24 hours gave the wrong date near midnight across a
 * daylight-saving change (23:30 on 30 March 2024 in Berlin, +1, read 1 April).
 */
function addCalendarDays(now: Date, days: number, timeZone: string): Date {
  if (days === 0) return now;
  const today = wallReading(now, timeZone);
  const date = today ? addDays(today.date, days) : null;
  // zonedToInstant, not date-fns's addDays in the zone: in a repeated hour TZDate's
  // answer depends on the device's zone (see zoned-to-instant.ts).
  const shifted = today && date !== null ? zonedToInstant(date, today.time, timeZone) : null;
  if (!shifted?.ok) return addHours(now, days * 24);
  // The seconds and milliseconds of now, which the HH:mm wall time leaves out.
  const zoned = inZone(timeZone)?.(now) ?? now;
  return addMilliseconds(shifted.instant, getSeconds(zoned) * 1000 + getMilliseconds(zoned));
}

/**
 * A value placed in frontmatter must not change the YAML around it: inside quotes it is
 * escaped for them; a whole `key: {{value}}` scalar, or a whole item of a `[…]` list, is
 * quoted if YAML would misread it.
 */
function yamlSafe(value: string, text: string, start: number, end: number, spot: YamlSpot): string {
  if (spot === "double") return inDoubleQuotes(value);
  if (spot === "single") return inSingleQuotes(value);
  if (spot === "flow-item" && endsFlowItem(text, end)) return asFlowItem(value, readsAsPlainText);
  // The rest of the line first, up to its first non-space character: only the last tag of
  // a line can be a whole scalar, so the line's start is looked for once per line instead
  // of once per tag (quadratic on a long line of tags).
  const wholeScalar = restOfLineBlank(text, end) && scalarBefore(text, start);
  if (!wholeScalar) return value.replace(/[\r\n]+/g, " ");
  if (value === "") return "";
  // Control characters (tab aside) are not allowed unquoted, and a value YAML reads as
  // null or true/false is not text any more: a show named "False" in `office-hours:`
  // opted its own notes out. Numbers stay plain, so `number: {{numberPlain}}` is a number.
  return readsAsPlainText(value) ? value : JSON.stringify(value);
}

function readsAsPlainText(value: string): boolean {
  return /^[\p{L}\p{N}](?:[^:#\p{Cc}]|\t)*$/u.test(value) && !/\s$/.test(value) && !NOT_TEXT.test(value);
}

/** Only spaces between `from` and the `,`, `]` or `}` after it: the tag is its list item whole. */
function endsFlowItem(text: string, from: number): boolean {
  let i = from;
  while (text.charAt(i) === " " || text.charAt(i) === "\t") i++;
  return /[,\]}]/.test(text.charAt(i));
}

function restOfLineBlank(text: string, from: number): boolean {
  for (let i = from; i < text.length && text.charCodeAt(i) !== 10; i++) if (!/\s/.test(text.charAt(i))) return false;
  return true;
}

/** `key: ` or a list item's `- ` from the start of the line up to `start`. */
function scalarBefore(text: string, start: number): boolean {
  const before = text.slice(text.lastIndexOf("\n", start - 1) + 1, start);
  // A list item (`  - {{guest}}`) is a whole scalar too: "- A: B" was read as a map.
  return /^[\p{L}\p{N}_ -]+:\s*$/u.test(before) || /^[ \t]*-[ \t]+$/.test(before);
}
