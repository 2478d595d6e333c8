// A tag naming the guests (`{{guests}}`, `{{guestList}}`) that stands as a whole item of a
// YAML list in the frontmatter (`guests: [{{guests}}]`, or `- {{guests}}` under `guests:`)
// gives one item per guest: a list property is a list of names to Dataview, Bases and the
// Properties view, and "Ann and Bo" as one item is one guest nobody is called.
import { ownValue } from "../../records";
import type { TemplateValues } from "./render";
import { plainOrQuoted } from "./plain-value";
import { asFlowItem } from "./yaml-spot";

/**
 * A name YAML reads back as that text when written plain. Names are text: one that YAML
 * would read as a number or a date ("42", "2024-01-05", ".5") is quoted, unlike a
 * whole `key: {{numberPlain}}` value, which stays a number.
 */
function readsAsName(name: string): boolean {
  return plainOrQuoted(name) === name && !/^[\d+.]/.test(name);
}

/** The items as a flow list's items: `Ann, "Bo: the host"`. */
export function flowItems(items: readonly string[]): string {
  return items.map((item) => asFlowItem(item.replace(/[\r\n]+/g, " "), readsAsName)).join(", ");
}

/** One item as a block list's item. */
function blockItem(item: string): string {
  const line = item.replace(/[\r\n]+/g, " ");
  return readsAsName(line) ? line : JSON.stringify(line);
}

/** The items a `{{name}}` tag's inside stands for, or null when it names no list (or an empty one). */
export function listValue(inner: string, values: TemplateValues): readonly string[] | null {
  const name = inner.trim().toLowerCase();
  const items = values.lists ? ownValue(values.lists, name) : undefined;
  return items !== undefined && items.length > 0 ? items : null;
}

/**
 * A block list item that is one list tag and maybe the template's comment (`  - {{guests}}
 * # who`), written as one item per name at its indent (the comment on the first); null for
 * any other line, which is filled as usual.
 */
export function blockListItems(line: string, values: TemplateValues): string | null {
  const head = /^[ \t]*-[ \t]+\{\{/.exec(line);
  if (!head) return null;
  const close = line.indexOf("}}", head[0].length);
  if (close < 0) return null;
  const items = listValue(line.slice(head[0].length, close), values);
  const eol = line.endsWith("\r") ? "\r" : "";
  const rest = line.slice(close + 2, line.length - eol.length);
  // Only spaces after the tag, or spaces and a comment.
  if (items === null || !(rest.trim() === "" || /^[ \t]+#/.test(rest))) return null;
  const dash = head[0].slice(0, -2);
  const comment = rest.trim() === "" ? "" : rest.trimEnd();
  return items.map((item, i) => `${dash}${blockItem(item)}${i === 0 ? comment : ""}${eol}`).join("\n");
}
