import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextSlot } from "../../../src/core/time/next-slot";
import { wallClock } from "./wall-clock-oracle";

const FRIDAY = 5;

/** "start → end (date)" or the error code. */
function slot(now: string, weekday: number, time: string, zone: string, minutes?: number): string {
  const result = nextSlot(new Date(now), weekday, time, zone, minutes);
  return result.ok ? `${result.start.toISOString()} → ${result.end.toISOString()} (${result.date})` : result.error;
}

describe("nextSlot", () => {
  it("finds this week's slot when it is still ahead", () => {
    expect(slot("2024-01-05T10:00:00Z", FRIDAY, "13:00", "UTC")).toBe("2024-01-05T13:00:00.000Z → 2024-01-05T14:00:00.000Z (2024-01-05)");
    expect(slot("2024-01-01T00:00:00Z", FRIDAY, "13:00", "UTC", 90)).toBe("2024-01-05T13:00:00.000Z → 2024-01-05T14:30:00.000Z (2024-01-05)");
  });

  it("counts a slot starting exactly now, and not one that started a millisecond ago", () => {
    expect(slot("2024-01-05T13:00:00.000Z", FRIDAY, "13:00", "UTC")).toBe("2024-01-05T13:00:00.000Z → 2024-01-05T14:00:00.000Z (2024-01-05)");
    expect(slot("2024-01-05T13:00:00.001Z", FRIDAY, "13:00", "UTC")).toBe("2024-01-12T13:00:00.000Z → 2024-01-12T14:00:00.000Z (2024-01-12)");
  });

  it("moves to next week while the show is running", () => {
    expect(slot("2024-01-05T13:30:00Z", FRIDAY, "13:00", "UTC")).toBe("2024-01-12T13:00:00.000Z → 2024-01-12T14:00:00.000Z (2024-01-12)");
  });

  it("keeps the wall-clock time across the European change of clocks", () => {
    // Friday 15:00 in Berlin: 14:00 UTC in winter, 13:00 UTC in summer.
    expect(slot("2024-03-25T09:00:00Z", FRIDAY, "15:00", "Europe/Berlin")).toBe("2024-03-29T14:00:00.000Z → 2024-03-29T15:00:00.000Z (2024-03-29)");
    expect(slot("2024-03-29T14:00:01Z", FRIDAY, "15:00", "Europe/Berlin")).toBe("2024-04-05T13:00:00.000Z → 2024-04-05T14:00:00.000Z (2024-04-05)");
    expect(slot("2024-10-25T13:00:01Z", FRIDAY, "15:00", "Europe/Berlin")).toBe("2024-11-01T14:00:00.000Z → 2024-11-01T15:00:00.000Z (2024-11-01)");
  });

  it("keeps the wall-clock time across the US change of clocks", () => {
    expect(slot("2024-03-08T18:00:01Z", FRIDAY, "10:00", "America/Los_Angeles")).toBe("2024-03-15T17:00:00.000Z → 2024-03-15T18:00:00.000Z (2024-03-15)");
    expect(slot("2024-11-01T17:00:01Z", FRIDAY, "10:00", "America/Los_Angeles")).toBe("2024-11-08T18:00:00.000Z → 2024-11-08T19:00:00.000Z (2024-11-08)");
  });

  it("a UTC show keeps its UTC time when Europe changes clocks", () => {
    expect(slot("2024-03-29T13:00:01Z", FRIDAY, "13:00", "UTC")).toBe("2024-04-05T13:00:00.000Z → 2024-04-05T14:00:00.000Z (2024-04-05)");
  });

  it("a Sunday slot inside the spring-forward gap moves forward an hour", () => {
    expect(slot("2024-03-30T12:00:00Z", 0, "02:30", "Europe/Berlin")).toBe("2024-03-31T01:30:00.000Z → 2024-03-31T02:30:00.000Z (2024-03-31)");
    // On the fall-back Sunday the first 02:30 (CEST) is taken.
    expect(slot("2024-10-26T12:00:00Z", 0, "02:30", "Europe/Berlin")).toBe("2024-10-27T00:30:00.000Z → 2024-10-27T01:30:00.000Z (2024-10-27)");
  });

  it("works out 'today' in the show's zone, not in UTC", () => {
    // Friday 23:30 UTC is already Saturday 05:00 in Kolkata.
    expect(slot("2024-01-05T23:30:00Z", FRIDAY, "10:00", "Asia/Kolkata")).toBe("2024-01-12T04:30:00.000Z → 2024-01-12T05:30:00.000Z (2024-01-12)");
    expect(slot("2024-01-05T23:30:00Z", 6, "06:00", "Asia/Kolkata")).toBe("2024-01-06T00:30:00.000Z → 2024-01-06T01:30:00.000Z (2024-01-06)");
    // Saturday 03:00 UTC is still Friday 19:00 in Los Angeles.
    expect(slot("2024-01-06T03:00:00Z", FRIDAY, "20:00", "America/Los_Angeles")).toBe("2024-01-06T04:00:00.000Z → 2024-01-06T05:00:00.000Z (2024-01-05)");
  });

  it.each([
    [7, "13:00", "UTC", 60, "invalid-weekday"],
    [-1, "13:00", "UTC", 60, "invalid-weekday"],
    [1.5, "13:00", "UTC", 60, "invalid-weekday"],
    [5, "25:00", "UTC", 60, "invalid-time"],
    [5, "13:00", "Bad/Zone", 60, "invalid-time-zone"],
    [5, "13:00", "UTC", -5, "invalid-duration"],
    [5, "13:00", "UTC", NaN, "invalid-duration"],
  ])("rejects weekday %s, time %j, zone %j, duration %s with %s", (weekday, time, zone, minutes, code) => {
    expect(slot("2024-01-05T10:00:00Z", weekday, time, zone, minutes)).toBe(code);
  });

  it("rejects an invalid now", () => {
    expect(nextSlot(new Date(NaN), FRIDAY, "13:00", "UTC").ok).toBe(false);
  });

  it("always lands on the weekday and time, at or after now, within a week", () => {
    const zones = ["UTC", "Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata"];
    const now = fc.date({ min: new Date("2023-01-01T00:00:00Z"), max: new Date("2026-12-31T00:00:00Z"), noInvalidDate: true });
    const time = fc.record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) }).map(({ h, m }) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
    fc.assert(
      fc.property(now, fc.integer({ min: 0, max: 6 }), time, fc.constantFrom(...zones), (instant, weekday, hhmm, zone) => {
        const result = nextSlot(instant, weekday, hhmm, zone);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const wait = result.start.getTime() - instant.getTime();
        expect(wait).toBeGreaterThanOrEqual(0);
        // A week, plus an hour for a slot pushed out of a spring-forward gap.
        expect(wait).toBeLessThanOrEqual(7 * 86_400_000 + 3_600_000);
        expect(result.end.getTime() - result.start.getTime()).toBe(3_600_000);
        const clock = wallClock(result.start, zone);
        expect(clock?.weekday).toBe(weekday);
        expect(clock?.date).toBe(result.date);
        // The slot only leaves its time when that time does not exist that day.
        if (clock?.time !== hhmm) expect(wallClock(new Date(result.start.getTime() - 3_600_000), zone)?.time).not.toBe(hhmm);
      }),
      { numRuns: 200 },
    );
  });
});
