// The fields the Tasks plugin reads from the end of a task line (see shown-text.ts), each
// matched backwards from a given end: where the field ending there starts, or -1. Each
// matcher reads only the characters its field can hold and stops at the first other one,
// so peeling fields one after another costs linear time on a line of any length.
// The matchers live by kind: task-field-chars.ts (tags, block ids, the characters), task-field-emoji.ts,
// task-field-dataview.ts; task-fields-present.ts says which a line can hold.
import { isDigit, isIdChar, isLetter, type Span } from "./task-field-chars";
import { PRIORITIES, emojiBefore, dateField, offsetField, recurrenceField, wordField, dependsOnField, ID, ON_COMPLETION } from "./task-field-emoji";
import { dataviewField } from "./task-field-dataview";
import type { WordFields } from "./task-fields-present";

// Callers import them from here, where the fields are read.
export { blockId, isBlockIdChar, isSpace, isTagChar, skipBack, tagAt, type Span } from "./task-field-chars";
export { mayHoldOtherFields, wordFieldsOf, type WordFields } from "./task-fields-present";

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
