// The note's own Dataview `date::` field: how a note with no properties (notes written
// before Obsidian had them, or by hosts who keep their metadata inline) gives its date.
// `date:: 2022-03-15` on its own line, `(date:: 2022-03-29)` or `[date:: …]` in a sentence,
// `**Date**:: …`, `date ::` (keys compared the Dataview way: case, spaces and emphasis
// do not count). Not read: one in a code block or a comment (the scan skips those), nor one
// on a checklist item's line, which Dataview gives to the item (`- [ ] Invite (date:: …)`
// is when the invite is due, not when the episode airs).
import { canonicalKey } from "./fields";
import type { Scan } from "./scan-types";

export interface InlineDate {
  /** The value as written, a link's brackets taken off (`[[2022-03-15]]` is 2022-03-15). */
  value: string;
  /** 0-based index in the note's lines: warnings say `line + 1`. */
  line: number;
  /** Written as a link: one to a page whose name is no date (`[[Mar 11th, 2026]]`) is a reference, not a mistyped date. */
  link: boolean;
}

/**
 * The note's non-empty `date::` fields, in the order written. An empty one (`date::` left by
 * a template) is no date, as an empty `date:` property is none.
 */
export function inlineDates(scan: Scan): InlineDate[] {
  const found: InlineDate[] = [];
  for (const field of scan.fields) {
    // A one-colon field (valueAt) is read only as a guest field; a task's is the item's.
    if (field.task === true || field.valueAt !== undefined) continue;
    if (canonicalKey(field.key) !== "date") continue;
    const written = field.value.trim();
    const value = unlinked(written);
    if (value !== "") found.push({ value, line: field.line, link: value !== written });
  }
  return found;
}

/**
 * A link's target, for a date written as a link to a daily note: `[[2022-03-15]]`,
 * `[[Journal/2022-03-15|Tuesday]]`, `[[2022-03-15#Show]]` read as 2022-03-15. Anything
 * else is returned as written (and is no date unless it reads as one).
 */
export function unlinked(value: string): string {
  if (!value.startsWith("[[") || !value.endsWith("]]")) return value;
  const inner = value.slice(2, -2);
  // The target ends at the first `|` (display text) or `#` (heading); the file name after the last `/`.
  let end = inner.length;
  const bar = inner.indexOf("|");
  if (bar >= 0) end = bar;
  const hash = inner.indexOf("#");
  if (hash >= 0 && hash < end) end = hash;
  const target = inner.slice(0, end);
  return target.slice(target.lastIndexOf("/") + 1).trim();
}
