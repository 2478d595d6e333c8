// Month, weekday and AM/PM names in a locale, taken from Intl so the bundle carries no
// translation tables. Worked out once per locale from fixed UTC dates.

export interface LocaleNames {
  /** The locale actually used: the one asked for, or 'en' when Intl rejects it. */
  locale: string;
  monthsShort: string[];
  monthsLong: string[];
  /** Index 0 = Sunday. */
  weekdaysShort: string[];
  weekdaysLong: string[];
  /** [before noon, after noon] */
  dayPeriods: [string, string];
}

const cache = new Map<string, LocaleNames>();

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

function part(format: Intl.DateTimeFormat, at: number, type: Intl.DateTimeFormatPartTypes, fallback: string): string {
  return format.formatToParts(at).find((p) => p.type === type)?.value ?? fallback;
}

export function localeNames(requested: string | undefined): LocaleNames {
  const locale = usableLocale(requested);
  const cached = cache.get(locale);
  if (cached) return cached;
  const utc = { timeZone: "UTC" } as const;
  const monthShort = monthNamer(locale, "short");
  const monthLong = monthNamer(locale, "long");
  const weekdayShort = new Intl.DateTimeFormat(locale, { ...utc, weekday: "short" });
  const weekdayLong = new Intl.DateTimeFormat(locale, { ...utc, weekday: "long" });
  const hour12 = new Intl.DateTimeFormat(locale, { ...utc, hour: "numeric", hourCycle: "h12" });
  const months = Array.from({ length: 12 }, (_, m) => Date.UTC(2021, m, 15));
  // 2021-01-03 was a Sunday.
  const weekdays = Array.from({ length: 7 }, (_, w) => Date.UTC(2021, 0, 3 + w));
  const names: LocaleNames = {
    locale,
    monthsShort: months.map(monthShort),
    monthsLong: months.map(monthLong),
    weekdaysShort: weekdays.map((at) => part(weekdayShort, at, "weekday", "")),
    weekdaysLong: weekdays.map((at) => part(weekdayLong, at, "weekday", "")),
    dayPeriods: [part(hour12, Date.UTC(2021, 0, 1, 9), "dayPeriod", "AM"), part(hour12, Date.UTC(2021, 0, 1, 21), "dayPeriod", "PM")],
  };
  cache.set(locale, names);
  return names;
}

/**
 * The month is asked for next to a day so languages that inflect it get the form used
 * in a date ("5 января", not the nominative "январь"), matching Unicode's MMMM. In
 * Chinese and Japanese that part is a bare number (the 月 is a separate literal), so
 * there the month on its own ("7月") is used instead.
 */
function monthNamer(locale: string, width: "short" | "long"): (at: number) => string {
  const inDate = new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: width });
  const alone = new Intl.DateTimeFormat(locale, { timeZone: "UTC", month: width });
  return (at) => {
    const name = part(inDate, at, "month", "");
    return /^\d*$/.test(name) ? alone.format(at) : name;
  };
}
