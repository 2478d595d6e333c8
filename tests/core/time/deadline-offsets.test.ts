// Offsets from the show ("-3w", "+2d", "-12h"): how they are read, what is refused, and
// the dates they fall on, across daylight-saving changes. In the time-zone matrix: the
// answers must not depend on the device's zone.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatOffset, parseOffset, resolveOffset } from "../../../src/core/deadlines/offset";
import { addDays } from "../../../src/core/time/calendar-date";

describe("reading an offset", () => {
  it.each([
    ["-7d", -7, "d"],
    ["+2d", 2, "d"],
    ["-3w", -3, "w"],
    ["-12h", -12, "h"],
    ["0d", 0, "d"],
    ["+1 week", 1, "w"],
    ["-2 days", -2, "d"],
    ["-1 Hour", -1, "h"],
    ["+366d", 366, "d"],
    ["-52w", -52, "w"],
  ])("%s is %i %s", (text, amount, unit) => {
    expect(parseOffset(text)).toEqual({ ok: true, offset: { amount, unit } });
  });

  it("takes -0d and +0d as the show's day, like 0d (no negative zero)", () => {
    for (const text of ["-0d", "+0d", "0d", "-0h"]) {
      const read = parseOffset(text);
      expect(read.ok && Object.is(read.offset.amount, 0)).toBe(true);
    }
  });

  it("refuses a deadline more than a year away, naming it", () => {
    expect(parseOffset("+400d")).toEqual({ ok: false, problem: "“+400d” is more than a year from the show; write a date instead." });
    expect(parseOffset("-53w").ok).toBe(false);
    expect(parseOffset("+8785h").ok).toBe(false);
    expect(parseOffset("+8784h").ok).toBe(true);
  });

  it("refuses an offset without a sign, saying which sign means what", () => {
    expect(parseOffset("3w")).toEqual({ ok: false, problem: "“3w” needs a sign: -3w is before the show, +3w after it." });
  });

  it.each(["-1.5d", "soon", "-7", "-7m", "- 7d", "7d-", "", "-7dd"])("refuses %j as no offset", (text) => {
    expect(parseOffset(text).ok).toBe(false);
  });

  it("writes what it reads", () => {
    fc.assert(
      fc.property(fc.integer({ min: -52, max: 52 }), fc.constantFrom("h" as const, "d" as const, "w" as const), (amount, unit) => {
        const read = parseOffset(formatOffset({ amount, unit }));
        expect(read).toEqual({ ok: true, offset: { amount, unit } });
      }),
    );
  });
});

describe("the date an offset falls on", () => {
  const berlin = (date: string, time = "13:00") => ({ date, time, timeZone: "Europe/Berlin" });

  it("counts days and weeks on the calendar, the same weekday across a clock change", () => {
    // Berlin moves to summer time on 29 March 2026.
    expect(resolveOffset({ amount: -7, unit: "d" }, berlin("2026-04-02"))).toBe("2026-03-26");
    expect(resolveOffset({ amount: -1, unit: "w" }, berlin("2026-04-02", "00:30"))).toBe("2026-03-26");
    expect(resolveOffset({ amount: 2, unit: "d" }, berlin("2026-10-24", "23:30"))).toBe("2026-10-26");
  });

  it("counts hours from the start instant, so the date may change", () => {
    expect(resolveOffset({ amount: -2, unit: "h" }, berlin("2026-11-27", "01:00"))).toBe("2026-11-26");
    expect(resolveOffset({ amount: -2, unit: "h" }, berlin("2026-11-27", "13:00"))).toBe("2026-11-27");
    // 24 hours before 00:30 on 30 March (summer time) is 23:30 on 28 March (winter
    // time): the 29th was an hour short.
    expect(resolveOffset({ amount: -24, unit: "h" }, berlin("2026-03-30", "00:30"))).toBe("2026-03-28");
    expect(resolveOffset({ amount: 12, unit: "h" }, { date: "2026-11-27", time: "13:00", timeZone: "America/Los_Angeles" })).toBe("2026-11-28");
  });

  it("gives no date for a zone the device does not know", () => {
    expect(resolveOffset({ amount: -2, unit: "h" }, { date: "2026-11-27", time: "13:00", timeZone: "Mars/Olympus" })).toBeNull();
  });

  it("for days, is the calendar sum whatever the zone and time", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: -366, max: 366 }),
        fc.constantFrom("UTC", "Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Apia", "Australia/Lord_Howe"),
        fc.constantFrom("00:00", "00:30", "02:30", "13:00", "23:59"),
        (day, amount, timeZone, time) => {
          const date = day.toISOString().slice(0, 10);
          expect(resolveOffset({ amount, unit: "d" }, { date, time, timeZone })).toBe(addDays(date, amount));
        },
      ),
    );
  });
});
