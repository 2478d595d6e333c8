// Line handling shared by the reader and the editors: one pass, no regex over the
// whole text, CRLF and LF treated alike (a lone CR is not a line break in Markdown
// files written by Obsidian, so it is kept as text).

/** Split into lines without their endings. A trailing newline does not add an empty line. */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  const length = text.length;
  while (start < length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = length;
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lines.push(text.slice(start, stop));
    start = end + 1;
  }
  return lines;
}

/** Remove a UTF-8 byte order mark: Windows editors add one, Markdown ignores it. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Number of leading spaces and tabs. */
export function indentLength(line: string, from = 0): number {
  let i = from;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) break;
    i++;
  }
  return i - from;
}
