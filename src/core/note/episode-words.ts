// Words that say "episode" before its number in a file name ("Episode 12", "Puntata 12",
// "Episódio 12", "Folge 12", "Aflevering 12"), in the languages the reader's other word
// tables know (and-words.ts: English, Spanish, Portuguese, Italian, French, German, Dutch,
// Catalan, Swedish, Danish, Norwegian, Polish, Romanian). Such a word is no show's code: a
// code is what a show sets (its name pattern, read first) or what its notes repeat as their
// own mark ("GOH 25"); "Puntata" before a number says what the number counts, in every show.
// Unlike "and" (and-words.ts), these words are taken whatever the show's language: no name
// of a show is one of them, and an Italian show's notes are as often in an English vault.

/**
 * By language, as written (accents are folded when compared). `spoken` words may also be
 * followed by their number and a title with no separator ("Puntata 12 Il titolo"): they
 * say "episode" and nothing else. `other` words are read only before a separator ("Nr. 12 -
 * …", "Programa 5 - …"): abbreviations and number signs ("No 2 ways about it" keeps its
 * title), and words that also name a kind of show ("Sendung", "Programa").
 */
const WORDS: Readonly<Record<string, { spoken: readonly string[]; other: readonly string[] }>> = {
  en: { spoken: ["episode", "ep"], other: ["e", "no", "nr"] },
  es: { spoken: ["episodio", "capítulo"], other: ["cap", "programa", "emisión"] },
  pt: { spoken: ["episódio", "capítulo"], other: ["ep", "programa", "emissão"] },
  it: { spoken: ["puntata", "episodio", "capitolo"], other: ["ep", "n"] },
  fr: { spoken: ["épisode"], other: ["ép", "ep", "n", "émission"] },
  de: { spoken: ["folge", "episode"], other: ["nr", "sendung"] },
  nl: { spoken: ["aflevering"], other: ["afl", "nr"] },
  ca: { spoken: ["episodi", "capítol"], other: ["ep", "programa"] },
  sv: { spoken: ["avsnitt"], other: ["avs", "nr"] },
  da: { spoken: ["afsnit", "episode"], other: ["nr"] },
  no: { spoken: ["episode", "avsnitt"], other: ["nr"] },
  pl: { spoken: ["odcinek"], other: ["odc", "nr"] },
  ro: { spoken: ["episodul", "episod"], other: ["ep", "nr", "emisiunea"] },
};

/**
 * Each word in lower case as written and without its accents ("episódio", "episodio"):
 * hosts drop accents in file names. A name's word is compared in lower case as typed, not
 * folded: "é" before a number is no "e".
 */
function forms(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, w.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC")]);
}

const SPOKEN = new Set(forms(Object.values(WORDS).flatMap((w) => w.spoken)));
const ALL = new Set([...SPOKEN, ...forms(Object.values(WORDS).flatMap((w) => w.other))]);

/** A word that says "episode" (or "number") before a number: never a show's code. */
export function isEpisodeWord(word: string): boolean {
  const bare = word.endsWith(".") ? word.slice(0, -1) : word;
  return ALL.has(bare.normalize("NFC").toLowerCase());
}

/** A word that says "episode" and can mean nothing else: a title may follow it and its number after a space. */
export function isSpokenEpisodeWord(word: string): boolean {
  return SPOKEN.has(word.normalize("NFC").toLowerCase());
}
