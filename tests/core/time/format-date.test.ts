import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDate, formatDay } from "../../../src/core/time/format-date";
import { anyCodePoint, anyText } from "../calendar/arbitraries";

// Friday 5 July 2024, 15:04:09 CEST in Berlin.
const SUMMER = new Date("2024-07-05T13:04:09.250Z");
const BERLIN = "Europe/Berlin";
const fmt = (pattern: string, locale?: string, instant = SUMMER, zone = BERLIN): string => formatDate(instant, zone, pattern, locale);

describe("formatDate: moment-style tokens", () => {
  it.each([
    ["YYYY-MM-DD", "2024-07-05"],
    ["YY", "24"],
    ["M/D", "7/5"],
    ["MM/DD", "07/05"],
    ["MMM", "Jul"],
    ["MMMM", "July"],
    ["Do", "5th"],
    ["ddd", "Fri"],
    ["dddd", "Friday"],
    ["H:mm", "15:04"],
    ["HH:mm:ss", "15:04:09"],
    ["h:mm A", "3:04 PM"],
    ["hh:mm a", "03:04 pm"],
    ["m s", "4 9"],
    ["Z", "+02:00"],
    ["ZZ", "+0200"],
    ["dddd, MMMM Do YYYY, h:mm:ss a", "Friday, July 5th 2024, 3:04:09 pm"],
    ["YYYY-MM-DDTHH:mm:ssZ", "2024-07-05T15:04:09+02:00"],
    ["[Week of] MMM D", "Week of Jul 5"],
    ["[YYYY] YYYY", "YYYY 2024"],
    ["D MMM 'YY", "5 Jul '24"],
  ])("%j → %j", (pattern, expected) => {
    expect(fmt(pattern)).toBe(expected);
  });
});

describe("formatDate: Unicode / date-fns tokens", () => {
  it.each([
    ["yyyy-MM-dd", "2024-07-05"],
    ["yy", "24"],
    ["y", "2024"],
    ["d", "5"],
    ["dd", "05"],
    ["E", "Fri"],
    ["EEE", "Fri"],
    ["EEEE", "Friday"],
    ["z", "CEST"],
    ["zzz", "CEST"],
    ["zzzz", "Central European Summer Time"],
    ["xxx", "+02:00"],
    ["xx", "+0200"],
    ["x", "+02"],
    ["EEEE, d MMMM yyyy 'at' HH:mm zzz", "Friday, 5 July 2024 at 15:04 CEST"],
    ["h 'o''clock'", "3 o'clock"],
    ["''", "'"],
    ["'It''s' EEE", "It's Fri"],
  ])("%j → %j", (pattern, expected) => {
    expect(fmt(pattern)).toBe(expected);
  });
});

describe("formatDate: zones", () => {
  it("reads the wall clock of the zone asked for, in winter and summer", () => {
    const winter = new Date("2024-01-05T13:00:00Z");
    expect(formatDate(winter, "UTC", "HH:mm z Z")).toBe("13:00 UTC +00:00");
    expect(formatDate(winter, BERLIN, "HH:mm z Z")).toBe("14:00 CET +01:00");
    expect(formatDate(SUMMER, "UTC", "HH:mm z")).toBe("13:04 UTC");
    expect(formatDate(winter, "America/Los_Angeles", "ddd h:mm A z ZZ")).toBe("Fri 5:00 AM PST -0800");
    expect(formatDate(winter, "Asia/Kolkata", "HH:mm z Z x")).toBe("18:30 IST +05:30 +0530");
    expect(formatDate(new Date("2024-01-05T19:00:00Z"), "Asia/Kolkata", "ddd YYYY-MM-DD HH:mm")).toBe("Sat 2024-01-06 00:30");
    expect(formatDate(winter, "America/St_Johns", "Z x")).toBe("-03:30 -0330");
  });

  it("names midnight and noon on the 12-hour clock as 12 AM and 12 PM", () => {
    expect(formatDate(new Date("2024-01-05T00:00:00Z"), "UTC", "h A hh")).toBe("12 AM 12");
    expect(formatDate(new Date("2024-01-05T12:00:00Z"), "UTC", "h A")).toBe("12 PM");
    expect(formatDate(new Date("2024-01-05T23:59:00Z"), "UTC", "h:mm a")).toBe("11:59 pm");
  });

  it("writes English ordinals", () => {
    const day = (d: number): string => formatDate(new Date(Date.UTC(2024, 0, d, 12)), "UTC", "Do");
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 24, 31].map(day)).toEqual(["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "24th", "31st"]);
  });

  it("pads years before 1000", () => {
    expect(formatDate(new Date(Date.UTC(999, 0, 1) + 0), "UTC", "YYYY yy y")).toBe("0999 99 999");
  });
});

describe("formatDate: locales", () => {
  it.each([
    ["de", "dddd, D. MMMM YYYY", "Freitag, 5. Juli 2024"],
    ["fr", "dddd D MMMM YYYY", "vendredi 5 juillet 2024"],
    ["es", "EEEE d 'de' MMMM", "viernes 5 de julio"],
    // In a date, Russian puts the month in the genitive.
    ["ru", "D MMMM YYYY", "5 июля 2024"],
    ["ja", "MMMM", "7月"],
    ["en-GB", "ddd D MMM", "Fri 5 Jul"],
  ])("%s: %j", (locale, pattern, expected) => {
    expect(fmt(pattern, locale)).toBe(expected);
  });

  it("uses the locale's day periods and bare numbers for non-English ordinals", () => {
    expect(fmt("Do", "de")).toBe("5");
    expect(fmt("A", "ja")).toBe("午後");
  });

  it("falls back to English for an unusable locale", () => {
    expect(fmt("dddd MMMM", "not a locale!!")).toBe("Friday July");
    expect(fmt("dddd MMMM", "")).toBe("Friday July");
  });
});

describe("formatDate: literals and unknown letters", () => {
  it.each([
    ["T", "T"],
    ["Q", "Q"],
    ["[", "["],
    ["[YYYY", "[2024"],
    ["YYYY]", "2024]"],
    ["'YYYY", "'2024"],
    ["[a]a", "apm"],
    ["['quoted']", "'quoted'"],
    ["'[bracketed]'", "[bracketed]"],
    ["MMMMM", "July7"],
    ["DDDD", "0505"],
    ["DDo", "05o"],
    ["[]", ""],
    ["", ""],
    ["こんにちは YYYY", "こんにちは 2024"],
    ["🎙️ [Office Hours] #", "🎙️ Office Hours #"],
  ])("%j → %j", (pattern, expected) => {
    expect(fmt(pattern)).toBe(expected);
  });
});

describe("formatDate: robustness", () => {
  it("says what is wrong instead of throwing", () => {
    expect(formatDate(new Date(NaN), "UTC", "YYYY")).toBe("Invalid date");
    expect(formatDate(SUMMER, "Nowhere/Special", "YYYY")).toBe("Invalid time zone");
  });

  it("gives 'Invalid date' within a day of the ends of the Date range, where a wall clock is no Date", () => {
    expect(formatDate(new Date(8.64e15), "Pacific/Kiritimati", "YYYY-MM-DD")).toBe("Invalid date");
    expect(formatDate(new Date(-8.64e15), "UTC", "YYYY-MM-DD")).toBe("Invalid date");
    expect(formatDate(new Date(8.64e15 - 86_400_000), "Pacific/Kiritimati", "YYYY-MM-DD HH:mm")).toBe("275760-09-12 14:00");
  });

  it("never throws, for any pattern, locale and zone", () => {
    const zone = fc.oneof(fc.constantFrom("UTC", BERLIN, "America/Los_Angeles", "Asia/Kolkata"), fc.string());
    const locale = fc.oneof(fc.constantFrom("en", "de", "ja", "ar", undefined), fc.string());
    const pattern = fc.string({ unit: fc.oneof(fc.constantFrom("[", "]", "'", "Y", "M", "D", "d", "o", "E", "a", "A", "z", "x", "Z"), anyCodePoint) });
    fc.assert(
      fc.property(fc.date(), zone, locale, pattern, (instant, z, l, p) => {
        expect(typeof formatDate(instant, z, p, l)).toBe("string");
      }),
      // Each new random locale builds its Intl formatters, so runs are costly.
      { numRuns: 120 },
    );
  });

  it("passes text without letters, brackets or quotes through unchanged", () => {
    const plain = anyText.filter((s) => !/[A-Za-z[\]']/.test(s));
    fc.assert(
      fc.property(plain, (p) => {
        expect(fmt(p)).toBe(p);
      }),
    );
  });

  it("prints bracketed text verbatim", () => {
    const text = anyText.filter((s) => !s.includes("]"));
    fc.assert(
      fc.property(text, (t) => {
        expect(fmt(`[${t}]`)).toBe(t);
      }),
    );
  });

  it("runs in linear time on hostile patterns", () => {
    const size = 200_000;
    for (const pattern of ["[".repeat(size), "'".repeat(size - 1), `'${"''".repeat(size / 2)}`, "['".repeat(size / 2), "M".repeat(size), "Do".repeat(size / 2), "[a'".repeat(size / 3)]) {
      const started = performance.now();
      formatDate(SUMMER, BERLIN, pattern);
      // Quadratic work on 200,000 characters would take minutes.
      expect(performance.now() - started).toBeLessThan(1500);
    }
  });
});

describe("formatDay: a calendar date, no zone", () => {
  it.each([
    ["2024-01-05", "ddd D MMM YYYY", "en", "Fri 5 Jan 2024"],
    ["2024-07-05", "EEEE d MMMM", "de", "Freitag 5 Juli"],
    // The days clocks change in the matrix zones are ordinary days.
    ["2024-03-31", "dddd YYYY-MM-DD", "en", "Sunday 2024-03-31"],
    ["2024-10-27", "dddd YYYY-MM-DD", "en", "Sunday 2024-10-27"],
    ["2024-03-10", "dddd YYYY-MM-DD", "en", "Sunday 2024-03-10"],
    ["2024-11-03", "dddd YYYY-MM-DD", "en", "Sunday 2024-11-03"],
    ["0024-01-05", "ddd D MMM YYYY", "en", "Fri 5 Jan 0024"],
    // A date has no zone, so zone names write nothing.
    ["2024-01-05", "YYYY [(]z[)] [(]zzzz[)]", "en", "2024 () ()"],
  ])("%s as %j in %s is %j", (date, pattern, locale, expected) => {
    expect(formatDay(date, pattern, locale)).toBe(expected);
  });

  it("writes every date of 0001–9999 back as it was read", () => {
    const date = fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, (text) => {
        expect(formatDay(text, "YYYY-MM-DD")).toBe(text);
        expect(formatDay(text, "dddd")).toBe(new Date(`${text}T12:00:00Z`).toLocaleDateString("en-US", { weekday: "long", timeZone: "UTC" }));
      }),
    );
  });

  it("gives 'Invalid date' for anything but a real date", () => {
    for (const bad of ["2023-02-29", "2024-1-5", "", "0000-01-01", "tomorrow"]) expect(formatDay(bad, "YYYY")).toBe("Invalid date");
  });
});
