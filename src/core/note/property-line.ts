// Where a frontmatter property is written and how: warnings and refusals name the line to
// fix and quote the value as typed (YAML reads `13.00` as the number 13).

/** The property `key`'s 1-based line and its value as written, or null when the frontmatter (lines 1 to `bodyStart - 2`) has none. */
export function propertyAt(lines: readonly string[], bodyStart: number, key: string): { line: number; text: string } | null {
  const pattern = new RegExp(`^${key}\\s*:`, "i");
  for (let n = 1; n < bodyStart - 1; n++) {
    const line = lines[n] ?? "";
    const m = pattern.exec(line);
    if (m) return { line: n + 1, text: line.slice(m[0].length).trim() };
  }
  return null;
}

/** A value as the note writes it, else as parsed. */
export function writtenValue(own: string | undefined, value: unknown): string {
  if (own !== undefined && own !== "") return own;
  return typeof value === "string" ? value.trim() : (JSON.stringify(value) ?? String(value));
}

/** What a time property must look like, in every message that refuses one. */
export const TIME_EXAMPLE = "is not a time like 13:00";
