// The name a person is matched by: the written name without the honorific before it
// ("Dr.", "Prof", "Sra.") and the degrees after it ("PhD", ", M.D."), folded (core/text/fold.ts).
// "Dr. Ann Lee", "Ann Lee, PhD" and a guest note named "Ann Lee" are one person.
// A generation mark (Jr., Sr., II, III, IV) is kept, as "jr", "sr", "ii"…: father and son
// share every other word, so "Ann Lee, Jr." and "Ann Lee" stay two people, offered as
// "maybe the same" (may-be-same.ts) for the user to settle with an alias.
// The rules guard names that only look like titles: a word is an honorific only before at
// least one more word, and a degree without a comma before it only when written in its
// usual letters ("PhD", "MBA", never "Ma" as in "Jack Ma") and the name is not all capitals.
import { foldName } from "../text/fold";

/** Before a name, with or without a full stop ("Dr", "Dr."), in any case. */
const HONORIFICS = new Set([
  "dr", "dra", "doctor", "doctora", "prof", "profa", "professor", "profesor", "profesora",
  "mr", "mrs", "mx", "ms", "miss", "sir", "dame", "sra", "srta", "rev",
]);
/**
 * Before a name only with a full stop: as plain words they can be names ("Ing", "Lic"),
 * or mean something else: "Sr" without a stop is Senior ("Sr Engineer", "Ann Lee Sr"),
 * only "Sr." is Señor.
 */
const DOTTED_HONORIFICS = new Set(["ing", "lic", "fr", "sr"]);

/** Degrees and honours after a name, as usually written (dots dropped): a comma before them allows any case. */
const DEGREES = ["PhD", "DPhil", "EdD", "MD", "DO", "DDS", "DVM", "MBA", "MSc", "MS", "MA", "MEng", "MPH", "MFA", "BSc", "BA", "BS", "JD", "LLM", "Esq", "CPA", "CFA", "PE", "PMP", "RN", "OBE", "MBE", "CBE", "KBE", "FRS"];
const DEGREE_SPELLINGS = new Set(DEGREES);
const DEGREES_FOLDED = new Set(DEGREES.map((d) => d.toLowerCase()));

/** Generation marks, folded, and the one form each is kept as. */
const GENERATIONS: Record<string, string> = { jr: "jr", jnr: "jr", junior: "jr", sr: "sr", snr: "sr", senior: "sr", ii: "ii", iii: "iii", iv: "iv" };
/** The kept forms: what may-be-same.ts reads as "one of father and son". */
export const GENERATION_WORDS: ReadonlySet<string> = new Set(Object.values(GENERATIONS));

const keys = new Map<string, string>();
const KEYS_LIMIT = 20_000;

/**
 * The folded name without honorific and degrees, a generation mark kept last
 * ("Dr. Ann Lee, Jr., PhD" → "ann lee jr"). Linear in the name's length; a name with none
 * of them folds as foldName does.
 */
export function personKey(name: string): string {
  let out = keys.get(name);
  if (out === undefined) {
    out = keyOf(name);
    if (keys.size >= KEYS_LIMIT) keys.clear();
    keys.set(name, out);
  }
  return out;
}

/** Longer words are no title, degree or mark: they are never copied out of the name. */
const LONGEST = 12;

/**
 * The written name without honorific and degrees, as written between its first and last
 * kept word (inner commas and spaces stay), and the generation mark. The words are read
 * from each end only as far as they are dropped, and only short ones are copied, so a
 * name of a hundred thousand characters costs one pass and no garbage.
 */
export function nameParts(name: string): NameParts {
  let left = countWords(name);
  if (left < 2) return { name, generation: null, generationWord: null };
  const allCaps = !/\p{Ll}/u.test(name);
  let generation: string | null = null;
  let generationWord: string | null = null;
  let end = name.length;
  // From the end: degrees and one generation mark, in either order ("Jr., PhD", "PhD, Jr.").
  while (left >= 2) {
    const at = wordEndingBefore(name, end);
    const bare = at.end - at.start > LONGEST ? "" : name.slice(at.start, at.end).replace(/\./g, "");
    const folded = bare.toLowerCase();
    const gen = GENERATIONS[folded];
    // II–IV only in capitals ("Iv" may be a name); two name words must remain before a mark.
    if (generation === null && gen !== undefined && left >= 3 && (!gen.startsWith("i") || bare === bare.toUpperCase())) {
      generation = gen;
      generationWord = name.slice(at.start, at.end);
    } else if (!(DEGREES_FOLDED.has(folded) && (commaBefore(name, at.start) || (!allCaps && DEGREE_SPELLINGS.has(bare))))) break;
    end = at.start;
    left--;
  }
  // From the start: honorifics, while a word is left after them.
  let start = 0;
  while (left >= 2) {
    const at = wordStartingAt(name, start);
    const word = at.end - at.start > LONGEST ? "" : name.slice(at.start, at.end);
    const dotted = word.endsWith(".");
    const bare = (dotted ? word.slice(0, -1) : word).toLowerCase();
    if (!HONORIFICS.has(bare) && !(dotted && DOTTED_HONORIFICS.has(bare))) break;
    start = at.end;
    left--;
  }
  if (start === 0 && end === name.length) return { name, generation: null, generationWord: null };
  return { name: name.slice(wordStartingAt(name, start).start, wordEndingBefore(name, end).end), generation, generationWord };
}

export interface NameParts {
  /** The name without honorific, degrees and generation mark, as written between its first and last kept word. */
  name: string;
  /** The generation mark in its one kept form ("jr"), or null. */
  generation: string | null;
  /** The generation mark as written ("Jr."), or null. */
  generationWord: string | null;
}

/**
 * What a new guest note is named: the person, not the form of address. "Mr Ann Lee",
 * "Dr. Ann Lee" and "Ann Lee, PhD" give "Ann Lee"; a generation mark stays, as written
 * ("Dr. Ann Lee, Jr., PhD" gives "Ann Lee Jr."), since father and son are two people.
 * A name left with a single word ("Mr Lee", "Dr. Ruth") keeps its written form: a note
 * named "Lee" would name no one in particular. A name with nothing to drop is returned as it is.
 */
export function noteNameOf(written: string): string {
  const name = written.trim();
  const parts = nameParts(name);
  if (parts.name === name || countWords(parts.name) < 2) return name;
  const mark = parts.generationWord;
  if (mark === null) return parts.name;
  // Only the mark was read off ("Ann Lee, Jr."): nothing to drop, the written form stays.
  const onlyMark = name.startsWith(parts.name) && name.endsWith(mark) && /^[\s,]*$/.test(name.slice(parts.name.length, name.length - mark.length));
  return onlyMark ? name : `${parts.name} ${mark}`;
}

/**
 * `gap` without the honorifics that end it ("with Dr. " → "with "): the text before a name
 * run, where a dotted title ("Dr.") ends a sentence to the run reader and stays behind.
 * Linear: one pass from the end over short words.
 */
export function withoutTrailingHonorifics(gap: string): string {
  let end = gap.length;
  for (;;) {
    const at = wordEndingBefore(gap, end);
    if (at.start === at.end || at.end - at.start > LONGEST) return gap.slice(0, end);
    const word = gap.slice(at.start, at.end);
    const dotted = word.endsWith(".");
    const bare = (dotted ? word.slice(0, -1) : word).toLowerCase();
    if (!HONORIFICS.has(bare) && !(dotted && DOTTED_HONORIFICS.has(bare))) return gap.slice(0, end);
    end = at.start;
  }
}

/**
 * `gap` without what may follow a name before the next one: degrees and a generation mark
 * (", PhD", " M.D.", ", Jr.") and one aside in parentheses ("(Grafana)", "(she/her)"), so
 * "Bo Chan, PhD and Cy Berg" leaves " and " between the two names, as "Bo Chan and Cy Berg"
 * does. A degree needs a comma before it or its usual letters, as in nameParts; II–IV only
 * in capitals. Linear: one pass from the start over short words.
 */
export function withoutLeadingPostNominals(gap: string): string {
  let start = 0;
  for (;;) {
    let s = start;
    let comma = false;
    for (; s < gap.length && isGap(gap[s] ?? ""); s++) if (gap[s] === ",") comma = true;
    if (gap[s] === "(") {
      const close = gap.indexOf(")", s);
      // One short aside, nothing nested: a longer one is text of its own.
      if (close < 0 || close - s > ASIDE || gap.slice(s + 1, close).includes("(")) return gap.slice(start);
      start = close + 1;
      continue;
    }
    let e = s;
    while (e < gap.length && !isGap(gap[e] ?? "") && gap[e] !== "(" && e - s <= LONGEST) e++;
    if (e === s || e - s > LONGEST) return gap.slice(start);
    const bare = gap.slice(s, e).replace(/\./g, "");
    const folded = bare.toLowerCase();
    const gen = GENERATIONS[folded];
    const degree = DEGREES_FOLDED.has(folded) && (comma || DEGREE_SPELLINGS.has(bare));
    const mark = gen !== undefined && (!gen.startsWith("i") || bare === bare.toUpperCase()) && /^\p{Lu}/u.test(bare);
    if (!degree && !mark) return gap.slice(start);
    start = e;
  }
}

/**
 * Where a generation mark written right after a name ends (the name ending at `at`): ", Jr.",
 * " III", ", Senior"; `at` when there is none. Capitalised, II–IV in capitals, a word of its
 * own (not "Jr-ish"), and not a title before the next name ("Ann Lee, Sr. Bo Chan": "Sr." is
 * also "Señor"). The list reader keeps it with the name, as the guest field's reader does:
 * "Ann Lee, Jr." and "Ann Lee" are father and son. Reads a few characters, whatever the text's length.
 */
export function generationMarkEnd(text: string, at: number): number {
  let s = at;
  if (text[s] === ",") s++;
  if (text[s] === " ") s++;
  let e = s;
  while (e < text.length && e - s <= LONGEST && /\p{L}/u.test(text[e] ?? "")) e++;
  if (e === s || e - s > LONGEST) return at;
  const bare = text.slice(s, e);
  const gen = GENERATIONS[bare.toLowerCase()];
  if (gen === undefined || !/^\p{Lu}/u.test(bare) || (gen.startsWith("i") && bare !== bare.toUpperCase())) return at;
  if (text[e] === ".") e++;
  const next = text[e] ?? "";
  if (/[\p{L}\p{N}'’-]/u.test(next)) return at;
  if (next === " " && /^\p{Lu}\p{Ll}/u.test(text.slice(e + 1, e + 3))) return at;
  return e;
}

/** The longest aside in parentheses read as part of the name before it. */
const ASIDE = 60;

/**
 * Whether `token` ("Dr.", "Prof.", "Ing.") is a title written before a name: an honorific
 * with its full stop. The list reader keeps it out of a run of capitalised words, so
 * "Ask Dr. Ann Lee" reads "Ann Lee" after "Ask Dr.", not a name "Ask Dr" ended by a sentence.
 */
export function isDottedTitle(token: string): boolean {
  if (!token.endsWith(".") || token.length > LONGEST) return false;
  const bare = token.slice(0, -1).toLowerCase();
  return HONORIFICS.has(bare) || DOTTED_HONORIFICS.has(bare);
}

function keyOf(name: string): string {
  const parts = nameParts(name);
  const folded = foldName(parts.name);
  if (parts.generation === null) return withoutMarkStop(folded);
  return folded === "" ? folded : `${folded} ${parts.generation}`;
}

/**
 * A name ending in a generation mark too short to split off ("Ann Jr.": one word before
 * it) keeps the mark as its second word, and its stop is the abbreviation's: "Ann Jr." and
 * "Ann Jr" are one name, as "Ann Lee Jr." and "Ann Lee Jr" are.
 */
function withoutMarkStop(folded: string): string {
  if (!folded.endsWith(".")) return folded;
  const at = folded.lastIndexOf(" ");
  return at > 0 && isMarkAbbreviation(folded.slice(at + 1)) ? folded.slice(0, -1) : folded;
}

/** The generation marks that are abbreviations, whose stop is their own (not "III.", which ends a sentence). */
const ABBREVIATED_MARKS = new Set(["jr", "jnr", "sr", "snr"]);

/** An abbreviated generation mark, with or without its stop, in any case ("Jr.", "snr"). */
export function isMarkAbbreviation(word: string): boolean {
  const bare = word.endsWith(".") ? word.slice(0, -1) : word;
  return ABBREVIATED_MARKS.has(bare.toLowerCase());
}

/** White space and commas part words. */
function isGap(ch: string): boolean {
  return ch === " " || ch === "," || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\u00a0" || (ch > "\x7f" && /\s/u.test(ch));
}

function countWords(name: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < name.length; i++) {
    const gap = isGap(name[i] ?? "");
    if (!gap && !inWord) count++;
    inWord = !gap;
  }
  return count;
}

/** The last word ending at or before `end`. */
function wordEndingBefore(name: string, end: number): { start: number; end: number } {
  let e = end;
  while (e > 0 && isGap(name[e - 1] ?? "")) e--;
  let s = e;
  while (s > 0 && !isGap(name[s - 1] ?? "")) s--;
  return { start: s, end: e };
}

/** The first word starting at or after `start`. */
function wordStartingAt(name: string, start: number): { start: number; end: number } {
  let s = start;
  while (s < name.length && isGap(name[s] ?? "")) s++;
  let e = s;
  while (e < name.length && !isGap(name[e] ?? "")) e++;
  return { start: s, end: e };
}

/** Is there a comma among the gap before the word starting at `start`? */
function commaBefore(name: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && isGap(name[i] ?? ""); i--) if (name[i] === ",") return true;
  return false;
}
