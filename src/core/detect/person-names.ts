// Whether a value written under an unknown key reads as a person's name rather than a
// topic. It decides whether a key no guest word names (`Speaker::`, `出演::`) is the
// show's guest field, so it must fail for the phrases an episode is about.
//
// In a script with capitals (Latin, Cyrillic, Greek), a name starts with one: "Ann Lee",
// "Иван Петров". Chinese, Japanese and Korean have no capitals, so there the length
// decides: a person's name in full is two to four Han characters or Hangul syllables
// (山田太郎, 王芳, 김철수; five at most, 長谷川太郎), possibly split in two by a space (山田 太郎); a foreign name in
// katakana is two or more parts joined by a middle dot (ジョン・スミス; one katakana
// word alone is as often a topic, セキュリティ). A topic is longer, or mixes in a
// particle, a Latin word or a digit (Rustの話, Go语言入门), and fails. A link to a note
// is a name whatever its script: guest notes are named for their people. Scripts without
// capitals that put spaces between words (Arabic, Hebrew, Thai, Devanagari, Georgian…)
// have a rule of their own: two or three words of one script, none a common word
// (spaced-names.ts).
import { isSpacedCaselessName, SPACED_CASELESS } from "./spaced-names";

const UNCASED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CASED = /[\p{Lu}\p{Ll}]/u;
const CASED_NOT_GEORGIAN = /(?!\p{scx=Georgian})[\p{Lu}\p{Ll}]/u;
/** A run of Han, Hangul or kana: one part of a name in a script without capitals. */
const HAN_OR_HANGUL_PART = /^[\p{Script=Han}\p{Script=Hangul}々]{1,5}$/u;
const KATAKANA_NAME = /^[\p{Script=Katakana}ー]{1,10}(?:[・･=＝][\p{Script=Katakana}ー]{1,10}){1,3}$/u;

export function isPersonName(name: string, linked: boolean): boolean {
  const words = name.split(/\s+/).filter((w) => w !== "");
  if (words.length === 0 || words.length > 5) return false;
  if (/https?:|www\.|^\d|\d{4}-\d{2}/i.test(name)) return false;
  if (linked) return true;
  // A name is written in one script: "Rustの話" and "Go语言入门" start with a capital but are topics.
  if (UNCASED.test(name)) return !CASED.test(name) && isUncasedName(words);
  // Georgian's letters are lower case to Unicode, but no name is written with its capitals.
  if (SPACED_CASELESS.test(name)) return !CASED_NOT_GEORGIAN.test(name) && isSpacedCaselessName(words);
  return /^\p{Lu}/u.test(name);
}

function isUncasedName(words: readonly string[]): boolean {
  if (words.length === 1 && KATAKANA_NAME.test(words[0] ?? "")) return true;
  if (words.length > 2 || !words.every((w) => HAN_OR_HANGUL_PART.test(w))) return false;
  const length = words.reduce((sum, w) => sum + w.length, 0);
  return length >= 2 && length <= 5;
}
