// The fields the Tasks plugin reads from the end of a task line (see shown-text.ts), each
// matched backwards from a given end: where the field ending there starts, or -1. Each
// matcher reads only the characters its field can hold and stops at the first other one,
// so peeling fields one after another costs linear time on a line of any length.
import { parseOffset } from "../deadlines/offset";

export interface Span {
  from: number;
  to: number;
}

/**
 * What starts a field besides the deadline marks (readLineDue's): the BMP emoji, 🆔 and 🏁
 * (after U+D83C), a block id's `^`, a Dataview field's `::`. The 📅 of nearly every item
 * of the built-in template is none of them, and such a line is done by withoutMarks alone.
 */
const OTHER_FIELDS = /[\u231b\u23eb\u23ec\u23f0\u23f3\u26d4\u2705\u274c\u2795^]|\ud83c|::/;
/** Low surrogates after U+D83D: 🔺 🔼 🔽 🔁 🛫. */
const FIELD_LOWS = new Set([0xdd3a, 0xdd3c, 0xdd3d, 0xdd01, 0xdeeb]);

export function mayHoldOtherFields(text: string): boolean {
  if (OTHER_FIELDS.test(text)) return true;
  for (let at = text.indexOf("\ud83d"); at >= 0; at = text.indexOf("\ud83d", at + 1)) if (FIELD_LOWS.has(text.charCodeAt(at + 1))) return true;
  return false;
}

const PRIORITIES = new Set([0x1f53a, 0x23eb, 0x1f53c, 0x1f53d, 0x23ec]);
/** 🛫 ➕ ⏳ ⌛ ✅ ❌ ⏰: the emoji Tasks follows with a date. 📅 is readLineDue's (a bad date stays in the text). */
const DATE_EMOJI = new Set([0x1f6eb, 0x2795, 0x23f3, 0x231b, 0x2705, 0x274c, 0x23f0]);
const RECURRENCE = 0x1f501;
const ID = 0x1f194;
const DEPENDS_ON = 0x26d4;
const ON_COMPLETION = 0x1f3c1;

/** Dataview-form keys of Tasks' fields (due:: is readLineDue's), with the kind of value each takes. */
const FIELD_KEYS: Record<string, "date" | "reminder" | "priority" | "rule" | "id" | "ids" | "word"> = {
  scheduled: "date",
  start: "date",
  created: "date",
  completion: "date",
  cancelled: "date",
  reminder: "reminder",
  priority: "priority",
  repeat: "rule",
  id: "id",
  dependson: "ids",
  oncompletion: "word",
};
const PRIORITY_WORDS = new Set(["highest", "high", "medium", "low", "lowest"]);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;
/** ASCII characters a tag cannot hold, as Tasks reads tags (besides white space); a table, as this runs on every character of a tag. */
const NOT_IN_TAG = new Uint8Array(128);
for (const ch of '!@#$%^&*(),.?":{}|<>') NOT_IN_TAG[ch.charCodeAt(0)] = 1;

export const isSpace = (c: number) => c === 32 || c === 9;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isIdChar = (c: number) => isLetter(c) || isDigit(c) || c === 45 || c === 95;
/** Tasks' recurrence rule: letters, digits, spaces, commas and `!`. */
const isRuleChar = (c: number) => isLetter(c) || isDigit(c) || c === 32 || c === 44 || c === 33;
const isIdListChar = (c: number) => isIdChar(c) || c === 44 || isSpace(c);
export const isTagChar = (c: number) => !isSpace(c) && (c >= 128 || NOT_IN_TAG[c] === 0);
export const isBlockIdChar = (c: number) => isLetter(c) || isDigit(c) || c === 45;

export function skipBack(text: string, at: number, test: (c: number) => boolean): number {
  while (at > 0 && test(text.charCodeAt(at - 1))) at--;
  return at;
}

/** The emoji that ends right before `at` (its variation selector allowed), and where it starts. */
function emojiBefore(text: string, at: number): { code: number; from: number } | null {
  let p = at;
  if (text.charCodeAt(p - 1) === 0xfe0f) p--;
  if (p <= 0) return null;
  const low = text.charCodeAt(p - 1);
  if (low >= 0xdc00 && low <= 0xdfff && p >= 2) {
    const high = text.charCodeAt(p - 2);
    if (high >= 0xd800 && high <= 0xdbff) return { code: (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000, from: p - 2 };
    return null;
  }
  return { code: low, from: p - 1 };
}

/** `emoji value` ending at `end`: the start of the emoji when the one before the value is `want`. */
function emojiField(text: string, valueFrom: number, want: (code: number) => boolean): number {
  const emoji = emojiBefore(text, skipBack(text, valueFrom, isSpace));
  return emoji !== null && want(emoji.code) ? emoji.from : -1;
}

/** Digits and dashes in the shape `shape` ("dddd-dd-dd", "dd:dd") right before `end`, read without a copy. */
function shapeBefore(text: string, end: number, shape: string): boolean {
  const from = end - shape.length;
  if (from < 0) return false;
  for (let i = 0; i < shape.length; i++) {
    const c = text.charCodeAt(from + i);
    if (shape.charCodeAt(i) === 100 ? !isDigit(c) : c !== shape.charCodeAt(i)) return false;
  }
  return true;
}

/** `🛫 2026-11-20`, `⏰ 2026-11-20 09:00` and the other date fields, ending at `end`. */
function dateField(text: string, end: number): number {
  let dateEnd = end;
  if (shapeBefore(text, end, "dd:dd") && text.charCodeAt(end - 6) === 32) dateEnd = end - 6;
  if (!shapeBefore(text, dateEnd, "dddd-dd-dd")) return -1;
  const from = emojiField(text, dateEnd - 10, (code) => DATE_EMOJI.has(code));
  // Only the reminder takes a time.
  if (from >= 0 && dateEnd !== end && emojiBefore(text, skipBack(text, dateEnd - 10, isSpace))?.code !== 0x23f0) return -1;
  return from;
}

/** ⏳ ⌛ 🛫: the dates the plugin moves with the show, which an undated episode keeps as its template's offsets. */
const PLANNING_EMOJI = new Set([0x23f3, 0x231b, 0x1f6eb]);

/** `⏳ -8d`, `🛫 -3w`: an offset from the show, as the template wrote it (deadlines/offset.ts). */
function offsetField(text: string, end: number): number {
  const from = skipBack(text, end, (c) => !isSpace(c));
  if (from === end || !parseOffset(text.slice(from, end)).ok) return -1;
  return emojiField(text, from, (code) => PLANNING_EMOJI.has(code));
}

/** `🔁 every week`. */
function recurrenceField(text: string, end: number): number {
  const from = skipBack(text, end, isRuleChar);
  if (from === end) return -1;
  return emojiField(text, from, (code) => code === RECURRENCE);
}

/** `🆔 abc`, `🏁 delete`. */
function wordField(text: string, end: number, emoji: number, isChar: (c: number) => boolean): number {
  const from = skipBack(text, end, isChar);
  if (from === end) return -1;
  return emojiField(text, from, (code) => code === emoji);
}

/** Ids separated by commas, spaces around them: `abc, def`. */
function isIdList(value: string): boolean {
  const parts = value.split(",");
  for (const part of parts) {
    const id = part.trim();
    if (id === "") return false;
    for (let i = 0; i < id.length; i++) if (!isIdChar(id.charCodeAt(i))) return false;
  }
  return true;
}

/** `⛔ abc,def`. */
function dependsOnField(text: string, end: number): number {
  const from = skipBack(text, end, isIdListChar);
  if (from === end) return -1;
  const at = emojiField(text, from, (code) => code === DEPENDS_ON);
  return at >= 0 && isIdList(text.slice(from, end)) ? at : -1;
}

function isValue(kind: (typeof FIELD_KEYS)[string], value: string): boolean {
  switch (kind) {
    case "date":
      return DATE.test(value);
    case "reminder":
      return DATE.test(value) || (DATE.test(value.slice(0, 10)) && value.charCodeAt(10) === 32 && TIME.test(value.slice(11)));
    case "priority":
      return PRIORITY_WORDS.has(value);
    case "rule":
      return value !== "" && [...value].every((ch) => isRuleChar(ch.charCodeAt(0)));
    case "id":
      return value !== "" && [...value].every((ch) => isIdChar(ch.charCodeAt(0)));
    case "ids":
      return isIdList(value);
    case "word":
      return value !== "" && [...value].every((ch) => isLetter(ch.charCodeAt(0)));
  }
}

/** `[scheduled:: 2026-11-20]` or `(repeat:: every week)`, a comma after it allowed as Tasks allows it. */
function dataviewField(text: string, end: number): number {
  let close = end;
  if (text.charCodeAt(close - 1) === 44) close = skipBack(text, close - 1, isSpace);
  const closer = text.charCodeAt(close - 1);
  if (closer !== 93 && closer !== 41) return -1;
  // Back to the nearest bracket of any kind: the values these keys take hold none.
  const open = skipBack(text, close - 1, (c) => c !== 91 && c !== 93 && c !== 40 && c !== 41) - 1;
  if (open < 0 || text.charCodeAt(open) !== (closer === 93 ? 91 : 40)) return -1;
  const inner = text.slice(open + 1, close - 1);
  const colons = inner.indexOf("::");
  if (colons < 0) return -1;
  const kind = FIELD_KEYS[inner.slice(0, colons).trim().toLowerCase()];
  return kind !== undefined && isValue(kind, inner.slice(colons + 2).trim()) ? open : -1;
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

/** Which fields whose values are words the line can hold at all: their backward scans over a whole description are skipped when not. */
export interface WordFields {
  recurrence: boolean;
  id: boolean;
  dependsOn: boolean;
  onCompletion: boolean;
  dataview: boolean;
  offsets: boolean;
}

/** What starts each of those fields: 🔁, 🆔, ⛔, 🏁, `::`, and ⏳ ⌛ 🛫 before an offset. */
// Without the u flag (surrogate pairs written out), which made the search twice as slow.
const WORD_FIELD_STARTS = /\ud83d\udd01|\ud83c\udd94|\u26d4|\ud83c\udfc1|::|\u23f3|\u231b|\ud83d\udeeb/g;
const NO_WORD_FIELDS: WordFields = { recurrence: false, id: false, dependsOn: false, onCompletion: false, dataview: false, offsets: false };

/**
 * One search of the line for all of them (seven searches were the largest part of
 * reading a line that ends `📅 2026-11-27 #tag ^id`); a line holding none, nearly every
 * one, is done after it.
 */
export function wordFieldsOf(text: string): WordFields {
  WORD_FIELD_STARTS.lastIndex = 0;
  let found = WORD_FIELD_STARTS.exec(text);
  if (found === null) return NO_WORD_FIELDS;
  const words = { ...NO_WORD_FIELDS };
  for (; found !== null; found = WORD_FIELD_STARTS.exec(text)) {
    switch (found[0]) {
      case "\u{1f501}":
        words.recurrence = true;
        break;
      case "\u{1f194}":
        words.id = true;
        break;
      case "\u26d4":
        words.dependsOn = true;
        break;
      case "\u{1f3c1}":
        words.onCompletion = true;
        break;
      case "::":
        words.dataview = true;
        break;
      default:
        words.offsets = true;
    }
  }
  return words;
}

/** Where the mark (readLineDue's) ending at a position starts, or -1. */
export type MarkAt = (end: number) => number;

/**
 * The marks by where they end. A line has a mark or two, looked through as they are; a
 * line of thousands gets a map, as looking through them all at each field peeled was
 * quadratic.
 */
export function marksByEnd(marks: readonly Span[]): MarkAt {
  if (marks.length <= 4) {
    return (end) => {
      for (const span of marks) if (span.to === end) return span.from;
      return -1;
    };
  }
  const from = new Map<number, number>();
  for (const span of marks) if (!from.has(span.to)) from.set(span.to, span.from);
  return (end) => from.get(end) ?? -1;
}

/** Where the field ending at `end` starts, or -1. */
export function fieldAt(text: string, end: number, markAt: MarkAt, words: WordFields): number {
  const mark = markAt(end);
  if (mark >= 0) return mark;
  const last = emojiBefore(text, end);
  if (last !== null && PRIORITIES.has(last.code)) return last.from;
  const c = text.charCodeAt(end - 1);
  if (isDigit(c)) {
    const date = dateField(text, end);
    if (date >= 0) return date;
  }
  if (words.offsets && isLetter(c)) {
    const offset = offsetField(text, end);
    if (offset >= 0) return offset;
  }
  if (words.dataview && (c === 93 || c === 41 || c === 44)) {
    const field = dataviewField(text, end);
    if (field >= 0) return field;
  }
  if (words.recurrence && (isLetter(c) || isDigit(c) || c === 33 || c === 44)) {
    const rule = recurrenceField(text, end);
    if (rule >= 0) return rule;
  }
  if (words.id && isIdChar(c)) {
    const id = wordField(text, end, ID, isIdChar);
    if (id >= 0) return id;
  }
  if (words.dependsOn && isIdChar(c)) {
    const depends = dependsOnField(text, end);
    if (depends >= 0) return depends;
  }
  if (words.onCompletion && isLetter(c)) return wordField(text, end, ON_COMPLETION, isLetter);
  return -1;
}
