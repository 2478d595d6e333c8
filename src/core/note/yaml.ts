// A small YAML reader for note frontmatter. A full YAML library would triple the
// plugin's size; frontmatter in practice is flat `key: value` pairs, lists and the
// odd nested map, which this covers. Anything it cannot read is reported, never
// guessed: the caller keeps the keys that did parse and records a warning.
import type { YamlValue } from "../types";
import { emptyRecord } from "../records";

export interface YamlResult {
  data: Record<string, YamlValue>;
  /** Human-readable problems, with 1-based line numbers counted from the first `---`. */
  errors: string[];
}

interface Line {
  indent: number;
  text: string;
  /** 1-based line number for messages. */
  no: number;
}

/** Where problems go. */
type Problems = { push(message: string): void };

/** Problems kept per frontmatter, the rest counted: keeping thousands alive cost more than linear time. */
export const MAX_YAML_ERRORS = 20;

/** Parse frontmatter lines (without the `---` fences). `firstLineNo` is the 1-based number of lines[0]. */
export function parseYaml(lines: readonly string[], firstLineNo = 2): YamlResult {
  const kept: string[] = [];
  let more = 0;
  const errors: Problems = { push: (message) => (kept.length < MAX_YAML_ERRORS ? kept.push(message) : more++) };
  const prepared: Line[] = [];
  lines.forEach((raw, i) => {
    const no = firstLineNo + i;
    let indent = 0;
    while (indent < raw.length && raw.charCodeAt(indent) === 32) indent++;
    if (raw.charCodeAt(indent) === 9 && raw.trim() !== "") {
      errors.push(`line ${no}: tabs cannot indent YAML`);
      return;
    }
    const text = raw.slice(indent).trimEnd();
    if (text === "" || text.startsWith("#")) return;
    prepared.push({ indent, text, no });
  });
  const data = readMap(prepared, 0, prepared.length, errors, 0);
  if (more > 0) kept.push(`and ${more} more problem${more === 1 ? "" : "s"}`);
  return { data, errors: kept };
}

/**
 * Maps and block lists nested deeper than this are left out, with an error. Each level
 * is read by a call of its own and scans the lines below it, so a chain of indented
 * `k:` lines thousands deep overflowed the stack (and took quadratic time); real
 * frontmatter nests two or three levels.
 */
export const MAX_YAML_DEPTH = 32;

function readMap(lines: Line[], from: number, to: number, errors: Problems, depth: number): Record<string, YamlValue> {
  // No prototype: `__proto__:` or `constructor:` is a key like any other.
  const map = emptyRecord<YamlValue>();
  const baseIndent = lines[from]?.indent ?? 0;
  let i = from;
  while (i < to) {
    const line = lines[i];
    if (!line) break;
    if (line.indent !== baseIndent) {
      errors.push(`line ${line.no}: unexpected indentation`);
      i++;
      continue;
    }
    const entry = splitKey(line.text);
    if (!entry) {
      errors.push(`line ${line.no}: expected "key: value", found "${clip(line.text)}"`);
      i++;
      continue;
    }
    // Children: following lines indented deeper, or a block list at the same indent.
    let end = i + 1;
    while (end < to) {
      const next = lines[end];
      if (!next) break;
      if (next.indent > baseIndent) end++;
      else if (next.indent === baseIndent && entry.rest === "" && isListItem(next.text)) end++;
      else break;
    }
    if (Object.prototype.hasOwnProperty.call(map, entry.key)) {
      errors.push(`line ${line.no}: duplicate key "${clip(entry.key)}"`);
    }
    map[entry.key] = readValue(entry.rest, lines, i + 1, end, line.no, errors, depth);
    i = end;
  }
  return map;
}

function readValue(rest: string, lines: Line[], from: number, to: number, no: number, errors: Problems, depth: number): YamlValue {
  const value = stripComment(rest);
  if (value === "") {
    if (from >= to) return null;
    if (depth >= MAX_YAML_DEPTH) {
      errors.push(`line ${no}: nested more than ${MAX_YAML_DEPTH} levels deep; the deeper part was left out`);
      return null;
    }
    const first = lines[from];
    if (first && isListItem(first.text)) return readList(lines, from, to, errors, depth + 1);
    return readMap(lines, from, to, errors, depth + 1);
  }
  if (value === "|" || value === ">" || /^[|>][+-]?\d?$/.test(value)) {
    const body = lines.slice(from, to).map((l) => l.text);
    return value.startsWith("|") ? body.join("\n") : body.join(" ");
  }
  // A scalar may continue on more-indented lines (plain or quoted multi-line scalars).
  const more = lines.slice(from, to);
  // …but a plain scalar cannot hold `key: value`: `url: a` over `  date: 2024-01-05` is
  // bad indentation (YAML rejects it), not a url of "a date: 2024-01-05". Keep the first
  // line's value and say so rather than silently swallowing the key.
  if (!/^["'[{]/.test(value)) {
    const bad = more.find((l) => splitKey(l.text) !== null);
    if (bad) {
      errors.push(`line ${bad.no}: unexpected indentation`);
      return readScalar(value, no, errors);
    }
  }
  const continued = [value, ...more.map((l) => l.text)].join(" ");
  return readScalar(continued, no, errors);
}

function readList(lines: Line[], from: number, to: number, errors: Problems, depth: number): YamlValue[] {
  const items: YamlValue[] = [];
  const indent = lines[from]?.indent ?? 0;
  let i = from;
  while (i < to) {
    const line = lines[i];
    if (!line) break;
    if (line.indent !== indent || !isListItem(line.text)) {
      errors.push(`line ${line.no}: expected a "- item" list entry`);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < to && (lines[end]?.indent ?? 0) > indent) end++;
    const itemText = line.text.slice(1).trim();
    // A list of maps: keep the item readable as a map, also when it is a single line
    // (`- name: Bob` was read as the string "name: Bob").
    if (splitKey(itemText)) {
      const nested: Line[] = [{ indent: indent + 2, text: itemText, no: line.no }, ...lines.slice(i + 1, end)];
      items.push(readMap(nested, 0, nested.length, errors, depth));
    } else {
      items.push(readValue(itemText, lines, i + 1, end, line.no, errors, depth));
    }
    i = end;
  }
  return items;
}

function isListItem(text: string): boolean {
  return text === "-" || text.startsWith("- ");
}

/** Split `key: rest`. Returns null when the line is not a mapping entry. */
function splitKey(text: string): { key: string; rest: string } | null {
  if (text.startsWith('"') || text.startsWith("'")) {
    const quote = text[0] ?? '"';
    const close = text.indexOf(quote, 1);
    if (close < 0 || text[close + 1] !== ":") return null;
    return { key: text.slice(1, close), rest: text.slice(close + 2).trim() };
  }
  if (text.startsWith("- ") || text === "-") return null;
  let at = text.indexOf(":");
  while (at >= 0) {
    const after = text.charCodeAt(at + 1);
    if (at + 1 === text.length || after === 32 || after === 9) {
      const key = text.slice(0, at).trim();
      if (key === "") return null;
      return { key, rest: text.slice(at + 1).trim() };
    }
    at = text.indexOf(":", at + 1);
  }
  return null;
}

/** Remove a trailing ` # comment` from a plain scalar (quotes protect a #). */
function stripComment(value: string): string {
  if (value.startsWith('"') || value.startsWith("'")) return value.trim();
  const hash = value.indexOf(" #");
  return (hash >= 0 ? value.slice(0, hash) : value).trim();
}

/** Flow lists nested deeper than this are kept as text: each level re-reads its inner text,
 * so unbounded nesting (`[[[[…]]]]`) cost quadratic time and overflowed the stack. */
const MAX_FLOW_DEPTH = 16;

function readScalar(value: string, no: number, errors: Problems, depth = 0): YamlValue {
  const text = value.trim();
  if (text.startsWith('"')) return readDoubleQuoted(text, no, errors);
  if (text.startsWith("'")) {
    const close = findSingleQuoteEnd(text);
    if (close < 0) {
      errors.push(`line ${no}: a quoted value is never closed`);
      return text.slice(1);
    }
    return text.slice(1, close).replace(/''/g, "'");
  }
  if (text.startsWith("[")) {
    if (depth < MAX_FLOW_DEPTH) return readFlowList(text, no, errors, depth);
    errors.push(`line ${no}: lists nested too deeply`);
    return text;
  }
  return plainScalar(stripComment(text));
}

function findSingleQuoteEnd(text: string): number {
  let i = 1;
  while (i < text.length) {
    if (text[i] === "'") {
      if (text[i + 1] === "'") {
        i += 2;
        continue;
      }
      return i;
    }
    i++;
  }
  return -1;
}

// \b and \f too: JSON.stringify writes them, and the template step quotes values with it.
const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", '"': '"', "\\": "\\", "/": "/", "0": "\0", " ": " " };

function readDoubleQuoted(text: string, no: number, errors: Problems): string {
  let out = "";
  let i = 1;
  while (i < text.length) {
    const c = text[i] ?? "";
    if (c === '"') return out;
    if (c === "\\") {
      const next = text[i + 1] ?? "";
      if (next === "u" || next === "x") {
        const size = next === "u" ? 4 : 2;
        const hex = text.slice(i + 2, i + 2 + size);
        if (/^[0-9a-fA-F]+$/.test(hex) && hex.length === size) {
          out += String.fromCharCode(parseInt(hex, 16));
          i += 2 + size;
          continue;
        }
      }
      out += ESCAPES[next] ?? next;
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  errors.push(`line ${no}: a quoted value is never closed`);
  return out;
}

function readFlowList(text: string, no: number, errors: Problems, nesting: number): YamlValue {
  if (!text.endsWith("]")) {
    errors.push(`line ${no}: a [list] is never closed`);
    return text;
  }
  const inner = text.slice(1, -1).trim();
  if (inner === "") return [];
  // Split on commas outside quotes and brackets ([[wiki links]] stay whole).
  const items: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (quote) {
      if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") {
      // `guests: [[Ann]], [[Bob]]` is not one list: YAML rejects it. Splitting it anyway gave
      // [["Ann]], [[Bob"]] without a warning; keep the text (its links still read) and say so.
      if (--depth < 0) break;
    } else if (c === "," && depth === 0) {
      items.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) {
    errors.push(`line ${no}: the brackets of a [list] do not match`);
    return text;
  }
  items.push(inner.slice(start));
  return items.map((item) => readScalar(item.trim(), no, errors, nesting + 1));
}

function plainScalar(text: string): YamlValue {
  if (text === "" || text === "~" || text === "null" || text === "Null" || text === "NULL") return null;
  if (text === "true" || text === "True" || text === "TRUE") return true;
  if (text === "false" || text === "False" || text === "FALSE") return false;
  if (/^[-+]?\d+$/.test(text) && text.length < 16) return Number(text);
  if (/^[-+]?(\d+\.\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) && text.length < 24) return Number(text);
  return text;
}

function clip(text: string): string {
  return text.length > 40 ? text.slice(0, 40) + "…" : text;
}
