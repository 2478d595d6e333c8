// How far a show's date is from today, in the unit a person would use; the same in every
// process time zone (this folder runs under four).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { relativeDate } from "../../../src/core/time/relative-date";
import { addDays, daysBetween } from "../../../src/core/time/calendar-date";

describe("relativeDate", () => {
  it.each([
    ["2024-01-15", "2024-01-15", "today"],
    ["2024-01-15", "2024-01-16", "tomorrow"],
    ["2024-01-15", "2024-01-14", "yesterday"],
    ["2024-01-15", "2024-01-28", "in 13 days"],
    ["2024-01-15", "2024-01-02", "13 days ago"],
    ["2024-01-15", "2024-01-29", "in 2 weeks"],
    ["2024-01-15", "2024-01-01", "2 weeks ago"],
    ["2024-01-15", "2024-03-10", "in 7 weeks"],
    ["2024-01-15", "2024-03-11", "in 2 months"],
    ["2024-01-15", "2023-11-28", "6 weeks ago"],
    ["2024-01-15", "2023-11-15", "2 months ago"],
    ["2024-01-15", "2024-05-22", "in 4 months"],
    ["2024-01-15", "2023-01-16", "last year"],
    // Calendar years: December next year is "next year".
    ["2024-01-15", "2025-12-17", "next year"],
    ["2024-01-15", "2026-01-02", "in 2 years"],
    // Across a spring-forward change in any zone the process runs in.
    ["2024-03-01", "2024-04-01", "in 4 weeks"],
  ])("from %s to %s is %j", (today, date, text) => {
    expect(relativeDate(today, date)).toBe(text);
  });

  it("is empty for a date that is not one", () => {
    expect(relativeDate("2024-01-15", "2024-02-30")).toBe("");
    expect(relativeDate("nonsense", "2024-02-03")).toBe("");
  });

  it("follows the locale", () => {
    expect(relativeDate("2024-01-15", "2024-01-16", "de")).toBe("morgen");
    expect(relativeDate("2024-01-15", "2023-11-15", "es")).toBe("hace 2 meses");
  });

  it("always says ahead for a later date and ago for an earlier one, in days up to two weeks", () => {
    fc.assert(
      fc.property(fc.integer({ min: -3000, max: 3000 }), (days) => {
        const date = addDays("2024-01-15", days) ?? "";
        const text = relativeDate("2024-01-15", date);
        expect(daysBetween("2024-01-15", date)).toBe(days);
        if (days > 1) expect(text).toMatch(/^in \d+ |^next /);
        if (days < -1) expect(text).toMatch(/ ago$|^last /);
        if (Math.abs(days) < 14 && Math.abs(days) > 1) expect(text).toMatch(/days?/);
      }),
      { numRuns: 300 },
    );
  });
});
