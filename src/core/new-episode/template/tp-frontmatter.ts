// The template's own frontmatter as Templater's `tp.frontmatter` gives it: the flat
// `key: value` pairs of the rendered head, and a property written out as text.
import type { YamlValue } from "../../types";
import { emptyRecord } from "../../records";

/**
 * A property as text: list items joined with commas (nested lists flattened), a map as
 * JSON. Iterative, since a property from any parser may nest as deep as its text does;
 * null when a map is too deep even for JSON.stringify (the tag is then left as written).
 */
export function yamlText(value: YamlValue): string | null {
  const parts: string[] = [];
  const stack: { value: YamlValue; top: boolean }[] = [{ value, top: true }];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === undefined) break;
    const item = next.value;
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push({ value: item[i] ?? null, top: false });
      // An empty list inside a list still takes its place between commas.
      if (item.length === 0 && !next.top) parts.push("");
    } else if (item !== null && typeof item === "object") {
      try {
        parts.push(JSON.stringify(item));
      } catch {
        return null;
      }
    } else parts.push(item === null ? "" : String(item));
  }
  return parts.join(", ");
}

/**
 * The top-level properties of rendered frontmatter, for tp.frontmatter: one-line values
 * (plain with its comment cut, double- or single-quoted, `~`/`null`), a flow list of such
 * values (`[a, "b"]`) and a block list under its key (`- a`). A block scalar (`|`, `>`), a
 * map, an anchor or a tagged value is not read: the key is left out, so the tag stays for
 * Templater, which reads the note's real properties. Reading lines as they came gave
 * tp.frontmatter.notes "|", a block list "" and a nested `show:` as a top-level one.
 */
export function readFlatFrontmatter(head: string): Record<string, YamlValue> {
  const data = emptyRecord<YamlValue>();
  const lines = head.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^([\p{L}\p{N}_][\p{L}\p{N}_ -]*):(?:[ \t](.*))?$/u.exec(lines[i] ?? "");
    if (!m || m[1] === undefined) continue;
    const key = m[1].trim();
    const raw = (m[2] ?? "").trim();
    if (raw === "" || raw.startsWith("#")) {
      // `key:` with items under it: a block list of one-line values, else not read.
      const items: string[] = [];
      let ok = true;
      for (; i + 1 < lines.length && /^[ \t]+-(?:[ \t]|$)/.test(lines[i + 1] ?? ""); i++) {
        const item = scalarText((lines[i + 1] ?? "").trim().slice(1).trim());
        if (item === undefined || item === null) ok = false;
        else items.push(item);
      }
      if (items.length > 0 && ok) data[key] = items;
      else if (items.length === 0 && !/^[ \t]/.test(lines[i + 1] ?? "")) data[key] = null;
      continue;
    }
    const flow = /^\[([^[\]{}]*)\]$/.exec(raw);
    if (flow) {
      const items = (flow[1] ?? "").trim() === "" ? [] : (flow[1] ?? "").split(",").map((item) => scalarText(item.trim()));
      if (items.every((item): item is string => typeof item === "string")) data[key] = items;
      continue;
    }
    const value = scalarText(raw);
    if (value !== undefined) data[key] = value;
  }
  return data;
}

/** A one-line scalar's text; null for YAML's null; undefined for what this does not read. */
function scalarText(raw: string): string | null | undefined {
  if (raw.startsWith('"')) {
    try {
      const value: unknown = JSON.parse(raw.slice(0, closingQuote(raw) + 1));
      return typeof value === "string" ? value : undefined;
    } catch {
      return undefined;
    }
  }
  if (raw.startsWith("'")) {
    const m = /^'((?:[^']|'')*)'/.exec(raw);
    return m ? (m[1] ?? "").replace(/''/g, "'") : undefined;
  }
  if (/^[|>[{&*!%@`]/.test(raw)) return undefined;
  // A comment starts at a `#` after a space.
  const hash = raw.search(/[ \t]#/);
  const text = (hash < 0 ? raw : raw.slice(0, hash)).trim();
  return /^(?:~|null|Null|NULL|)$/.test(text) ? null : text;
}

/** Where a double-quoted scalar ends: its closing `"` not escaped; the end when there is none. */
function closingQuote(raw: string): number {
  for (let i = 1; i < raw.length; i++) {
    if (raw.charAt(i) === "\\") i++;
    else if (raw.charAt(i) === '"') return i;
  }
  return raw.length - 1;
}
