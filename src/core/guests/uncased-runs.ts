// Names in scripts without capitals (Chinese, Japanese, Korean, Arabic, Hebrew, Thai…) in
// a guest-ideas list or a to-do item: the capitalised-run reader (name-runs.ts) never sees
// them, so a list of 山田太郎, 김철수 and ジョン・スミス offered no one. What a name is in those
// scripts is Detect's rule (detect/person-names.ts, isPersonName), used here as it is:
// a word of such a script, alone between spaces and punctuation (never glued to a Latin
// letter or a digit: "Go语言入门" is a topic), or two or more such words one space apart,
// is offered when that rule reads it as a name; when the words together are not one
// name, each word alone may be ("山田太郎 鈴木一郎"). An honorific written after a name
// ("山田さん", "김철수 씨", "王芳先生") is no part of it.
import { isPersonName } from "../detect/person-names";
import type { Run } from "./name-runs";

/** A word in a script without capitals: other letters (no upper or lower case), their marks, and the kana joiners. */
const UNCASED_WORD = /^[\p{Lo}\p{M}・･ー々]+$/u;
/** Letters, digits and the joiners inside a word; anything else parts words. */
const WORD = /[\p{L}\p{M}\p{N}・･ー々'’-]+/gu;
/** Honorifics written after a name, glued to it or one space after it. */
const SUFFIXES = ["さん", "さま", "様", "氏", "先生", "君", "くん", "ちゃん", "씨", "님", "선생님"];
/** At most this many words to a name, as isPersonName allows. */
const MAX_WORDS = 5;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The runs of names in scripts without capitals, in text order. Linear: one pass over the words. */
export function uncasedRuns(text: string): Run[] {
  // Most lines hold no such letter: settled without a word list.
  if (!/\p{Lo}/u.test(text)) return [];
  const runs: Run[] = [];
  let group: Word[] = [];
  const close = () => {
    if (group.length > 0) take(group, runs);
    group = [];
  };
  for (const match of text.matchAll(WORD)) {
    const word = withoutSuffix({ text: match[0], start: match.index, end: match.index + match[0].length });
    // Another script's word, or an honorific of its own after the name ("김철수 씨"), ends the name.
    if (!UNCASED_WORD.test(word.text) || SUFFIXES.includes(word.text)) {
      close();
      continue;
    }
    const last = group[group.length - 1];
    // One space apart: the same name; anything more, another.
    if (last && (text.slice(last.end, word.start) !== " " || group.length === MAX_WORDS)) close();
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
  const whole = group.map((w) => w.text).join(" ");
  if (isPersonName(whole, false)) {
    runs.push({ name: whole, start: first.start, end: last.end });
    return;
  }
  if (group.length === 1) return;
  for (const word of group) if (isPersonName(word.text, false)) runs.push({ name: word.text, start: word.start, end: word.end });
}

/** The word without an honorific glued to its end ("山田さん" → "山田"); `end` then marks where the name ends. */
function withoutSuffix(word: Word): Word {
  for (const suffix of SUFFIXES) {
    if (word.text.length > suffix.length && word.text.endsWith(suffix)) {
      const text = word.text.slice(0, -suffix.length);
      return { text, start: word.start, end: word.start + text.length };
    }
  }
  return word;
}
