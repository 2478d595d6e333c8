// The words the plugin writes after an episode's link in the index note, in the show's
// language where the project has its texts (Spanish: " con Ann y Bo", " (cancelado)"),
// English otherwise; and the reading of what a line already has there (the guest list
// itself is guest-phrase.ts's), in either language, so a note written before (or by hand
// in the other language) is updated in place and never gets the words twice.
import { joinGuestNames } from "../note/and-words";
import { builtinLanguage } from "../snippets/snippet-language";
import { EMPHASIS } from "./list-items";
import { readGuestPhrase, type GuestPhrase } from "./guest-phrase";

export interface Words {
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
  /** The guest list written there (guest-phrase.ts), or null. */
  phrase: GuestPhrase | null;
  /** Everything else the user wrote, as written. */
  own: string;
  /** The plugin's cancelled mark at the very end, in exactly its form, or "". */
  mark: string;
}

/**
 * `trailing` read into its parts. `guests`: the episode's guests; `opened`: the emphasis
 * the line opened before its link; `language`: the show's; `wrote`: the guest names the
 * plugin wrote on the line (own-guests.ts).
 */
export function readTrailing(trailing: string, guests: readonly string[], opened = "", language = "", wrote: ReadonlySet<string> = new Set()): Trailing {
  let closers = 0;
  while (closers < 6 && closers < trailing.length && EMPHASIS.includes(trailing.charAt(closers))) closers++;
  const mark = pluginMarkAtEnd(trailing.slice(closers));
  const body = trailing.slice(closers, trailing.length - mark.length);
  const phrase = readGuestPhrase(body, guests, opened, language, wrote);
  return { closers: trailing.slice(0, closers), phrase, own: body.slice(phrase?.text.length ?? 0), mark };
}

/**
 * The guest list written again with `names` (phrase-names.ts): as written when they are
 * its names and its "with"/"con" is the show's language's; else the names (the user's as
 * written: titles, first names, links and all), joined as the show joins names, after a
 * "with"/"con" in the show's language (another intro, "feat." or a dash, as written). Its
 * emphasis or bracket stays. A list left with no name goes whole, its "with" and brackets
 * too, unless the user's words lean on it (phrase.open): then it stays as written.
 */
export function writePhrase(phrase: GuestPhrase, names: readonly string[], words: Words): string {
  const intro = reword(phrase.intro, words);
  const same = names.length === phrase.names.length && names.every((n, i) => n === phrase.names[i]);
  if (same && intro === phrase.intro) return phrase.text;
  if (names.length === 0) return phrase.open ? phrase.text : "";
  const head = phrase.head.slice(0, phrase.introAt) + intro + phrase.head.slice(phrase.introAt + phrase.intro.length);
  return `${head}${joinGuestNames(names, words.language)}${phrase.tail}`;
}

/** "with" and "con" (alone) in the show's language, in the case they were written in; other intros as written. */
function reword(intro: string, words: Words): string {
  const lower = intro.toLowerCase();
  if (!ALL.some((w) => w.with === lower) || lower === words.with) return intro;
  return intro.charAt(0) === intro.charAt(0).toUpperCase() ? words.with.charAt(0).toUpperCase() + words.with.slice(1) : words.with;
}
