// The date-fns locale built from Intl: names in Obsidian's language without bundling
// date-fns's locales.
import { format } from "date-fns";
import { describe, expect, it } from "vitest";
import { intlLocale, usableLocale } from "../../../src/core/time/intl-locale";

// Friday 5 July 2024, 15:04, as a local time: these tests are about names, not zones.
const FRIDAY = new Date(2024, 6, 5, 15, 4);
const inLocale = (pattern: string, code: string): string => format(FRIDAY, pattern, { locale: intlLocale(code) });

describe("intlLocale", () => {
  it.each([
    ["en", "EEEE EEE d MMMM MMM", "Friday Fri 5 July Jul"],
    ["de", "EEEE d. MMMM", "Freitag 5. Juli"],
    ["fr", "EEEE d MMMM", "vendredi 5 juillet"],
    ["es", "EEE d MMM", "vie 5 jul"],
    ["en-GB", "MMM", "Jul"],
    ["ja", "MMMM EEEE", "7月 金曜日"],
  ])("%s: %j", (code, pattern, expected) => {
    expect(inLocale(pattern, code)).toBe(expected);
  });

  it("puts a month inside a date in the form a date uses, and on its own in the nominative", () => {
    // Russian inflects the month: "5 июля" in a date, "июль" alone (Unicode's LLLL).
    expect(inLocale("d MMMM", "ru")).toBe("5 июля");
    expect(inLocale("LLLL", "ru")).toBe("июль");
  });

  it("names AM and PM as Intl does, lower case on request", () => {
    expect(inLocale("h a", "en")).toBe("3 PM");
    expect(inLocale("h aaa", "en")).toBe("3 pm");
    expect(format(new Date(2024, 6, 5, 9), "a", { locale: intlLocale("ja") })).toBe("午前");
    expect(inLocale("a", "ja")).toBe("午後");
  });

  it("writes English ordinals in English only", () => {
    expect(inLocale("do", "en")).toBe("5th");
    expect(inLocale("do", "en-GB")).toBe("5th");
    expect(inLocale("do", "de")).toBe("5");
    expect(format(new Date(2024, 6, 22), "do", { locale: intlLocale("en") })).toBe("22nd");
  });

  it("falls back to English for an empty or malformed tag, and builds each locale once", () => {
    expect(usableLocale("")).toBe("en");
    expect(usableLocale(undefined)).toBe("en");
    expect(usableLocale("not a locale!!")).toBe("en");
    expect(usableLocale("de-AT")).toBe("de-AT");
    expect(inLocale("EEEE MMMM", "not a locale!!")).toBe("Friday July");
    expect(intlLocale("de")).toBe(intlLocale("de"));
  });
});
