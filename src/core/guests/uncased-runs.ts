// Names in scripts without capitals (Chinese, Japanese, Korean, Arabic, Hebrew, Thai…) in
// a guest-ideas list or a to-do item: the capitalised-run reader (name-runs.ts) never sees
// them, so a list of 山田太郎, 김철수 and ジョン・スミス offered no one. What a name is in those
// scripts is Detect's rule (detect/person-names.ts, isPersonName), used here as it is:
// a word of such a script, alone between spaces and punctuation (never glued to a Latin
// letter or a digit: "Go语言入门" is a topic), or two or more such words one space apart,
// is offered when that rule reads it as a name; when the words together are not one
// name, each word alone may be ("山田太郎 鈴木一郎"). An honorific written after a name
// ("山田さん", "김철수 씨", "王芳先生") is no part of it.
// In the scripts that put spaces between words (Arabic, Hebrew, Devanagari, Thai…; see
// detect/spaced-names.ts), the words of one run are read as a sentence is: "and" written
// as a word (و, और, และ) ends one name and starts the next, as a comma does; a common word
// before the run ("with", עם) is no part of it; a common word inside it makes the whole
// run a sentence, which offers no one (its last two words are no name: "…مع الخبراء").
import { isPersonName } from "../detect/person-names";
import { AND_WORDS, isCommonWord } from "../detect/spaced-names";
import type { Run } from "./name-runs";

/**
 * A word in a script without capitals: other letters (no upper or lower case; Georgian's,
 * lower case to Unicode, written so), their marks, and the joiners inside a word: the kana
 * ones, ZWNJ and ZWJ (Persian علی‌رضا, Indic conjuncts), the Hebrew maqaf, geresh and
 * gershayim (בן־גוריון), the Arabic tatweel.
 */
const UNCASED_WORD = /^(?:[\p{Lo}\p{scx=Georgian}\p{M}・･ー々\u200c\u05be\u05f3\u05f4\u0640]|\u200d)+$/u;
/** Letters, digits and the joiners inside a word; anything else parts words. */
const WORD = /(?:[\p{L}\p{M}\p{N}・･ー々'’\u200c\u05be\u05f3\u05f4-]|\u200d)+/gu;
/** Honorifics written after a name, glued to it or one space after it. */
const SUFFIXES = ["さん", "さま", "様", "氏", "先生", "君", "くん", "ちゃん", "씨", "님", "선생님"];
/** Longest first: "선생님" ends in "님", and taking the shorter left "김철수선생" as the name. */
const BY_LENGTH = [...SUFFIXES].sort((a, b) => b.length - a.length);
/** At most this many words to a name, as isPersonName allows: a longer run is read word by word. */
const MAX_WORDS = 5;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The runs of names in scripts without capitals, in text order. Linear: one pass over the words. */
export function uncasedRuns(text: string): Run[] {
  // Most lines hold no such letter: settled without a word list.
  if (!/[\p{Lo}\p{scx=Georgian}]/u.test(text)) return [];
  const runs: Run[] = [];
  let group: Word[] = [];
  // A common word inside the run: a sentence, not a name.
  let sentence = false;
  const close = () => {
    if (group.length > 0 && !sentence) take(group, runs);
    group = [];
    sentence = false;
  };
  for (const match of text.matchAll(WORD)) {
    const word = withoutSuffix({ text: match[0], start: match.index, end: match.index + match[0].length });
    // Another script's word, an honorific of its own after the name ("김철수 씨"), or "and" ends the name.
    if (!UNCASED_WORD.test(word.text) || SUFFIXES.includes(word.text) || AND_WORDS.has(word.text)) {
      close();
      continue;
    }
    const last = group[group.length - 1];
    // One space apart: the same name; anything more, another.
    if (last && text.slice(last.end, word.start) !== " ") close();
    if (isCommonWord(word.text)) {
      // Before the run ("with …") it is no part of it; inside it, the run is a sentence.
      if (group.length > 0) sentence = true;
      continue;
    }
    group.push(word);
    // A name with an honorific after it ends there.
    if (word.end !== match.index + match[0].length) close();
  }
  close();
  return runs;
}

/** The group as one name, else each of its words that is one. */
function take(group: readonly Word[], runs: Run[]): void {
  const first = group[0];
  const last = group[group.length - 1];
  if (!first || !last) return;
  const whole = group.length <= MAX_WORDS ? group.map((w) => w.text).join(" ") : "";
  if (whole !== "" && isPersonName(whole, false)) {
    runs.push({ name: whole, start: first.start, end: last.end });
    return;
  }
  if (group.length === 1) return;
  for (const word of group) if (isPersonName(word.text, false)) runs.push({ name: word.text, start: word.start, end: word.end });
}

/** The word without an honorific glued to its end ("山田さん" → "山田"); `end` then marks where the name ends. */
function withoutSuffix(word: Word): Word {
  // A word that is itself an honorific ("선생님" one space after the name) stays whole.
  if (SUFFIXES.includes(word.text)) return word;
  for (const suffix of BY_LENGTH) {
    if (word.text.length > suffix.length && word.text.endsWith(suffix)) {
      const text = word.text.slice(0, -suffix.length);
      return { text, start: word.start, end: word.start + text.length };
    }
  }
  return word;
}
