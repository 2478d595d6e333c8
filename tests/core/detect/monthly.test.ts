// Detect's monthly rule (src/core/detect/monthly.ts): dates on one weekday, one place in the
// month, none within 25 days of another.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findMonthly } from "../../../src/core/detect/monthly";
import { addDays } from "../../../src/core/time/calendar-date";

const on = (...dates: (string | null)[]) => dates.map((date) => ({ date, number: null }));

const TUESDAY = 2;

describe("findMonthly", () => {
  it("the second Tuesday of three months is found, with its reason", () => {
    const found = findMonthly(on("2025-01-14", "2025-02-11", "2025-03-11"), TUESDAY);
    expect(found?.value).toBe(2);
    expect(found?.confidence).toBe("found");
    expect(found?.reasons[0]).toContain("monthly, the second Tuesday: all 3 dated episodes");
  });

  it("two dates are a guess; a month skipped still counts", () => {
    expect(findMonthly(on("2025-03-25", "2025-06-24"), TUESDAY)).toMatchObject({ value: -1, confidence: "guess" });
  });

  it("the last wins when the dates are both the fourth and the last; the fourth when one is not the last", () => {
    expect(findMonthly(on("2025-03-25", "2025-06-24", "2025-02-25"), TUESDAY)?.value).toBe(-1);
    // 22 April 2025 is the fourth Tuesday, and 29 April the last.
    expect(findMonthly(on("2025-03-25", "2025-04-22"), TUESDAY)?.value).toBe(4);
  });

  it("a fifth Tuesday that is the last counts as the last", () => {
    // 29 April and 30 September 2025 are fifth and last Tuesdays; 24 June is fourth and last.
    expect(findMonthly(on("2025-04-29", "2025-06-24", "2025-09-30"), TUESDAY)?.value).toBe(-1);
  });

  it("is not monthly: one date, two weekdays, two places in the month, or two dates close together", () => {
    expect(findMonthly(on("2025-03-25"), TUESDAY)).toBeNull();
    expect(findMonthly(on("2025-03-25", "2025-06-25"), TUESDAY)).toBeNull();
    expect(findMonthly(on("2025-01-14", "2025-02-25"), TUESDAY)).toBeNull();
    expect(findMonthly(on("2025-03-04", "2025-03-25", "2025-04-01"), TUESDAY)).toBeNull();
    expect(findMonthly(on(null, "2025-03-25", null), TUESDAY)).toBeNull();
  });

  it("numbered episodes a month apart per number are monthly; two first Fridays of a weekly show are not", () => {
    const monthly = [
      { date: "2025-01-14", number: 4 },
      { date: "2025-03-11", number: 6 },
    ];
    expect(findMonthly(monthly, TUESDAY)?.value).toBe(2);
    // 13 weeks between number 16 and number 29: weekly, though both are first Fridays.
    expect(findMonthly([{ date: "2023-09-01", number: 16 }, { date: "2023-12-01", number: 29 }], 5)).toBeNull();
    expect(findMonthly([{ date: "2023-09-01", number: null }, { date: "2023-12-01", number: null }], 5)?.value).toBe(1);
    // Numbers count within their season: S02E01 a month after S01E09 is a month.
    expect(findMonthly([{ date: "2025-01-14", number: 9, season: 1 }, { date: "2025-02-11", number: 1, season: 2 }], TUESDAY)?.value).toBe(2);
  });

  it("a weekly show's dates are never monthly, however many weeks it skips now and then", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 20 }), (start, gaps) => {
        // Any run of Tuesdays a week, two or three apart, from some Tuesday since 2020.
        let date = addDays("2020-01-07", start * 7) ?? "";
        const dates = [date];
        for (const weeks of gaps) dates.push((date = addDays(date, weeks * 7) ?? ""));
        expect(findMonthly(on(...dates), TUESDAY)).toBeNull();
      }),
    );
  });
});
