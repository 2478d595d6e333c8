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

/** The flat `key: value` pairs of rendered frontmatter, for tp.frontmatter. */
export function readFlatFrontmatter(head: string): Record<string, YamlValue> {
  const data = emptyRecord<YamlValue>();
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
