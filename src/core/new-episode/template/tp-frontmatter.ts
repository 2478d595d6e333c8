// The template's own frontmatter as Templater's `tp.frontmatter` gives it: the flat
// `key: value` pairs of the rendered head, and a property written out as text.
import type { YamlValue } from "../../types";
import { emptyRecord } from "../../records";
import { keyOf, readValue, type ValueRead } from "../../note/key-line";

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
    const line = lines[i] ?? "";
    const found = keyOf(line);
    if (!found || !KEY.test(found.key)) continue;
    const { key } = found;
    const read = readValue(line, found.valueStart);
    if (read.style === "empty" && read.unread === null) {
      // `key:` with items under it: a block list of one-line values, else not read.
      const items: string[] = [];
      let ok = true;
      for (; i + 1 < lines.length && /^[ \t]+-(?:[ \t]|$)/.test(lines[i + 1] ?? ""); i++) {
        const item = lines[i + 1] ?? "";
        const value = scalarText(readValue(item, item.indexOf("-") + 1));
        if (value === undefined || value === null) ok = false;
        else items.push(value);
      }
      if (items.length > 0 && ok) data[key] = items;
      else if (items.length === 0 && !/^[ \t]/.test(lines[i + 1] ?? "")) data[key] = null;
      continue;
    }
    const flow = /^\[([^[\]{}]*)\]$/.exec(line.slice(found.valueStart).trim());
    if (flow) {
      const inside = flow[1] ?? "";
      const items = inside.trim() === "" ? [] : inside.split(",").map((item) => scalarText(readValue(item, 0)));
      if (items.every((item): item is string => typeof item === "string")) data[key] = items;
      continue;
    }
    const value = scalarText(read);
    if (value !== undefined) data[key] = value;
  }
  return data;
}

/** The keys read: letters, digits, `_`, `-` and spaces (what tp.frontmatter.key and ["key"] name). */
const KEY = /^[\p{L}\p{N}_][\p{L}\p{N}_ -]*$/u;

/** A one-line scalar's text as the line reader read it; null for YAML's null; undefined for what this does not read. */
function scalarText(read: ValueRead): string | null | undefined {
  if (read.unread !== null) return undefined;
  if (read.style !== "plain") return read.value;
  return /^(?:~|null|Null|NULL)$/.test(read.value ?? "") ? null : read.value;
}
