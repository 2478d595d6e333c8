// Day numbers: what the agenda sorts by and the status subtracts, instead of dates as
// strings. They must count calendar days exactly as date-fns does, in every year a note
// can hold (0001–9999): Date.UTC alone reads the years 0–99 as 1900–1999.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dateOfDay, dayNumber } from "../../../src/core/deadlines/day-number";
import { daysBetween } from "../../../src/core/time/calendar-date";

const date = fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe("day numbers", () => {
  it("differ by the calendar days between two dates, in every year 0001–9999", () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(dayNumber(b) - dayNumber(a)).toBe(daysBetween(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it("count the first century right (0050-03-01 is 146,097 days before 0450-03-01)", () => {
    expect(dayNumber("0450-03-01") - dayNumber("0050-03-01")).toBe(146_097);
    expect(dayNumber("0099-12-31") + 1).toBe(dayNumber("0100-01-01"));
    expect(dayNumber("1970-01-01")).toBe(0);
  });

  it("give their date back, in every year 0001–9999", () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(dateOfDay(dayNumber(d))).toBe(d);
      }),
      { numRuns: 2000 },
    );
    expect(dateOfDay(dayNumber("0050-03-01"))).toBe("0050-03-01");
  });

  it("are Infinity for no date or one that cannot be read", () => {
    expect(dayNumber(null)).toBe(Infinity);
    expect(dayNumber("soon")).toBe(Infinity);
  });
});
