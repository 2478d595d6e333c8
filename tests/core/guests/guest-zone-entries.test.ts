// The start in each guest's own zone, for the host (the reschedule form): guests of one
// zone together, a guest who lives in the show's zone left out, another calendar day
// marked, and daylight saving exact on the show's day.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { guestZoneEntries } from "../../../src/core/guests/guest-time";
import { wallReading } from "../../../src/core/time/zone-clock";

describe("guestZoneEntries", () => {
  it("groups the guests of one zone, leaves out those without one or in the show's zone, marks another day", () => {
    const start = new Date("2025-10-31T15:00:00Z"); // 16:00 in Berlin, a day after summer time ended there
    const entries = guestZoneEntries(start, "Europe/Berlin", [
      { name: "Ann Lee", zone: "America/Chicago" },
      { name: "Bo Chen", zone: null },
      { name: "Cy Diaz", zone: "America/Chicago" },
      { name: "Di Roth", zone: "Europe/Berlin" },
      { name: "Ed Welch", zone: "Pacific/Auckland" },
      { name: "Fay Ng", zone: "Europe/Belgrad" },
    ]);
    expect(entries).toEqual(["10:00 CDT for Ann Lee and Cy Diaz", "04:00 NZDT +1 day for Ed Welch"]);
  });

  it("a week earlier, Chicago is still an hour further from Berlin", () => {
    expect(guestZoneEntries(new Date("2025-10-24T14:00:00Z"), "Europe/Berlin", [{ name: "Ann Lee", zone: "America/Chicago" }])).toEqual(["09:00 CDT for Ann Lee"]);
  });

  const zones = ["UTC", "Europe/Berlin", "America/Chicago", "Asia/Kolkata", "Pacific/Auckland", "America/Sao_Paulo", "Australia/Sydney"];
  it("every entry gives the guest zone's own wall time, and a zone reading like the show's is never listed", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) }),
        fc.constantFrom(...zones),
        fc.array(fc.record({ name: fc.constantFrom("Ann", "Bo", "Cy"), zone: fc.option(fc.constantFrom(...zones), { nil: null }) }), { maxLength: 5 }),
        (ms, showZone, guests) => {
          const start = new Date(ms - (ms % 60000));
          const entries = guestZoneEntries(start, showZone, guests);
          const home = wallReading(start, showZone);
          const listed = new Set<string>();
          for (const guest of guests) {
            if (guest.zone === null) continue;
            const there = wallReading(start, guest.zone);
            const same = there?.date === home?.date && there?.time === home?.time;
            const entry = entries.find((e) => e.startsWith(`${there?.time ?? ""} `) && e.includes(guest.name));
            if (same) expect(entry).toBeUndefined();
            else {
              expect(entry).toBeDefined();
              listed.add(guest.zone);
            }
          }
          expect(entries).toHaveLength(listed.size);
        },
      ),
      { numRuns: 300 },
    );
  });
});
