// Whether a heading is nothing but a phase's heading, or a title that holds a phase word.
//
// A note's title names the episode: "# LS 16 - Show day", "# Show day with Ann" hold the
// words "show day", but the list under "## Notes" there is not the show day's checklist. A
// title is a phase's heading only when every word of it belongs to a phase's phrase, or is a
// word for the show ("Live show day"), a time ("Next week"), a joining word ("After the
// show", "Avant l'émission") or a word for how close to the show ("Kurz vor der Sendung",
// "Right before we go live"): once a topic word, a guest's name or a number is left over, it
// is an episode's title. Emoji and punctuation are gone already (normalizeHeading).
import { SHOW_WORDS, TIME_WORDS } from "./phase-anchor";
import { CLOSE_WORDS } from "./phase-place";

/** Articles, pronouns and prepositions that join a phase's words, in the languages the defaults know. */
const JOINING: ReadonlySet<string> = new Set(
  (
    "the a an we go going to of for and on our my this " +
    "el la los las de del al y en nuestro " +
    "der die das dem den und zur zum " +
    "le les l du des et d " +
    "il lo gli e o os as do da " +
    "het een"
  ).split(" "),
);

/**
 * `text` normalised and padded with a space each side; `phrases` padded the same way. Each
 * phrase's occurrences mark the characters they cover, so the cost is the phrases' searches
 * over the heading, linear in its length for a fixed set of phrases.
 */
export function onlyPhaseWords(text: string, phrases: readonly string[]): boolean {
  const covered = new Uint8Array(text.length);
  for (const phrase of phrases) {
    // Occurrences may share their padding space, so each search starts one past the last start.
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) covered.fill(1, at, at + phrase.length);
  }
  let start = 1;
  while (start < text.length) {
    let end = text.indexOf(" ", start);
    if (end < 0) end = text.length;
    if (end > start && !isCovered(covered, start, end)) {
      const word = text.slice(start, end);
      if (!SHOW_WORDS.has(word) && !TIME_WORDS.has(word) && !JOINING.has(word) && !CLOSE_WORDS.has(word)) return false;
    }
    start = end + 1;
  }
  return true;
}

function isCovered(covered: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (covered[i] === 0) return false;
  return true;
}
