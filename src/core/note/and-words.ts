// "And" in the language a show's notes are written in. `Nicole V. y Antonio C.` is two
// guests in a Spanish show, but `Ortega y Gasset` is one Spanish surname written in an
// English show's note, so a word other than "and" separates guests only when the show's
// `language` setting (a BCP 47 code, "" when unknown) says the notes use it.
import { ownValue } from "../records";
import { dropDiacritics } from "../text/fold";

/** By primary language subtag; English's "and" applies to every show. */
const AND_WORDS: Record<string, readonly string[]> = {
  es: ["y", "e"],
  pt: ["e"],
  it: ["e", "ed"],
  fr: ["et"],
  de: ["und"],
  nl: ["en"],
  ca: ["i"],
  sv: ["och"],
  da: ["og"],
  nb: ["og"],
  nn: ["og"],
  no: ["og"],
  pl: ["i"],
  ro: ["și", "şi"],
};

const ENGLISH = ["and"] as const;

/** A BCP 47 tag's primary language subtag, lower case: "es" for "es-MX", "" for "". */
export function primaryLanguage(language: string): string {
  return language.trim().toLowerCase().split(/[-_]/)[0] ?? "";
}

/** The words that join two guests' names in notes written in `language`. */
export function andWordsFor(language: string): readonly string[] {
  const own = ownValue(AND_WORDS, primaryLanguage(language));
  return own ? [...ENGLISH, ...own] : ENGLISH;
}

/** The word a template writes between the last two names: "and", "y", "e", "und"… */
function andWord(language: string, next: string): string {
  const lang = primaryLanguage(language);
  if (lang === "es") {
    // Spanish writes "e" before an /i/ sound: "Ann e Isabel", "Bo e Hilda", but "Ann y Hielo".
    const folded = dropDiacritics(next).toLowerCase();
    return /^h?i/.test(folded) && !/^h?i[aeiou]/.test(folded) ? "e" : "y";
  }
  return ownValue(AND_WORDS, lang)?.[0] ?? "and";
}

/** "Ann", "Ann y Bo", "Ann, Bo y Cy": names joined as the show's notes write them. */
export function joinGuestNames(names: readonly string[], language: string): string {
  if (names.length <= 1) return names[0] ?? "";
  const last = names[names.length - 1] ?? "";
  return `${names.slice(0, -1).join(", ")} ${andWord(language, last)} ${last}`;
}
