// Reading back the few things of an .ics file a rewrite needs (RFC 5545 §3.1): the file
// may come from another device or tool, so a line is read as the grammar allows it, not
// only as this plugin writes it.

/** The largest SEQUENCE: an INTEGER (§3.3.8) is at most 2^31 - 1, and calendars parse it as one. */
export const MAX_SEQUENCE = 2147483647;

/** The text's content lines, folded lines joined (a CRLF or LF then one space or tab is removed). */
export function unfoldedLines(text: string): string[] {
  return text.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
}

/** A content line's name (upper-cased) and value: the value starts after the first colon outside a quoted parameter value. */
function split(line: string): { name: string; value: string } | null {
  const name = /^[A-Za-z0-9-]+/.exec(line)?.[0];
  if (name === undefined) return null;
  let quoted = false;
  for (let i = name.length; i < line.length; i += 1) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ":" && !quoted) return { name: name.toUpperCase(), value: line.slice(i + 1) };
  }
  return null;
}

/**
 * The SEQUENCE of the text's one event: 0 when it has none (the RFC's default), null when
 * it cannot be trusted (two of them, or not a whole number from 0 to MAX_SEQUENCE). Names
 * are case-insensitive and may carry parameters (`sequence;X-A=1:5`): a strict match read
 * such a line as no SEQUENCE, 0, and a rewrite went below the file's own.
 */
export function readSequence(text: string): number | null {
  const values = unfoldedLines(text)
    .map(split)
    .filter((line) => line?.name === "SEQUENCE")
    .map((line) => line?.value ?? "");
  if (values.length === 0) return 0;
  const value = values[0] ?? "";
  if (values.length > 1 || !/^\+?\d{1,10}$/.test(value)) return null;
  const sequence = Number(value);
  return sequence <= MAX_SEQUENCE ? sequence : null;
}
