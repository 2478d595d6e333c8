// The Tasks plugin's emoji fields (`🛫 2026-11-20`, `🔁 every week`, `⛔ abc,def` …), each matched
// backwards from where it ends: where the field starts, or -1 (task-fields.ts peels them).
import { parseOffset } from "../deadlines/offset";
import { isSpace, isDigit, isIdChar, isRuleChar, isIdListChar, skipBack } from "./task-field-chars";

export const PRIORITIES = new Set([0x1f53a, 0x23eb, 0x1f53c, 0x1f53d, 0x23ec]);
/** 🛫 ➕ ⏳ ⌛ ✅ ❌ ⏰: the emoji Tasks follows with a date. 📅 is readLineDue's (a bad date stays in the text). */
const DATE_EMOJI = new Set([0x1f6eb, 0x2795, 0x23f3, 0x231b, 0x2705, 0x274c, 0x23f0]);
const RECURRENCE = 0x1f501;
export const ID = 0x1f194;
const DEPENDS_ON = 0x26d4;
export const ON_COMPLETION = 0x1f3c1;

/** The emoji that ends right before `at` (its variation selector allowed), and where it starts. */
export function emojiBefore(text: string, at: number): { code: number; from: number } | null {
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
export function dateField(text: string, end: number): number {
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
export function offsetField(text: string, end: number): number {
  const from = skipBack(text, end, (c) => !isSpace(c));
  if (from === end || !parseOffset(text.slice(from, end)).ok) return -1;
  return emojiField(text, from, (code) => PLANNING_EMOJI.has(code));
}

/** `🔁 every week`. */
export function recurrenceField(text: string, end: number): number {
  const from = skipBack(text, end, isRuleChar);
  if (from === end) return -1;
  return emojiField(text, from, (code) => code === RECURRENCE);
}

/** `🆔 abc`, `🏁 delete`. */
export function wordField(text: string, end: number, emoji: number, isChar: (c: number) => boolean): number {
  const from = skipBack(text, end, isChar);
  if (from === end) return -1;
  return emojiField(text, from, (code) => code === emoji);
}

/** Ids separated by commas, spaces around them: `abc, def`. */
export function isIdList(value: string): boolean {
  const parts = value.split(",");
  for (const part of parts) {
    const id = part.trim();
    if (id === "") return false;
    for (let i = 0; i < id.length; i++) if (!isIdChar(id.charCodeAt(i))) return false;
  }
  return true;
}

/** `⛔ abc,def`. */
export function dependsOnField(text: string, end: number): number {
  const from = skipBack(text, end, isIdListChar);
  if (from === end) return -1;
  const at = emojiField(text, from, (code) => code === DEPENDS_ON);
  return at >= 0 && isIdList(text.slice(from, end)) ? at : -1;
}

