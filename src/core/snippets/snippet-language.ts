// Which language a snippet is written in, and so which language its dates, weekdays
// and worded values ("semanal", "de una hora", "en tu zona horaria") are written in.
// A sentence reads in one language: the built-in English texts get English dates even
// for a show in French or in Obsidian set to German ("We could do it on Friday 5
// January", never "on vendredi 5 janvier"); a Spanish show's built-ins are Spanish
// throughout; a user's own snippet note is taken to be in the show's language.
import type { Snippet } from "./snippet";

/** "es" for "es-MX", "" for "". */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
}

/** Languages the built-in snippets are written in besides English. */
const TRANSLATED = new Set(["es"]);

/** The language of a show's built-in texts: its own when there is a translation, else English. */
export function builtinLanguage(showLanguage: string): string {
  const primary = primaryLanguage(showLanguage);
  return TRANSLATED.has(primary) ? primary : "en";
}

/**
 * The locale a snippet's dates and worded values are written in. A built-in: its own
 * language, as the show's tag when they agree (es-MX for a show in es-MX) so Intl picks
 * the show's regional forms. A user's note: the show's language, else Obsidian's.
 */
export function snippetLocale(snippet: Pick<Snippet, "language">, showLanguage: string, appLocale: string): string {
  const show = showLanguage.trim();
  if (snippet.language === undefined) return show !== "" ? show : appLocale;
  return primaryLanguage(show) === snippet.language ? show : snippet.language;
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
