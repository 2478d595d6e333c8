import { TZDate } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { zonedToInstant } from "../../../src/core/time/zoned-to-instant";
import { isValidTimeZone } from "../../../src/core/time/zone-clock";
import { offsetMinutes, wallClock } from "./wall-clock-oracle";

/** The instant as ISO text, or the error code: one string to compare in tables. */
function convert(date: string, time: string, zone: string): string {
  const result = zonedToInstant(date, time, zone);
  return result.ok ? result.instant.toISOString() : result.error;
}

describe("zonedToInstant: ordinary days", () => {
  it("reads the seed show's time: 13:00 UTC is 14:00 in Berlin in winter, 15:00 in summer", () => {
    expect(convert("2024-01-05", "13:00", "UTC")).toBe("2024-01-05T13:00:00.000Z");
    expect(convert("2024-01-05", "14:00", "Europe/Berlin")).toBe("2024-01-05T13:00:00.000Z");
    expect(convert("2024-07-05", "15:00", "Europe/Berlin")).toBe("2024-07-05T13:00:00.000Z");
  });

  it("handles the half-hour offset of Asia/Kolkata", () => {
    expect(convert("2024-01-05", "18:30", "Asia/Kolkata")).toBe("2024-01-05T13:00:00.000Z");
    expect(convert("2024-01-06", "00:30", "Asia/Kolkata")).toBe("2024-01-05T19:00:00.000Z");
    expect(convert("2024-01-06", "00:00", "Asia/Kolkata")).toBe("2024-01-05T18:30:00.000Z");
    expect(convert("2024-07-05", "18:30", "Asia/Calcutta")).toBe("2024-07-05T13:00:00.000Z");
  });

  it("handles other offsets", () => {
    expect(convert("2024-01-05", "18:45", "Asia/Kathmandu")).toBe("2024-01-05T13:00:00.000Z");
    expect(convert("2024-01-05", "09:30", "America/St_Johns")).toBe("2024-01-05T13:00:00.000Z");
    expect(convert("2024-01-06", "02:00", "Pacific/Auckland")).toBe("2024-01-05T13:00:00.000Z");
    expect(convert("2024-01-05", "00:00", "Pacific/Kiritimati")).toBe("2024-01-04T10:00:00.000Z");
  });
});

// Europe: last Sunday of March 01:00 UTC (02:00 CET → 03:00 CEST) and last Sunday of
// October 01:00 UTC (03:00 CEST → 02:00 CET).
describe("zonedToInstant: Europe/Berlin transitions", () => {
  const berlin = (date: string, time: string): string => convert(date, time, "Europe/Berlin");

  it.each([
    ["2024-03-30", "13:00", "2024-03-30T12:00:00.000Z"], // day before: CET
    ["2024-03-31", "01:59", "2024-03-31T00:59:00.000Z"], // just before the gap
    ["2024-03-31", "03:00", "2024-03-31T01:00:00.000Z"], // just after
    ["2024-03-31", "13:00", "2024-03-31T11:00:00.000Z"], // day of: CEST
    ["2024-04-01", "13:00", "2024-04-01T11:00:00.000Z"], // day after
    ["2025-03-29", "15:00", "2025-03-29T14:00:00.000Z"],
    ["2025-03-30", "15:00", "2025-03-30T13:00:00.000Z"],
  ])("spring %s %s", (date, time, expected) => {
    expect(berlin(date, time)).toBe(expected);
  });

  it.each([
    ["02:00", "2024-03-31T01:00:00.000Z"],
    ["02:30", "2024-03-31T01:30:00.000Z"],
    ["02:59", "2024-03-31T01:59:00.000Z"],
  ])("spring-forward gap %s moves forward an hour", (time, expected) => {
    expect(berlin("2024-03-31", time)).toBe(expected);
    const instant = new Date(expected);
    // 02:30 does not exist; the answer reads 03:30 CEST on the wall.
    expect(wallClock(instant, "Europe/Berlin")?.time).toBe(`03:${time.slice(3)}`);
  });

  it.each([
    ["2024-10-26", "13:00", "2024-10-26T11:00:00.000Z"], // day before: CEST
    ["2024-10-27", "01:59", "2024-10-26T23:59:00.000Z"],
    ["2024-10-27", "03:00", "2024-10-27T02:00:00.000Z"], // after the overlap: CET
    ["2024-10-27", "13:00", "2024-10-27T12:00:00.000Z"], // day of: CET
    ["2024-10-28", "13:00", "2024-10-28T12:00:00.000Z"], // day after
  ])("autumn %s %s", (date, time, expected) => {
    expect(berlin(date, time)).toBe(expected);
  });

  it.each([
    ["02:00", "2024-10-27T00:00:00.000Z"],
    ["02:30", "2024-10-27T00:30:00.000Z"],
    ["02:59", "2024-10-27T00:59:00.000Z"],
  ])("fall-back overlap %s takes the first occurrence (CEST)", (time, expected) => {
    expect(berlin("2024-10-27", time)).toBe(expected);
    // The second occurrence an hour later shows the same wall clock in CET.
    const second = new Date(new Date(expected).getTime() + 3_600_000);
    expect(wallClock(second, "Europe/Berlin")?.time).toBe(time);
    expect(offsetMinutes(second, "Europe/Berlin")).toBe(60);
    expect(offsetMinutes(new Date(expected), "Europe/Berlin")).toBe(120);
  });
});

// United States: second Sunday of March 02:00 local (→ 03:00) and first Sunday of
// November 02:00 local (→ 01:00).
describe("zonedToInstant: America/Los_Angeles transitions", () => {
  const la = (date: string, time: string): string => convert(date, time, "America/Los_Angeles");

  it.each([
    ["2024-03-09", "10:00", "2024-03-09T18:00:00.000Z"], // day before: PST
    ["2024-03-10", "01:59", "2024-03-10T09:59:00.000Z"],
    ["2024-03-10", "02:00", "2024-03-10T10:00:00.000Z"], // gap → 03:00 PDT
    ["2024-03-10", "02:30", "2024-03-10T10:30:00.000Z"], // gap → 03:30 PDT
    ["2024-03-10", "03:00", "2024-03-10T10:00:00.000Z"],
    ["2024-03-10", "10:00", "2024-03-10T17:00:00.000Z"], // day of: PDT
    ["2024-03-11", "10:00", "2024-03-11T17:00:00.000Z"], // day after
    ["2025-03-09", "02:30", "2025-03-09T10:30:00.000Z"],
  ])("spring %s %s", (date, time, expected) => {
    expect(la(date, time)).toBe(expected);
  });

  it.each([
    ["2024-11-02", "10:00", "2024-11-02T17:00:00.000Z"], // day before: PDT
    ["2024-11-03", "00:59", "2024-11-03T07:59:00.000Z"],
    ["2024-11-03", "01:00", "2024-11-03T08:00:00.000Z"], // overlap: first (PDT)
    ["2024-11-03", "01:30", "2024-11-03T08:30:00.000Z"],
    ["2024-11-03", "01:59", "2024-11-03T08:59:00.000Z"],
    ["2024-11-03", "02:00", "2024-11-03T10:00:00.000Z"], // PST
    ["2024-11-03", "10:00", "2024-11-03T18:00:00.000Z"], // day of: PST
    ["2024-11-04", "10:00", "2024-11-04T18:00:00.000Z"], // day after
    ["2025-11-02", "01:30", "2025-11-02T08:30:00.000Z"],
  ])("autumn %s %s", (date, time, expected) => {
    expect(la(date, time)).toBe(expected);
  });

  it("the gap answer reads 03:30 PDT on the wall", () => {
    expect(wallClock(new Date("2024-03-10T10:30:00Z"), "America/Los_Angeles")?.time).toBe("03:30");
  });
});

describe("zonedToInstant: unusual transitions", () => {
  it("moves a time in Lord Howe's half-hour gap forward by half an hour", () => {
    const instant = convert("2024-10-06", "02:15", "Australia/Lord_Howe");
    expect(instant).toBe("2024-10-05T15:45:00.000Z");
    expect(wallClock(new Date(instant), "Australia/Lord_Howe")?.time).toBe("02:45");
  });

  it("handles a gap at midnight (Santiago, where 00:00 does not exist that day)", () => {
    expect(convert("2024-09-08", "00:00", "America/Santiago")).toBe("2024-09-08T04:00:00.000Z");
    expect(convert("2024-09-08", "00:30", "America/Santiago")).toBe("2024-09-08T04:30:00.000Z");
    expect(wallClock(new Date("2024-09-08T04:30:00Z"), "America/Santiago")?.time).toBe("01:30");
  });

  it("handles the southern-hemisphere overlap in April (Sydney)", () => {
    // 2024-04-07 03:00 AEDT → 02:00 AEST: 02:30 happens twice, first at +11.
    expect(convert("2024-04-07", "02:30", "Australia/Sydney")).toBe("2024-04-06T15:30:00.000Z");
  });
});

describe("zonedToInstant: bad input", () => {
  it.each([
    ["2024-02-30", "13:00", "UTC", "invalid-date"],
    ["05/01/2024", "13:00", "UTC", "invalid-date"],
    ["", "13:00", "UTC", "invalid-date"],
    ["2024-01-05", "24:00", "UTC", "invalid-time"],
    ["2024-01-05", "1pm", "UTC", "invalid-time"],
    ["2024-01-05", "13:00", "Mars/Olympus_Mons", "invalid-time-zone"],
    ["2024-01-05", "13:00", "", "invalid-time-zone"],
    ["2024-01-05", "13:00", "+01:00", "invalid-time-zone"],
  ])("%j %j %j gives %s", (date, time, zone, code) => {
    const result = zonedToInstant(date, time, zone);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBe(code);
      expect(result.message.length).toBeGreaterThan(10);
    }
  });

  it("converts the first and last days of years 0001–9999", () => {
    expect(convert("0001-01-01", "00:00", "UTC")).toBe("0001-01-01T00:00:00.000Z");
    expect(convert("0001-01-01", "12:00", "Asia/Kolkata")).toBe("0001-01-01T06:06:32.000Z"); // local mean time +5:53:28
    expect(convert("9999-12-31", "23:59", "UTC")).toBe("9999-12-31T23:59:00.000Z");
    expect(convert("9999-12-31", "23:59", "Pacific/Kiritimati")).toBe("9999-12-31T09:59:00.000Z");
  });

  it("never throws, whatever the strings", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (date, time, zone) => {
        const result = zonedToInstant(date, time, zone);
        expect(typeof result.ok).toBe("boolean");
      }),
    );
  });
});

describe("zonedToInstant: round trip with the wall clock", () => {
  const zones = ["UTC", "Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata", "Australia/Lord_Howe", "America/Santiago", "Europe/London", "America/St_Johns"];

  it("converts every minute's wall clock back to that minute, or to its first occurrence in an overlap", () => {
    const minute = fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2027, 0, 1) / 60_000 }).map((m) => new Date(m * 60_000));
    fc.assert(
      fc.property(minute, fc.constantFrom(...zones), (instant, zone) => {
        const clock = wallClock(instant, zone);
        expect(clock).not.toBeNull();
        if (!clock) return;
        const result = zonedToInstant(clock.date, clock.time, zone);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        if (result.instant.getTime() !== instant.getTime()) {
          // Only the second pass through an overlap may map elsewhere: to an earlier
          // instant with the same wall clock.
          expect(result.instant.getTime()).toBeLessThan(instant.getTime());
          expect(wallClock(result.instant, zone)?.time).toBe(clock.time);
          expect(wallClock(result.instant, zone)?.date).toBe(clock.date);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("gives each wall time on a transition day an instant showing that wall time, or later by the gap", () => {
    const transitions: [string, string[]][] = [
      ["Europe/Berlin", ["2024-03-31", "2024-10-27"]],
      ["Europe/London", ["2024-03-31", "2024-10-27"]],
      ["America/Los_Angeles", ["2024-03-10", "2024-11-03"]],
      ["America/St_Johns", ["2024-03-10", "2024-11-03"]],
      ["Australia/Lord_Howe", ["2024-04-07", "2024-10-06"]],
      ["America/Santiago", ["2024-04-06", "2024-09-08"]],
      ["Asia/Kolkata", ["2024-03-31"]],
    ];
    for (const [zone, days] of transitions) {
      for (const date of days) {
        for (let m = 0; m < 24 * 60; m += 15) {
          const time = `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
          const result = zonedToInstant(date, time, zone);
          expect(result.ok).toBe(true);
          if (!result.ok) continue;
          const back = wallClock(result.instant, zone);
          const shown = back ? Number(back.time.slice(0, 2)) * 60 + Number(back.time.slice(3)) : NaN;
          const shift = back?.date === date ? shown - m : NaN;
          // Exact, or pushed forward through a gap of at most an hour.
          expect(shift >= 0 && shift <= 60, `${zone} ${date} ${time} → ${back?.date} ${back?.time}`).toBe(true);
          // Exact outside a gap: the instant a minute earlier must not show this time.
          if (shift > 0) expect(offsetMinutes(new Date(result.instant.getTime() - shift * 60_000), zone)).not.toBe(offsetMinutes(result.instant, zone));
        }
      }
    }
  });
});

describe("zonedToInstant against @date-fns/tz", () => {
  it("agrees with TZDate except in overlaps, where it takes the earlier of two valid readings", () => {
    const zones = ["Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata", "Australia/Sydney", "America/Santiago", "UTC"];
    // Half the dates fall on change days, where the two could disagree.
    const changeDay = fc.constantFrom("2024-03-31", "2024-10-27", "2024-03-10", "2024-11-03", "2024-04-07", "2024-10-06", "2024-09-08", "2024-04-06");
    const anyDay = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const time = fc.record({ h: fc.integer({ min: 0, max: 23 }), m: fc.constantFrom(0, 15, 30, 45, 59) }).map(({ h, m }) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
    fc.assert(
      fc.property(fc.oneof(changeDay, anyDay), time, fc.constantFrom(...zones), (date, hhmm, zone) => {
        const ours = zonedToInstant(date, hhmm, zone);
        expect(ours.ok).toBe(true);
        if (!ours.ok) return;
        const [y, mo, d] = date.split("-").map(Number);
        const theirs = new TZDate(y ?? 0, (mo ?? 1) - 1, d ?? 1, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3)), zone).getTime();
        if (ours.instant.getTime() === theirs) return;
        expect(ours.instant.getTime()).toBeLessThan(theirs);
        expect(wallClock(new Date(theirs), zone)?.time).toBe(hhmm);
        expect(wallClock(ours.instant, zone)?.time).toBe(hhmm);
      }),
      { numRuns: 200 },
    );
  });
});

describe("isValidTimeZone", () => {
  it("accepts IANA names and the aliases Intl knows", () => {
    for (const zone of ["UTC", "Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata", "Asia/Calcutta", "Etc/GMT+5", "utc"]) expect(isValidTimeZone(zone)).toBe(true);
  });

  it("rejects unknown names and non-strings", () => {
    for (const zone of ["", " ", "Europe/Berlín", "CEST", "GMT+25", "Mars/Olympus_Mons"]) expect(isValidTimeZone(zone)).toBe(false);
    expect(isValidTimeZone(undefined as unknown as string)).toBe(false);
  });
});
