// Dataview inline fields, read the way Dataview reads them, in linear time:
//   full line      `Key:: value`   (also `**Key**:: value`, `- Key:: value`, `> Key:: value`)
//   bracketed      `[key:: value]` anywhere on a line, several per line
//   parenthesized  `(key:: value)` likewise
// Keys are compared by their canonical form (Dataview's rule): lower case, runs of
// white space become `-`, other punctuation dropped, so `**Guest**` and `guest` match.

export interface InlineField {
  key: string;
  value: string;
}

/** Dataview skips longer lines; so do we (a guard for pasted data, not a real limit), and say so (scan-inline.ts). */
export const MAX_FIELD_LINE = 32768;

const EMOJI = /\p{Extended_Pictographic}/u;
const KEY_CHAR = /[\p{L}\p{N}_\-/\s\p{Extended_Pictographic}]/u;
/** Zero-width joiner and emoji variation selector: parts of emoji, allowed in keys. */
const EMOJI_JOINERS = "\u200d\ufe0f";
const ALNUM = /[\p{L}\p{N}]/u;

export function canonicalKey(key: string): string {
  const ascii = asciiCanonicalKey(key);
  if (ascii !== null) return ascii;
  let out = "";
  let pendingDash = false;
  for (const ch of key.trim()) {
    const code = ch.charCodeAt(0);
    // ASCII first, without regular expressions: keys are nearly always plain ASCII.
    if (code < 128) {
      if (code === 32 || (code >= 9 && code <= 13)) {
        pendingDash = out.length > 0;
        continue;
      }
      const lower = code >= 65 && code <= 90 ? code + 32 : code;
      const keepAscii = (lower >= 97 && lower <= 122) || (code >= 48 && code <= 57) || code === 95 || code === 45;
      if (!keepAscii) continue;
      if (pendingDash) out += "-";
      pendingDash = false;
      out += String.fromCharCode(lower);
      continue;
    }
    if (/\s/.test(ch)) {
      pendingDash = out.length > 0;
      continue;
    }
    const keep = ALNUM.test(ch) || EMOJI.test(ch);
    if (!keep) continue;
    if (pendingDash) out += "-";
    pendingDash = false;
    out += ch.toLocaleLowerCase();
  }
  return out;
}

/**
 * canonicalKey for an all-ASCII key (nearly every key), by char codes: iterating a string
 * by code points makes a string per character. Null when the key holds any other character.
 */
function asciiCanonicalKey(key: string): string | null {
  let out = "";
  let pendingDash = false;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code >= 128) return null;
    if (code === 32 || (code >= 9 && code <= 13)) {
      pendingDash = out.length > 0;
      continue;
    }
    const lower = code >= 65 && code <= 90 ? code + 32 : code;
    if (!((lower >= 97 && lower <= 122) || (code >= 48 && code <= 57) || code === 95 || code === 45)) continue;
    if (pendingDash) out += "-";
    pendingDash = false;
    out += String.fromCharCode(lower);
  }
  return out;
}

/**
 * Inline fields on one line. `isTask` lines only carry bracketed fields, as in Dataview.
 */
export function extractFields(line: string, isTask: boolean): InlineField[] {
  if (line.length > MAX_FIELD_LINE || line.indexOf("::") < 0) return [];
  const wrapped = bracketedFields(line);
  if (wrapped.length > 0 || isTask) return wrapped;
  const full = fullLineField(line);
  return full ? [full] : [];
}

function fullLineField(line: string): InlineField | null {
  const at = line.indexOf("::");
  let start = 0;
  let end = at;
  // Leading decoration (list markers, quotes, bold) is not part of the key.
  while (start < end && !ALNUM.test(charAt(line, start)) && !EMOJI.test(charAt(line, start))) start++;
  while (end > start && "_*~`".includes(line.charAt(end - 1))) end--;
  const key = line.slice(start, end).trim();
  if (key === "") return null;
  for (const ch of key) if (!KEY_CHAR.test(ch) && !EMOJI_JOINERS.includes(ch)) return null;
  return { key, value: line.slice(at + 2).trim() };
}

function charAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? "" : String.fromCodePoint(code);
}

/**
 * Work space for bracketedFields, reused from line to line (it never re-enters itself).
 * Typed, not a plain array as long as the line: past about 16,000 characters that moved to
 * V8's large-object space, and a long line cost three times as much per character.
 */
let scratch = new Int32Array(1024);

/**
 * `[key:: value]` and `(key:: value)`: one forward pass pairs every bracket with its
 * closer (per bracket kind, backslash escapes honoured), then each `::` takes the last
 * bracket before it as its opener. Overlapping matches are dropped, like Dataview.
 */
function bracketedFields(line: string): InlineField[] {
  if (scratch.length < 2 * line.length) scratch = new Int32Array(4 * line.length);
  const closeOf = scratch.subarray(0, line.length).fill(-1);
  const lastBracketBefore = scratch.subarray(line.length, 2 * line.length);
  const squares: number[] = [];
  const rounds: number[] = [];
  let last = -1;
  for (let i = 0; i < line.length; i++) {
    lastBracketBefore[i] = last;
    const c = line.charCodeAt(i);
    if (c === 92) {
      // A backslash escapes the next character.
      i++;
      if (i < line.length) lastBracketBefore[i] = last;
      continue;
    }
    if (c === 91 || c === 40) {
      (c === 91 ? squares : rounds).push(i);
      last = i;
    } else if (c === 93 || c === 41) {
      const open = (c === 93 ? squares : rounds).pop();
      if (open !== undefined) closeOf[open] = i;
      last = i;
    }
  }
  const fields: InlineField[] = [];
  let consumedUntil = -1;
  let at = line.indexOf("::");
  while (at >= 0) {
    const open = lastBracketBefore[at] ?? -1;
    const close = open >= 0 ? (closeOf[open] ?? -1) : -1;
    const isOpener = open >= 0 && (line[open] === "[" || line[open] === "(");
    if (isOpener && close > at && open > consumedUntil) {
      const key = line.slice(open + 1, at).trim();
      if (key !== "") {
        fields.push({ key, value: line.slice(at + 2, close).trim() });
        consumedUntil = close;
      }
    }
    at = line.indexOf("::", at + 2);
  }
  return fields;
}
