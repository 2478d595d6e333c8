import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inZone, isReadableInstant, wallReading } from "../../../src/core/time/zone-clock";

describe("wallReading", () => {
  it("reads the date and time in the zone asked for, whatever the device's zone", () => {
    const instant = new Date("2024-01-05T19:00:00Z");
    expect(wallReading(instant, "UTC")).toEqual({ date: "2024-01-05", time: "19:00" });
    expect(wallReading(instant, "Asia/Kolkata")).toEqual({ date: "2024-01-06", time: "00:30" });
    expect(wallReading(instant, "America/Los_Angeles")).toEqual({ date: "2024-01-05", time: "11:00" });
    expect(wallReading(new Date("2024-07-05T13:00:00Z"), "Europe/Berlin")).toEqual({ date: "2024-07-05", time: "15:00" });
  });

  it("gives null for an invalid zone or instant", () => {
    expect(wallReading(new Date("2024-01-05T19:00:00Z"), "Nowhere/Special")).toBeNull();
    expect(wallReading(new Date("2024-01-05T19:00:00Z"), "+01:00")).toBeNull();
    expect(wallReading(new Date(NaN), "UTC")).toBeNull();
    expect(wallReading(new Date(8.64e15), "UTC")).toBeNull();
  });

  it("agrees with Intl for any instant and zone", () => {
    const zones = ["UTC", "Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata", "Australia/Lord_Howe", "America/St_Johns", "Pacific/Kiritimati"];
    const instant = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true });
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (at, zone) => {
        const parts = Object.fromEntries(
          new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
            .formatToParts(at)
            .map((p) => [p.type, p.value]),
        );
        expect(wallReading(at, zone)).toEqual({ date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` });
      }),
      { numRuns: 200 },
    );
  });
});

describe("inZone and isReadableInstant", () => {
  it("give date-fns the zone to read in", () => {
    const zone = inZone("Asia/Kathmandu");
    expect(zone).not.toBeNull();
    expect(format(new Date("2024-01-05T13:00:00Z"), "HH:mm xxx", { in: zone ?? undefined })).toBe("18:45 +05:45");
    expect(inZone("Mars/Olympus_Mons")).toBeNull();
  });

  it("stop a day short of the ends of the Date range", () => {
    expect(isReadableInstant(new Date(8.64e15 - 86_400_000))).toBe(true);
    expect(isReadableInstant(new Date(8.64e15 - 86_399_999))).toBe(false);
    expect(isReadableInstant(new Date(-8.64e15))).toBe(false);
    expect(isReadableInstant(new Date(NaN))).toBe(false);
  });
});
