// The run reader of a guest-ideas list (prospects.ts): the runs of two to five capitalised
// words in an item's text that may be people's names, with their particles, nicknames and
// initials. Split from prospects.ts, which decides which runs are likely people.
import { generationMarkEnd, isDottedTitle, isMarkAbbreviation } from "./person-name";
import { uncasedRuns } from "./uncased-runs";

export const PARTICLES = new Set(["de", "del", "della", "da", "di", "do", "dos", "das", "du", "la", "le", "van", "von", "der", "den", "ten", "ter", "bin"]);
/** "Ann", "O'Neil-Smith", "McKay", "Gomez-Sellés": a capital, then lower case, parts joined by - or '. */
const NAME_PART = "(?:Mc|Mac|O['’]|D['’])?\\p{Lu}\\p{Ll}+";
const NAME_WORD = new RegExp(`^${NAME_PART}(?:[-'’](?:${NAME_PART}|\\p{Ll}+))*$`, "u");

/** A quoted nickname, a word (with its inner hyphens or apostrophes and a full stop), white space, or one other character. */
const TOKEN = /"[^"\n]{1,30}"|“[^”\n]{1,30}”|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*\.?|\s+|[^\s]/gu;

export interface Run {
  name: string;
  start: number;
  end: number;
  /** The name before an "of"-particle ending the run ("Rubén Serrano" of "Rubén Serrano de Wallapop"). */
  short?: string;
}

/**
 * Particles that also mean "of" or "from": after a full name, "de Wallapop" may be the
 * company ("Rubén Serrano de Wallapop nos contaron") or the end of a surname ("Iñigo Ortiz
 * de Urbina"). Nothing in the words tells them apart, so such a run is proposed both ways,
 * unticked, unless the text settles it.
 */
const OF_PARTICLES = new Set(["de", "del", "da", "di", "do", "dos", "das", "du", "van", "von"]);

/**
 * Runs of two to five name words, with one group of particles inside ("Manu de la
 * Peña") and a quoted nickname ("Leandro "inkel" López"), an initial at the end
 * ("Nicole V.") or in the middle ("Nikola J. Grcevski"). Two spaces, punctuation, digits and words in capitals end a run.
 */
export function nameRuns(text: string): Run[] {
  const source = text.normalize("NFC");
  const runs: Run[] = [];
  let words: string[] = [];
  let pending: string[] = [];
  let particlesUsed = false;
  let start = -1;
  let end = -1;
  // Where the particles went in, and where the name before them ended.
  let particleAt = -1;
  let endBefore = -1;
  const close = (next = "") => {
    const full = words.filter((w) => !/^\p{Lu}\.$/u.test(w) && !/^["“]/.test(w) && !PARTICLES.has(w));
    if (full.length >= 1 && words.filter((w) => !PARTICLES.has(w) && !/^["“]/.test(w)).length >= 2) {
      const run: Run = { name: words.join(" "), start, end };
      withGenerationMark(source, run);
      const before = words.slice(0, particleAt).filter((w) => !/^["“]/.test(w));
      // "Iñigo Ortiz de Urbina de Adyen": a second "de" names the company, so the first
      // is the surname's. One particle and one word after a full name is unsure.
      const unsure = particleAt >= 2 && before.length >= 2 && words.length === particleAt + 2 && OF_PARTICLES.has(words[particleAt] ?? "") && !PARTICLES.has(next);
      if (unsure) run.short = source.slice(start, endBefore);
      runs.push(run);
    }
    words = [];
    pending = [];
    particlesUsed = false;
    start = -1;
    particleAt = -1;
  };
  // Read lazily, one token at a time: spreading every match of a long line into one array
  // first kept hundreds of thousands of match objects alive, and the collector's cost grew
  // faster than the line.
  for (const match of source.matchAll(TOKEN)) {
    const token = match[0];
    const at = match.index;
    if (/^\s+$/.test(token)) {
      if (token.length > 1 || token.includes("\t")) close();
      continue;
    }
    // A title before a name ("Ask Dr. Ann Lee") ends the run before it and is no part of one.
    if (isDottedTitle(token) && NAME_WORD.test(/^ ([\p{L}\p{M}'’-]+)/u.exec(source.slice(at + token.length, at + token.length + 40))?.[1] ?? "")) {
      close(token);
      continue;
    }
    const bare = token.endsWith(".") ? token.slice(0, -1) : token;
    const initial = /^\p{Lu}$/u.test(bare) && token.endsWith(".");
    // A word glued to a digit or a file's extension is part of a file name, a version or
    // an address ("Reproducir Intro1.MP4", "Outro.MP4", "Asserts.ai"), not of a name.
    const next = source[at + token.length] ?? "";
    const glued = /\p{N}/u.test(next) || /\p{N}/u.test(source[at - 1] ?? "") || (token.endsWith(".") && !initial && /[\p{L}\p{N}]/u.test(next));
    const nameWord = glued ? false : !token.endsWith(".") || initial ? NAME_WORD.test(bare) || initial : NAME_WORD.test(bare);
    if (nameWord && words.filter((w) => !PARTICLES.has(w) && !/^["“]/.test(w)).length < 5) {
      if (start < 0) start = at;
      if (pending.length > 0) {
        particleAt = words.length;
        words.push(...pending);
        particlesUsed = true;
        pending = [];
      }
      if (particleAt < 0) endBefore = at + bare.length + (initial ? 1 : 0);
      words.push(initial ? token : bare);
      end = at + bare.length + (initial ? 1 : 0);
      // A generation mark's stop is the abbreviation's, not a sentence's ("Ann Jr. and Bo
      // Chan" is a list of two): the run takes it in, so what follows it is read as the
      // list going on. The name is offered without it, as before ("Ann Jr"; one name to
      // personKey either way), and the mark ends the name.
      if (token.endsWith(".") && !initial && words.length >= 2 && isMarkAbbreviation(token) && /^\p{Lu}/u.test(token)) {
        end = at + token.length;
        close();
      }
      // A word ending a sentence ("Latorre.") ends the run.
      else if (token.endsWith(".") && !initial) close();
      // An initial ends a name ("Nicole V. y Antonio C.") unless a name word follows it: a middle initial ("Nikola J. Grcevski").
      else if (initial && (words.length < 2 || !NAME_WORD.test(/^ ([\p{L}\p{M}'’-]+)/u.exec(source.slice(at + token.length))?.[1] ?? ""))) close();
    } else if (words.length > 0 && !particlesUsed && PARTICLES.has(token) && pending.length < 2) pending.push(token);
    else if (words.length > 0 && /^["“]/.test(token) && pending.length === 0) words.push(token);
    else close(token);
  }
  close();
  // Names in scripts without capitals, by Detect's rule (uncased-runs.ts), in text order with the others.
  const uncased = uncasedRuns(source);
  return uncased.length === 0 ? runs : [...runs, ...uncased].sort((a, b) => a.start - b.start);
}

/**
 * A generation mark after the run is the name's ("Ann Lee, Jr.", "Ann Lee III"), as the guest
 * field's reader and the guests index keep it: without it the import offered the son as his
 * father. A mark read as the run's last word ("Ann Lee Jr." gives "Ann Lee Jr") is one already.
 */
function withGenerationMark(source: string, run: Run): void {
  const end = generationMarkEnd(source, run.end);
  if (end === run.end) return;
  run.name += source.slice(run.end, end);
  run.end = end;
}

/**
 * What joins two names of one list: a comma, a joining word, or a comma and one ("Ann Lee,
 * and Bo Chan"), in the languages the reader knows (and-words.ts, and their "or"; the
 * Arabic comma and "and" in the scripts without capitals: detect/spaced-names.ts). Short:
 * a long gap is no joiner, and is not lowered to find out.
 */
const JOINER = /^[,、，،]?\s*(?:(?:and|or|&|\/|\+|plus|y|o|e|u|ed|und|oder|et|ou|en|و|اور|और|आणि|এবং|ও|และ|ແລະ|და|እና)\s*)?$/;

export function joinsNames(gap: string): boolean {
  const text = gap.trim();
  return text !== "" && text.length < 12 && JOINER.test(text.toLowerCase());
}
