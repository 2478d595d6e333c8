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

// The abbreviations read as "episode" in capitals before the table grew to 13 languages:
// "EP 12", "NO 12", "NR 12" were never a show's code, and stay none.
const CAPITAL_MARKS = new Set(["ep", "no", "nr"]);

/**
 * A word that says "episode" (or "number") before a number: never a show's code. `word` is
 * as written, with its stop if one follows it ("Afl.", not "Afl"). An abbreviation of the
 * table in capitals and without a stop ("AFL 12", "CAP 3", "ODC", "AVS") is a show's
 * acronym, its code: a host abbreviating the word for episode writes "Afl. 12" or "afl 12",
 * and a footy podcast writes "AFL 12". Words that say "episode" and nothing else
 * ("PUNTATA 12", "FOLGE 12") and the marks read so before (CAPITAL_MARKS) are no code in
 * any case.
 */
export function isEpisodeWord(word: string): boolean {
  const stopped = word.endsWith(".");
  const bare = (stopped ? word.slice(0, -1) : word).normalize("NFC");
  const lower = bare.toLowerCase();
  if (!ALL.has(lower)) return false;
  if (stopped || SPOKEN.has(lower) || CAPITAL_MARKS.has(lower)) return true;
  return !isAcronym(bare);
}

/** Two or more letters, all capitals ("AFL", "ÉP"): how a show's code is written. */
function isAcronym(word: string): boolean {
  return [...word].length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** A word that says "episode" and can mean nothing else: a title may follow it and its number after a space. */
export function isSpokenEpisodeWord(word: string): boolean {
  return SPOKEN.has(word.normalize("NFC").toLowerCase());
}
