// A `date:` property written as a YAML list: `date: [2025-03-06]`, a list of days one per
// line, or an unquoted link (`date: [[2025-03-06]]`, which YAML reads as a list in a list).
// Obsidian's metadata cache and the command-line tool's YAML library both hand such a value
// over as a list; the reader took a list for no value at all, so the note went undated (or
// dated by its file name) without a word.
import { unlinked } from "./inline-date";

/** Entries quoted in a warning at most; the rest are counted. */
const SHOWN = 3;
/** An entry's length quoted whole. */
const LONGEST = 60;

/**
 * The entries of a `date:` list as text, in the order written: a string or number as it
 * is, an unquoted link (a list of one string inside the list) as its target, as a `date::`
 * field's link is read (`[[Journal/2025-03-06|Thu]]` is 2025-03-06). Anything else (a
 * mapping, a longer inner list, an empty entry) is kept as "" so it counts as no date.
 * Null when the value is no list.
 */
export function listedDates(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  return value.map((entry: unknown) => {
    if (typeof entry === "string") return entry.trim();
    if (typeof entry === "number") return String(entry);
    if (Array.isArray(entry) && entry.length === 1 && typeof entry[0] === "string") return unlinked(`[[${entry[0].trim()}]]`);
    return "";
  });
}

/** The list as a warning quotes it: `"2025-03-06", "2025-03-13" and 2 more`. */
export function quotedList(entries: readonly string[]): string {
  const shown = entries.slice(0, SHOWN).map((e) => `"${e.length > LONGEST ? `${e.slice(0, LONGEST - 1)}…` : e}"`);
  const more = entries.length - shown.length;
  if (more > 0) return `${shown.join(", ")} and ${more} more`;
  return shown.length <= 1 ? shown.join("") : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1) ?? ""}`;
}
