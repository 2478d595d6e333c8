// The language a show's notes are written in, from short words only one language uses
// often ("the", "los", "und"…), counted over headings, checklist items and prose. Links,
// code and quoted addresses are skipped. Undecided (too few words, or two languages
// close) gives "" = unknown. Japanese, Chinese and Korean write no spaces between words and
// have few "short words" to count: they are told by their scripts instead (scriptLanguage).
import { codeLines, type NoteFacts } from "./note-facts";
import { codeSpans } from "../text/code-spans";
import type { Found } from "./schedule";

const WORDS: Record<string, string[]> = {
  en: ["the", "and", "with", "you", "your", "this", "that", "for", "are", "is", "to", "of", "it", "we", "be", "have", "what", "how"],
  es: ["el", "los", "las", "y", "del", "con", "para", "por", "una", "es", "se", "como", "más", "pero", "muy", "también", "está", "que", "al", "lo"],
  pt: ["os", "do", "da", "dos", "das", "em", "não", "uma", "com", "são", "você", "é", "ao", "na", "no", "mais"],
  fr: ["les", "et", "des", "du", "est", "pour", "dans", "avec", "une", "pas", "vous", "sur", "nous", "au", "aux", "qui"],
  de: ["der", "die", "das", "und", "ist", "nicht", "mit", "für", "eine", "zu", "den", "dem", "auf", "sie", "wir", "ein", "ich"],
  it: ["il", "gli", "di", "che", "per", "della", "delle", "sono", "è", "anche", "nel", "alla", "questo"],
  nl: ["het", "een", "niet", "voor", "zijn", "van", "wij", "ook", "maar", "dit", "naar"],
};

export const LANGUAGE_NAMES: Record<string, string> = {
  en: "English",
  es: "Spanish",
  pt: "Portuguese",
  fr: "French",
  de: "German",
  it: "Italian",
  nl: "Dutch",
  ja: "Japanese",
  zh: "Chinese",
  ko: "Korean",
};

/** Letters counted by script, for the languages told by their scripts. */
interface ScriptCounts {
  letters: number;
  kana: number;
  hangul: number;
  han: number;
}

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL = /\p{Script=Hangul}/gu;
const HAN = /\p{Script=Han}/gu;
const LETTER = /\p{L}/gu;

function countScripts(text: string, into: ScriptCounts): void {
  into.letters += text.match(LETTER)?.length ?? 0;
  into.kana += text.match(KANA)?.length ?? 0;
  into.hangul += text.match(HANGUL)?.length ?? 0;
  into.han += text.match(HAN)?.length ?? 0;
}

/** Enough letters of these scripts to tell: two short sentences. */
const MIN_CJK = 20;

/**
 * Japanese, Chinese or Korean when at least 30% of the letters are kana, hangul or han (notes
 * in these languages carry English product names and terms): hangul for most of them is Korean;
 * kana for a tenth of them or more is Japanese (its particles and verb endings are kana, and
 * Chinese writes none); han alone is Chinese. Null otherwise: the short words decide.
 */
function scriptLanguage(counts: ScriptCounts): Found<string> | null {
  const cjk = counts.kana + counts.hangul + counts.han;
  if (cjk < MIN_CJK || cjk * 10 < counts.letters * 3) return null;
  const share = `${Math.round((cjk / counts.letters) * 100)}% of the letters`;
  if (counts.hangul * 2 > cjk) return { value: "ko", confidence: "found", reasons: [`Korean: ${share} are of the Korean, Chinese or Japanese scripts, most of them hangul`] };
  if (counts.kana * 10 >= cjk) return { value: "ja", confidence: "found", reasons: [`Japanese: ${share} are of the Korean, Chinese or Japanese scripts, ${Math.round((counts.kana / cjk) * 100)}% of them kana`] };
  return { value: "zh", confidence: "found", reasons: [`Chinese: ${share} are of the Korean, Chinese or Japanese scripts, nearly all of them Chinese characters (kana in under a tenth)`] };
}

const LANGUAGE_OF = new Map<string, string>();
for (const [language, words] of Object.entries(WORDS)) for (const word of words) if (!LANGUAGE_OF.has(word)) LANGUAGE_OF.set(word, language);

/** Words looked at per note, so one long note cannot outvote the rest… */
const WORDS_PER_NOTE = 400;
/** …and in all: a few thousand words tell a language; reading every note would not say more. */
const WORDS_IN_ALL = 20000;
const MIN_HITS = 20;

export function findLanguage(notes: readonly NoteFacts[]): Found<string> | null {
  const counts = new Map<string, number>();
  let hits = 0;
  let total = 0;
  const scripts: ScriptCounts = { letters: 0, kana: 0, hangul: 0, han: 0 };
  for (const note of notes) {
    if (total >= WORDS_IN_ALL) break;
    let seen = 0;
    const code = codeLines(note.lines, note.bodyStart);
    for (let n = note.bodyStart; n < note.lines.length && seen < WORDS_PER_NOTE; n++) {
      const line = note.lines[n] ?? "";
      if (code(n) || line.length > 5000) continue;
      const text = withoutCode(line)
        .replace(/\]\([^)]*\)|https?:\/\/\S+|<[^>]*>/g, " ")
        .toLowerCase();
      countScripts(text, scripts);
      for (const m of text.matchAll(/[\p{L}]+/gu)) {
        seen++;
        total++;
        const language = LANGUAGE_OF.get(m[0]);
        if (language === undefined) continue;
        counts.set(language, (counts.get(language) ?? 0) + 1);
        hits++;
      }
    }
  }
  const byScript = scriptLanguage(scripts);
  if (byScript) return byScript;
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || hits < MIN_HITS || (second && first[1] < second[1] * 1.5)) return null;
  const share = Math.round((first[1] / hits) * 100);
  return { value: first[0], confidence: "found", reasons: [`${LANGUAGE_NAMES[first[0]] ?? first[0]}: ${share}% of the common short words in the notes`] };
}

/** The line with its inline code (CommonMark's spans, code-spans.ts) replaced by a space. */
function withoutCode(line: string): string {
  let out = "";
  let kept = 0;
  for (const span of codeSpans(line)) {
    out += `${line.slice(kept, span.from)} `;
    kept = span.to;
  }
  return kept === 0 ? line : out + line.slice(kept);
}
