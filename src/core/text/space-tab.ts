// Spaces and tabs at the ends of a line, found by scanning instead of by a regular
// expression: after a lazy group (`(.*?)[ \t]*$`) the engine retries the tail at every
// character the group takes, so a long run of spaces inside a line costs the square of
// the run. A scan costs the run.

const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** Whether `text` holds a character that `.` in a regular expression does not match. */
export function hasLineBreak(text: string): boolean {
  return LINE_BREAK.test(text);
}

function isSpaceTab(code: number): boolean {
  return code === 32 || code === 9;
}

/** Where the spaces and tabs that end `text` (from `from` on) begin. */
export function spaceTabEnd(text: string, from = 0): number {
  let end = text.length;
  while (end > from && isSpaceTab(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Where the spaces and tabs that start `text` end. */
export function spaceTabStart(text: string): number {
  let start = 0;
  while (start < text.length && isSpaceTab(text.charCodeAt(start))) start++;
  return start;
}

/** `text` without the spaces and tabs around it; other white space stays. */
export function trimSpaceTab(text: string): string {
  const start = spaceTabStart(text);
  return text.slice(start, spaceTabEnd(text, start));
}
