// Which language a snippet is written in, and so which language its dates, weekdays
// and worded values ("semanal", "de una hora", "en tu zona horaria") are written in.
// A sentence reads in one language: the built-in English texts get English dates even
// for a show in French or in Obsidian set to German ("We could do it on Friday 5
// January", never "on vendredi 5 janvier"); a Spanish show's built-ins are Spanish
// throughout; a user's own snippet note is in the language its `language:` property
// names, else taken to be in the show's language (Obsidian's when the show has none).
import type { Snippet } from "./snippet";
import { primaryLanguage } from "../note/and-words";

// One rule for "which language is this tag", shared with the guest-joining words.
export { primaryLanguage };

/** Languages the built-in snippets are written in besides English. */
const TRANSLATED = new Set(["es"]);

/** The language of a show's built-in texts: its own when there is a translation, else English. */
export function builtinLanguage(showLanguage: string): string {
  const primary = primaryLanguage(showLanguage);
  return TRANSLATED.has(primary) ? primary : "en";
}

/**
 * The locale a snippet's dates and worded values are written in: its own language (a
 * built-in's, or the one a user's note names), as the show's tag when the snippet names
 * the language alone and the show the same one with a region (es-MX for a show in es-MX)
 * so Intl picks the show's regional forms; a note that names a region keeps it. A user's
 * note that names none: the show's language, else Obsidian's.
 */
export function snippetLocale(snippet: Pick<Snippet, "language">, showLanguage: string, appLocale: string): string {
  const show = showLanguage.trim();
  const own = snippet.language;
  if (own === undefined) return show !== "" ? show : appLocale;
  // A tag with a region ("en-GB") never equals a primary language, so it is kept.
  return primaryLanguage(show) === own ? show : own;
}

/** Longer than any real tag (en-Latn-US-u-ca-gregory is 22): refused before Intl reads it. */
const LONGEST_TAG = 64;
/** A language subtag and more subtags, as the show's Language setting takes them (in any case). */
const TAG_SHAPE = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

export type NoteLanguage = { tag: string; problem: null } | { tag: null; problem: string | null };

/**
 * A snippet note's `language:` property: the BCP 47 tag in Intl's canonical form
 * ("EN-gb" is en-GB), none for an empty or missing one, or why it is not taken (the show's
 * language is used then). Intl decides what is well formed, on top of the settings' shape:
 * "en-US-US" repeats its region and is no tag. `en_US` is told its fix.
 */
export function noteLanguage(value: unknown): NoteLanguage {
  if (value === undefined || value === null) return { tag: null, problem: null };
  const text = typeof value === "string" ? value.trim() : null;
  if (text === "") return { tag: null, problem: null };
  const refuse = (hint: string): NoteLanguage => ({
    tag: null,
    problem: `This note's language “${shown(value)}” is not a language code such as en, de or es-MX${hint}, so the show's language is used.`,
  });
  if (text === null) return refuse("");
  if (text.length > LONGEST_TAG) return refuse("");
  const hyphened = text.replace(/_/g, "-");
  if (hyphened !== text && wellFormed(hyphened) !== null) return refuse(` (write ${wellFormed(hyphened) ?? ""}, with a hyphen)`);
  const tag = wellFormed(text);
  return tag === null ? refuse("") : { tag, problem: null };
}

function wellFormed(text: string): string | null {
  if (!TAG_SHAPE.test(text)) return null;
  try {
    return Intl.getCanonicalLocales(text)[0] ?? null;
  } catch {
    return null;
  }
}

/** The value as the warning quotes it: one line, clipped (a list shows as YAML would write it). */
function shown(value: unknown): string {
  let text: string;
  if (typeof value === "string") text = value;
  else if (Array.isArray(value)) text = `[${value.map((v) => shown(v)).join(", ")}]`;
  else if (typeof value === "number" || typeof value === "boolean") text = String(value);
  else text = "a list of properties";
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

/** Are values for this locale worded in Spanish? */
export function speaksSpanish(locale: string): boolean {
  return primaryLanguage(locale) === "es";
}

/**
 * `make` once per locale: the snippets of one show are in at most two languages (the
 * built-ins' and the user's notes'), and working the values out costs more than filling.
 */
export function perLocale<T>(make: (locale: string) => T): (locale: string) => T {
  const made = new Map<string, T>();
  return (locale) => {
    let value = made.get(locale);
    if (value === undefined) {
      value = make(locale);
      made.set(locale, value);
    }
    return value;
  };
}
