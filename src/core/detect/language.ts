// The language a show's notes are written in, from short words only one language uses
// often ("the", "los", "und"…), counted over headings, checklist items and prose. Links,
// code and quoted addresses are skipped. Undecided (too few words, or two languages
// close) gives "" = unknown.
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
};

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
