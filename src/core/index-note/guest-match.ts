// Whether a name written in an index note's line is one of the episode's guests, and
// whether words look like a person's name at all. How names compare is person-name.ts's:
// case, accents, an honorific before and degrees after aside ("Dr. Ann Lee, PhD" is Ann
// Lee). A name written alone as one word is a guest's when it is that guest's first or
// last name ("with Ann", "with Lee" for Ann Lee): hosts write guests by first name.
import { GENERATION_WORDS, personKey } from "../guests/person-name";

/** No name is longer: longer words are a sentence, and are not split and compared. */
const LONGEST_NAME = 120;

/**
 * The guest (as written in `guests`) that `written` names, or null. A whole name wins;
 * a first or last name goes to the first guest it fits that `taken` does not hold yet.
 */
export function coveredGuest(written: string, guests: readonly string[], taken: ReadonlySet<string>): string | null {
  if (written.length > LONGEST_NAME) return null;
  const key = personKey(written.trim());
  if (key === "") return null;
  let partial: string | null = null;
  for (const guest of guests) {
    const words = personKey(guest).split(" ").filter((w) => w !== "");
    if (words.join(" ") === key) return guest;
    const named = words.filter((w) => !GENERATION_WORDS.has(w));
    if (partial === null && !taken.has(guest) && named.length > 1 && (named[0] === key || named[named.length - 1] === key)) partial = guest;
  }
  return partial;
}

/** Lower-case words inside a name: "Manuel de la Pena", "Linda van de Vooren", "Ortega y Gasset". */
const PARTICLES = new Set(["de", "del", "della", "der", "den", "van", "von", "da", "das", "do", "dos", "di", "du", "la", "le", "bin", "ibn", "al", "el", "y", "ten", "ter", "zu"]);

/** A word of a name: a capital, then letters, apostrophes, hyphens or dots ("O'Brien", "Jean-Luc", "J.", "Dr."). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/**
 * Do the words look like a person's name: one to six words, each capitalised (a particle
 * aside, never first)? "Golioth", "Dr. Ann Lee" and "Ward" do; "live demo", "a deep dive
 * on Loki", "Q&A" and "k6" do not. Alone this never makes words a guest list
 * (guest-phrase.ts also wants one of the episode's guests named).
 */
export function looksLikeName(written: string): boolean {
  if (written.length === 0 || written.length > LONGEST_NAME) return false;
  const words = written.trim().split(/\s+/);
  if (words.length > 6) return false;
  return words.every((w, i) => NAME_WORD.test(w) || (i > 0 && PARTICLES.has(w)));
}
