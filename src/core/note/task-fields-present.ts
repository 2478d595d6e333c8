// Which of the Tasks plugin's fields a line can hold at all, found by one search each, so a
// line holding none (nearly every one) skips the backward scans (task-fields.ts).

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

