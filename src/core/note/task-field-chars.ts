// The characters the Tasks plugin's fields are made of, and the two fields read by their
// characters alone (a tag, a block id), each matched backwards from where it ends
// (task-fields.ts). A table or a comparison per character, no regular expression: these run
// on every character of a long description.

export interface Span {
  from: number;
  to: number;
}

/** ASCII characters a tag cannot hold, as Tasks reads tags (besides white space); a table, as this runs on every character of a tag. */
const NOT_IN_TAG = new Uint8Array(128);
for (const ch of '!@#$%^&*(),.?":{}|<>') NOT_IN_TAG[ch.charCodeAt(0)] = 1;

export const isSpace = (c: number) => c === 32 || c === 9;
export const isDigit = (c: number) => c >= 48 && c <= 57;
export const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isIdChar = (c: number) => isLetter(c) || isDigit(c) || c === 45 || c === 95;
/** Tasks' recurrence rule: letters, digits, spaces, commas and `!`. */
export const isRuleChar = (c: number) => isLetter(c) || isDigit(c) || c === 32 || c === 44 || c === 33;
export const isIdListChar = (c: number) => isIdChar(c) || c === 44 || isSpace(c);
export const isTagChar = (c: number) => !isSpace(c) && (c >= 128 || NOT_IN_TAG[c] === 0);
export const isBlockIdChar = (c: number) => isLetter(c) || isDigit(c) || c === 45;

export function skipBack(text: string, at: number, test: (c: number) => boolean): number {
  while (at > 0 && test(text.charCodeAt(at - 1))) at--;
  return at;
}

/** A tag ending at `end`: `#guest/prep`, after a space or at the start. */
export function tagAt(text: string, end: number): number {
  const from = skipBack(text, end, isTagChar);
  if (from === end || text.charCodeAt(from - 1) !== 35) return -1;
  const hash = from - 1;
  return hash === 0 || isSpace(text.charCodeAt(hash - 1)) ? hash : -1;
}

/** Obsidian's block id at the very end, ` ^abc-1`: hidden in reading view. */
export function blockId(text: string, end: number): number {
  const from = skipBack(text, end, isBlockIdChar);
  if (from === end || text.charCodeAt(from - 1) !== 94 || !isSpace(text.charCodeAt(from - 2))) return -1;
  return from - 1;
}

