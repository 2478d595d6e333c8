// Whole-line replacements that keep every other byte: each line keeps its own ending
// (CRLF or LF, a file may mix them), a byte order mark stays, and line numbers count as
// the reader counts them (after the mark).

/** `text` with the lines in `changes` (0-based line → new text, no line ending) replaced. */
export function replaceLines(text: string, changes: ReadonlyMap<number, string>): string {
  if (changes.size === 0) return text;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let out = text.slice(0, bom);
  let start = bom;
  for (let n = 0; start < text.length; n++) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const contentEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const replacement = changes.get(n);
    out += replacement === undefined ? text.slice(start, contentEnd) : replacement;
    out += text.slice(contentEnd, Math.min(end + 1, text.length));
    start = end + 1;
  }
  return out;
}
