// A schedule written with an IANA zone name ("Thursdays 16:00 Europe/Berlin") is that time
// on that zone's clock: Detect proposes the zone, exactly, not the UTC conversion written
// beside it (which is right only half the year). Abbreviations read as before.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { timeStatements } from "../../../src/core/detect/schedule-text";
import { bestGrowth, perLine } from "../../support/growth";

const first = (line: string) => {
  const s = timeStatements(line)[0];
  return s ? { time: s.time, zone: s.zone.zone, exact: s.zone.exact, also: s.also.map((a) => `${a.time} ${a.zone.zone}`) } : null;
};

describe("a time written with an IANA zone name", () => {
  it("is that time in that zone; the UTC time in parentheses is shown beside it", () => {
    expect(first("Two Hosts Live, Thursdays 16:00 Europe/Berlin (15:00 UTC in winter).")).toEqual({ time: "16:00", zone: "Europe/Berlin", exact: true, also: ["15:00 UTC"] });
  });

  it("reads names of three parts, with hyphens, legacy areas and Etc offsets", () => {
    expect(first("Mondays 10:00 America/Argentina/Buenos_Aires")?.zone).toBe("America/Argentina/Buenos_Aires");
    expect(first("at 9:30 America/Port-au-Prince on Fridays")?.zone).toBe("America/Port-au-Prince");
    expect(first("Fridays 9am US/Pacific")).toMatchObject({ time: "09:00", zone: "US/Pacific", exact: true });
    expect(first("12:00 Etc/GMT+1")?.zone).toBe("Etc/GMT+1");
  });

  it("a conversion after it by a separator is kept only when it is the same instant", () => {
    expect(first("Thursdays 16:00 Europe/Berlin / 10:00 America/New_York")?.also).toEqual(["10:00 America/New_York"]);
    // 12:00 in New York is never 16:00 in Berlin: a second schedule, not a conversion.
    expect(timeStatements("16:00 Europe/Berlin / 12:00 America/New_York").map((s) => s.zone.zone)).toEqual(["Europe/Berlin", "America/New_York"]);
  });

  it("a name this device does not know is no zone (nothing proposed from a typo)", () => {
    expect(first("Thursdays 16:00 Europe/Belrin")).toBeNull();
  });

  it("abbreviations read as before: UTC/GMT is UTC, CET is a guess at Berlin", () => {
    expect(first("13:00 UTC/GMT on Friday")).toMatchObject({ time: "13:00", zone: "UTC", exact: true });
    expect(first("14:00 CET (08:00 EST)")).toMatchObject({ zone: "Europe/Berlin", exact: false, also: ["08:00 America/New_York"] });
  });

  it("for every valid zone and time, the statement gives that zone and time as written", () => {
    const zones = ["Europe/Berlin", "Europe/Lisbon", "America/New_York", "Asia/Kolkata", "Australia/Sydney", "Pacific/Auckland", "Africa/Lagos"];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (zone, h, m) => {
        const time = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
        const read = first(`Live on Thursdays ${time} ${zone}.`);
        expect(read).toMatchObject({ time, zone, exact: true });
      }),
    );
  });

  it("a long line of zone-like words is read in time linear in its length", () => {
    // Lines past 2,000 characters are not read; the family stays under it (400 → 1,600).
    const make = perLine((n) => `16:00 Europe/${"a-".repeat(Math.floor(n / 2))}`);
    expect(bestGrowth((text: string) => text.split("\n").forEach((l) => timeStatements(l)), make, 400, 8)).toBeLessThan(8);
  });
});
