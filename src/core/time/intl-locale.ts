// A date-fns Locale whose month, weekday and AM/PM names come from Intl in Obsidian's
// language, so main.js carries no translation tables (date-fns ships one per language;
// all of them would be several times the plugin's size).

import type { Day, LocaleDayPeriod, LocalizeFn, LocalizeFnOptions, Month } from "date-fns";
// Already in the bundle: it is the default locale of date-fns's format.
import { enUS } from "date-fns/locale/en-US";

/** What date-fns's format reads from a locale. */
export interface FormatLocale {
  code: string;
  localize: typeof enUS.localize;
  formatLong: typeof enUS.formatLong;
}

const accepted = new Map<string, string>();

/** The locale Intl accepts, falling back to 'en' for an empty or malformed tag. */
export function usableLocale(locale: string | undefined): string {
  if (typeof locale !== "string" || locale === "") return "en";
  // Building a DateTimeFormat to test a tag costs tens of microseconds: ask once per tag.
  let usable = accepted.get(locale);
  if (usable === undefined) {
    try {
      new Intl.DateTimeFormat(locale);
      usable = locale;
    } catch {
      usable = "en";
    }
    accepted.set(locale, usable);
  }
  return usable;
}

const locales = new Map<string, FormatLocale>();

/**
 * The locale for `requested` (an unusable tag gives English). Months, weekdays, AM/PM
 * and English ordinals are what the pattern translation asks for; eras, quarters and
 * the long formats (tokens it never produces) stay date-fns's English.
 */
export function intlLocale(requested: string | undefined): FormatLocale {
  const code = usableLocale(requested);
  let locale = locales.get(code);
  if (!locale) {
    locale = { code, localize: intlLocalize(code), formatLong: enUS.formatLong };
    locales.set(code, locale);
  }
  return locale;
}

type Width = "narrow" | "short" | "long";

function intlLocalize(code: string): FormatLocale["localize"] {
  const tables = new Map<string, string[]>();
  // Worked out once per width and context, from fixed UTC dates.
  const table = (key: string, build: () => string[]): string[] => {
    let names = tables.get(key);
    if (!names) {
      names = build();
      tables.set(key, names);
    }
    return names;
  };
  const month: LocalizeFn<Month> = (index, options) => {
    const width = intlWidth(options);
    const standalone = options?.context === "standalone";
    return table(`month|${width}|${String(standalone)}`, () => monthNames(code, width, standalone))[index] ?? "";
  };
  const day: LocalizeFn<Day> = (index, options) => {
    const width = intlWidth(options);
    return table(`day|${width}`, () => weekdayNames(code, width))[index] ?? "";
  };
  const dayPeriod: LocalizeFn<LocaleDayPeriod> = (value, options) => {
    if (value !== "am" && value !== "pm") return enUS.localize.dayPeriod(value, options);
    return table("dayPeriod", () => dayPeriods(code))[value === "am" ? 0 : 1] ?? "";
  };
  // English ordinals (1st, 22nd); other languages' forms vary too much to guess, so the bare number.
  const ordinalNumber: LocalizeFn<number> = /^en\b/i.test(code) ? enUS.localize.ordinalNumber : (value) => String(value);
  return { ...enUS.localize, month, day, dayPeriod, ordinalNumber };
}

/** date-fns's widths as Intl's: abbreviated (MMM, EEE) is short, wide (MMMM, EEEE) long. */
function intlWidth(options: LocalizeFnOptions | undefined): Width {
  const width = options?.width;
  return width === "wide" ? "long" : width === "narrow" ? "narrow" : "short";
}

function part(format: Intl.DateTimeFormat, at: number, type: Intl.DateTimeFormatPartTypes): string {
  return format.formatToParts(at).find((p) => p.type === type)?.value ?? "";
}

/**
 * In a date (formatting context) the month is asked for next to a day, so languages
 * that inflect it get the form used in a date ("5 июля", not the nominative "июль"),
 * as Unicode's MMMM. In Chinese and Japanese that part is a bare number (the 月 is a
 * separate literal), so there the month on its own ("7月") is used instead.
 */
function monthNames(code: string, width: Width, standalone: boolean): string[] {
  const inDate = new Intl.DateTimeFormat(code, { timeZone: "UTC", day: "numeric", month: width });
  const alone = new Intl.DateTimeFormat(code, { timeZone: "UTC", month: width });
  return Array.from({ length: 12 }, (_, m) => {
    const at = Date.UTC(2021, m, 15);
    const name = standalone ? "" : part(inDate, at, "month");
    return /^\d*$/.test(name) ? alone.format(at) : name;
  });
}

function weekdayNames(code: string, width: Width): string[] {
  const format = new Intl.DateTimeFormat(code, { timeZone: "UTC", weekday: width });
  // 2021-01-03 was a Sunday: index 0 = Sunday, as date-fns counts.
  return Array.from({ length: 7 }, (_, w) => part(format, Date.UTC(2021, 0, 3 + w), "weekday"));
}

function dayPeriods(code: string): string[] {
  const format = new Intl.DateTimeFormat(code, { timeZone: "UTC", hour: "numeric", hourCycle: "h12" });
  return [part(format, Date.UTC(2021, 0, 1, 9), "dayPeriod") || "AM", part(format, Date.UTC(2021, 0, 1, 21), "dayPeriod") || "PM"];
}
