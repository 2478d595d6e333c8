// An offset after 📅 written with a space inside it: `📅 -7 d`, `📅 -7 days`, `📅 - 7d`.
// A 📅 value runs to the next space, so these read as `-7` followed by a word, and a 📅
// followed by words is description (trailing-fields.ts): the deadline was dropped without
// a word. Such a value is one mark, read whole: `-7 d` and `-7 days` are offsets (as
// `(due:: -7 d)` always was), `- 7d` is refused with its reason (offset.ts).
import { isUnitWord } from "./offset";
import { isSpace } from "../note/task-fields";

const SIGN_ONLY = /^[+-]$/;
const SIGNED_NUMBER = /^[+-][ \t]*\d{1,7}$/;
const NUMBER = /^\d{1,7}$/;
/** Longer than a sign, seven digits and the spaces between: no offset, and not sliced (a 📅 value may run to the end of a long line). */
const LONGEST = 32;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c | 0x20) >= 97 && (c | 0x20) <= 122;

/**
 * Where the 📅 value starting at `valueAt` and running to `end` (its first space) ends when
 * the words after it belong to it: after a lone sign, a number (`- 7d`); after a signed
 * number, any word (`-7 d`, `-7 dias`: a signed number after 📅 is an offset, read or
 * refused, never prose); after a number without a sign, only a unit (`7 days` is refused
 * for its missing sign, `📅 3 reminders` stays words). Each step reads one run of spaces
 * and one word, at most twice: linear in the line.
 */
export function spacedOffsetEnd(line: string, valueAt: number, end: number, nextSpace: (from: number) => number): number {
  // Nearly every mark ends its line: nothing after it to join.
  if (end >= line.length) return end;
  let to = end;
  for (let step = 0; step < 2; step++) {
    if (to - valueAt > LONGEST) return to;
    const written = line.slice(valueAt, to);
    const wants = SIGN_ONLY.test(written) ? "number" : SIGNED_NUMBER.test(written) ? "word" : step === 0 && NUMBER.test(written) ? "unit" : null;
    if (wants === null) return to;
    let next = to;
    while (isSpace(line.charCodeAt(next))) next++;
    if (next === to || next >= line.length) return to;
    const first = line.charCodeAt(next);
    if (wants === "number" ? !isDigit(first) : !isLetter(first)) return to;
    if (wants === "unit") {
      let letters = next;
      while (isLetter(line.charCodeAt(letters))) letters++;
      if (!isUnitWord(line.slice(next, letters))) return to;
    }
    to = nextSpace(next);
  }
  return to;
}
