// The words the plugin writes after an episode's link in the index note, in the show's
// language where the project has its texts (Spanish: " con Ann y Bo", " (cancelado)"),
// English otherwise; and the reading of what a line already has there, in either
// language, so a note written before (or by hand in the other language) is updated in
// place and never gets the words twice.
import { joinGuestNames } from "../note/and-words";
import { builtinLanguage } from "../snippets/snippet-language";
import { EMPHASIS } from "./list-items";

interface Words {
  language: string;
  with: string;
  mark: string;
}

const ENGLISH: Words = { language: "en", with: "with", mark: " (cancelled)" };
const SPANISH: Words = { language: "es", with: "con", mark: " (cancelado)" };
const ALL: readonly Words[] = [ENGLISH, SPANISH];

/** The words for a show in `language` (BCP 47, "" = English). */
export function wordsFor(language: string | undefined): Words {
  return builtinLanguage(language ?? "") === "es" ? SPANISH : ENGLISH;
}

/** The cancelled marks the plugin writes, in any of its languages. */
export const PLUGIN_MARKS: readonly string[] = ALL.map((w) => w.mark);

/** The plugin's mark that `text` ends with, or "". */
export function pluginMarkAtEnd(text: string): string {
  return PLUGIN_MARKS.find((mark) => text.endsWith(mark)) ?? "";
}

/** " with Ann and Bo" / " con Ann y Bo"; "" without names. */
export function guestWords(names: readonly string[], words: Words): string {
  return names.length === 0 ? "" : ` ${words.with} ${joinGuestNames(names, words.language)}`;
}

/**
 * Words a user marks a slot with: cancel(l)ed, skipped, dropped, called off, postponed; in
 * Spanish cancelado/cancelada (and cancelación), suspendido/suspendida, pospuesto, aplazado,
 * each in any gender and number. Whole words only: a topic's "Cancellation tokens" or
 * "skipping tests" is no mark. Not "suspensión": without its accent it is English
 * "suspension", a topic. Fixed words, so the scan is linear.
 */
const MARK_WORDS =
  /(?<![\p{L}\p{N}])(?:cancel(?:l?ed)?|cancelad[oa]s?|cancelaci[oó]n|skip(?:ped)?|dropped|called\s+off|postponed?|suspendid[oa]s?|pospuest[oa]s?|aplazad[oa]s?)(?![\p{L}\p{N}])/iu;

/** Do the user's own words (after the link, guests aside) mark the episode as not happening? */
export function saysCancelled(words: string): boolean {
  return MARK_WORDS.test(words);
}

/** An entry struck through: `~~` opened before its link or title and closed after it. */
export function struckThrough(opened: string, after: string): boolean {
  return opened.includes("~~") && after.includes("~~");
}

/** What follows an episode's link, in its parts. */
export interface Trailing {
  /** Emphasis closed right after the link ("~~" in `~~[[GOH 12]]~~ with Ann`). */
  closers: string;
  /** " with Ann and Bo" as written (either language), or "". */
  guests: string;
  /** Everything else the user wrote, as written. */
  own: string;
  /** The plugin's cancelled mark at the very end, in exactly its form, or "". */
  mark: string;
}

/**
 * Where a guest phrase written by hand (or for other guests) ends: before a bracket, a
 * comment, a dash that sets off the user's next words (" — great demo"), or the closing
 * of the line's own emphasis (`~~[[GOH 12]] with Ann~~`). A known guest's name is read
 * whole, so "Ann Lee (Grafana)" or "ann_lee" is not cut at its bracket or underscore.
 */
const PHRASE_ENDS = ["(", "[", "%%", "<!--", " — ", " – ", " - ", "; ", " | ", "~~"];

function phraseEnd(text: string, known: readonly string[], opened: string): number {
  const stops = [...PHRASE_ENDS, ...[...new Set(opened)]];
  const firsts = new Set([...stops.map((stop) => stop.charAt(0)), ","]);
  for (let i = 1; i < text.length; i++) {
    const before = text.charAt(i - 1);
    if (before === " " || before === ",") {
      const name = known.find((n) => n !== "" && text.startsWith(n, i));
      if (name !== undefined) {
        i += name.length - 1;
        continue;
      }
    }
    if (firsts.has(text.charAt(i)) && stops.some((stop) => text.startsWith(stop, i))) return i;
    if (text.charAt(i) === "," && andAfterComma(text, i + 1, known)) return i;
  }
  return text.length;
}

/** "and", "y", "e" (either language's joining words), with the space after them. */
const AND_AFTER_COMMA = /^\s*(?:and|y|e)\s/i;

/**
 * A comma then a joining word that no guest's name follows (", and a demo of Faro"): the
 * plugin never writes a comma before its "and" ("Ann, Bo and Cy"), so the guest list
 * ended at the comma and the rest is the user's. ", and Cy" with Cy a guest is an Oxford
 * comma inside the list. Looks at a few characters after the comma only.
 */
function andAfterComma(text: string, from: number, known: readonly string[]): boolean {
  const m = AND_AFTER_COMMA.exec(text.slice(from, from + 8));
  if (m === null) return false;
  const at = from + m[0].length;
  return !known.some((n) => n !== "" && text.startsWith(n, at));
}

const GUEST_START = /^\s+(?:with|con)\s/i;

/**
 * `trailing` read into its parts. The guest phrase is the plugin's for `names` in either
 * language when it is exactly that (so a line the plugin wrote reads back the same, its
 * user's words after it kept), else from "with"/"con" to where phraseEnd says. `known`:
 * every guest's name; `opened`: the emphasis the line opened before its link.
 */
export function readTrailing(trailing: string, names: readonly string[], known: readonly string[] = names, opened = ""): Trailing {
  let closers = 0;
  while (closers < 6 && closers < trailing.length && EMPHASIS.includes(trailing.charAt(closers))) closers++;
  const mark = pluginMarkAtEnd(trailing.slice(closers));
  const body = trailing.slice(closers, trailing.length - mark.length);
  let guests = "";
  if (GUEST_START.test(body)) {
    const exact = ALL.map((w) => guestWords(names, w)).find((phrase) => phrase !== "" && body.startsWith(phrase) && !/^[\p{L}\p{N}]/u.test(body.slice(phrase.length)));
    guests = exact ?? body.slice(0, phraseEnd(body, known, opened)).trimEnd();
  }
  return { closers: trailing.slice(0, closers), guests, own: body.slice(guests.length), mark };
}
