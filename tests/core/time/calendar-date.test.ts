import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dayText, daysBetween, isValidDate, nextWeekdayOnOrAfter, toDay, weekdayOf } from "../../../src/core/time/calendar-date";
import { isValidTime, parseTime } from "../../../src/core/time/wall-time";

describe("isValidDate", () => {
  it.each(["2024-01-05", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31", "2024-12-31"])("accepts %s", (date) => {
    expect(isValidDate(date)).toBe(true);
  });

  it.each(["2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00", "0000-01-01", "2024-1-05", "24-01-05", "2024-01-05T00:00", " 2024-01-05", "2024/01/05", "", "YYYY-MM-DD", "２０２４-01-05"])(
    "rejects %j",
    (date) => {
      expect(isValidDate(date)).toBe(false);
    },
  );

  it("reads a date as that day's local midnight and writes it back", () => {
    const day = toDay("2024-07-05");
    expect([day?.getFullYear(), day?.getMonth(), day?.getDate(), day?.getHours()]).toEqual([2024, 6, 5, 0]);
    expect(dayText(day ?? new Date(NaN))).toBe("2024-07-05");
    // Years 0–99 stay themselves (Date's constructor would read them as 1900–1999).
    expect(toDay("0024-02-29")?.getFullYear()).toBe(24);
    expect(dayText(toDay("0024-02-29") ?? new Date(NaN))).toBe("0024-02-29");
    expect(dayText(new Date(NaN))).toBeNull();
  });

  it("round-trips every date of 0001–9999", () => {
    const date = fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, (text) => {
        expect(isValidDate(text)).toBe(true);
        expect(dayText(toDay(text) ?? new Date(NaN))).toBe(text);
      }),
    );
  });
});

describe("addDays", () => {
  it.each([
    ["2024-01-05", 7, "2024-01-12"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2023-02-28", 1, "2023-03-01"],
    ["2024-12-31", 1, "2025-01-01"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2024-03-31", 0, "2024-03-31"],
    // The days clocks change are ordinary calendar days.
    ["2024-03-30", 1, "2024-03-31"],
    ["2024-10-26", 2, "2024-10-28"],
    ["0099-12-31", 1, "0100-01-01"],
  ])("%s + %i = %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it("returns null for an invalid date, a fractional count or leaving 0001–9999", () => {
    expect(addDays("2024-02-30", 1)).toBeNull();
    expect(addDays("2024-01-05", 1.5)).toBeNull();
    expect(addDays("9999-12-31", 1)).toBeNull();
    expect(addDays("0001-01-01", -1)).toBeNull();
    expect(addDays("2024-01-05", 1e12)).toBeNull();
  });
});

describe("daysBetween", () => {
  it("counts calendar days, later minus earlier", () => {
    expect(daysBetween("2024-01-05", "2024-01-12")).toBe(7);
    expect(daysBetween("2024-01-12", "2024-01-05")).toBe(-7);
    expect(daysBetween("2024-03-30", "2024-04-01")).toBe(2);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2024-01-01", "2024-01-01")).toBe(0);
    expect(daysBetween("2024-01-01", "nope")).toBeNull();
  });

  it("agrees with addDays", () => {
    const date = fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9000, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: -100_000, max: 100_000 }), (start, days) => {
        const end = addDays(start, days);
        expect(end).not.toBeNull();
        expect(daysBetween(start, end ?? "")).toBe(days);
      }),
    );
  });
});

describe("weekdayOf and nextWeekdayOnOrAfter", () => {
  it("knows the weekday, Sunday = 0", () => {
    expect(weekdayOf("2024-01-05")).toBe(5); // the seed episode, a Friday
    expect(weekdayOf("2024-03-31")).toBe(0);
    expect(weekdayOf("1970-01-01")).toBe(4);
    expect(weekdayOf("0001-01-01")).toBe(1);
    expect(weekdayOf("2024-02-30")).toBeNull();
  });

  it("finds the next date on a weekday, the same day included", () => {
    expect(nextWeekdayOnOrAfter("2024-01-05", 5)).toBe("2024-01-05");
    expect(nextWeekdayOnOrAfter("2024-01-06", 5)).toBe("2024-01-12");
    expect(nextWeekdayOnOrAfter("2024-01-04", 5)).toBe("2024-01-05");
    expect(nextWeekdayOnOrAfter("2024-12-30", 0)).toBe("2025-01-05");
    expect(nextWeekdayOnOrAfter("2024-01-05", 7)).toBeNull();
    expect(nextWeekdayOnOrAfter("2024-01-05", -1)).toBeNull();
  });

  it("lands on the weekday within a week", () => {
    const date = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 6 }), (start, weekday) => {
        const next = nextWeekdayOnOrAfter(start, weekday) ?? "";
        expect(weekdayOf(next)).toBe(weekday);
        const gap = daysBetween(start, next) ?? -1;
        expect(gap).toBeGreaterThanOrEqual(0);
        expect(gap).toBeLessThan(7);
        // Cross-check against the engine's own calendar.
        expect(new Date(`${next}T12:00:00Z`).getUTCDay()).toBe(weekday);
      }),
    );
  });
});

describe("parseTime", () => {
  it("reads HH:mm on a 24-hour clock", () => {
    expect(parseTime("13:00")).toEqual({ hour: 13, minute: 0 });
    expect(parseTime("00:00")).toEqual({ hour: 0, minute: 0 });
    expect(parseTime("23:59")).toEqual({ hour: 23, minute: 59 });
  });

  it.each(["24:00", "9:00", "12:60", "12:00:00", "1300", "", " 13:00", "13:00 ", "ab:cd"])("rejects %j", (time) => {
    expect(isValidTime(time)).toBe(false);
  });
});
