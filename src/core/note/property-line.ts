// Where a frontmatter property is written and how: warnings and refusals name the line to
// fix and quote the value as typed (YAML reads `13.00` as the number 13).
import { keyLines } from "./key-line";

/**
 * The property `key`'s 1-based line and its value as written (quotes kept, a comment left
 * out: `time: "25:00" # CEST` is “"25:00"”), or null when the frontmatter (lines 1 to
 * `bodyStart - 2`) has none. The key as YAML reads it: exact case, quoted or not (key-line.ts).
 */
export function propertyAt(lines: readonly string[], bodyStart: number, key: string): { line: number; text: string } | null {
  const read = keyLines(lines, 1, bodyStart - 1, key)[0];
  if (!read) return null;
  const text = lines[read.line] ?? "";
  const quote = read.style === "double" || read.style === "single" ? 1 : 0;
  // A value not read from its line is shown as written to the line's end.
  const shown = read.unread !== null ? text.slice(read.from - quote) : text.slice(read.from - quote, read.to + quote);
  return { line: read.line + 1, text: shown.trim() };
}

/** A value as the note writes it, else as parsed. */
export function writtenValue(own: string | undefined, value: unknown): string {
  if (own !== undefined && own !== "") return own;
  return typeof value === "string" ? value.trim() : (JSON.stringify(value) ?? String(value));
}

/** What a time property must look like, in every message that refuses one. */
export const TIME_EXAMPLE = "is not a time like 13:00";
