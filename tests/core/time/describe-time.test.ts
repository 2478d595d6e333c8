import { describe, expect, it } from "vitest";
import { describeTime } from "../../../src/core/time/describe-time";

const at = (iso: string): Date => new Date(iso);

describe("describeTime", () => {
  it("writes the seed checklist's line in summer: 13:00 UTC (15:00 CEST)", () => {
    expect(describeTime(at("2024-07-05T13:00:00Z"), "UTC", ["Europe/Berlin"])).toBe("13:00 UTC (15:00 CEST)");
  });

  it("says 14:00 CET for the seed episode itself (5 January 2024, winter)", () => {
    expect(describeTime(at("2024-01-05T13:00:00Z"), "UTC", ["Europe/Berlin"])).toBe("13:00 UTC (14:00 CET)");
  });

  it("follows each zone's own change of clocks (Europe and the US change on different weeks)", () => {
    // 2024-03-15: Los Angeles already on PDT, Berlin still on CET.
    expect(describeTime(at("2024-03-15T13:00:00Z"), "UTC", ["Europe/Berlin", "America/Los_Angeles"])).toBe("13:00 UTC (14:00 CET, 06:00 PDT)");
    expect(describeTime(at("2024-04-05T13:00:00Z"), "UTC", ["Europe/Berlin", "America/Los_Angeles"])).toBe("13:00 UTC (15:00 CEST, 06:00 PDT)");
    expect(describeTime(at("2024-11-01T13:00:00Z"), "UTC", ["Europe/Berlin", "America/Los_Angeles"])).toBe("13:00 UTC (14:00 CET, 06:00 PDT)");
    expect(describeTime(at("2024-11-08T13:00:00Z"), "UTC", ["Europe/Berlin", "America/Los_Angeles"])).toBe("13:00 UTC (14:00 CET, 05:00 PST)");
  });

  it("adds the guest's zone last", () => {
    expect(describeTime(at("2024-07-05T13:00:00Z"), "UTC", ["Europe/Berlin"], "Asia/Kolkata")).toBe("13:00 UTC (15:00 CEST, 18:30 IST)");
  });

  it("marks a different calendar day relative to the primary zone", () => {
    expect(describeTime(at("2024-01-05T19:00:00Z"), "UTC", [], "Asia/Kolkata")).toBe("19:00 UTC (00:30 IST +1 day)");
    expect(describeTime(at("2024-01-05T19:00:00Z"), "Asia/Kolkata", ["UTC"])).toBe("00:30 IST (19:00 UTC -1 day)");
    expect(describeTime(at("2024-07-05T03:00:00Z"), "America/Los_Angeles", ["Europe/Berlin", "UTC"])).toBe("20:00 PDT (05:00 CEST +1 day, 03:00 UTC +1 day)");
    expect(describeTime(at("2024-01-05T12:00:00Z"), "Pacific/Kiritimati", ["Pacific/Pago_Pago"])).toBe("02:00 GMT+14 (01:00 GMT-11 -1 day)");
    // The same wall time a day apart (+14 and -10) is a different time: still written, with the marker.
    expect(describeTime(at("2024-01-05T12:00:00Z"), "Pacific/Kiritimati", ["Pacific/Honolulu"])).toBe("02:00 GMT+14 (02:00 HST -1 day)");
  });

  it("leaves out zones that read the same wall clock as the primary", () => {
    expect(describeTime(at("2024-01-05T13:00:00Z"), "UTC", ["Europe/London", "Europe/Berlin"])).toBe("13:00 UTC (14:00 CET)");
    expect(describeTime(at("2024-07-05T13:00:00Z"), "UTC", ["Europe/London"])).toBe("13:00 UTC (14:00 BST)");
    expect(describeTime(at("2024-01-05T13:00:00Z"), "UTC", ["Etc/UTC"])).toBe("13:00 UTC");
  });

  it("does not repeat an entry (Paris after Berlin, the guest in a listed zone)", () => {
    expect(describeTime(at("2024-07-05T13:00:00Z"), "UTC", ["Europe/Berlin", "Europe/Paris"], "Europe/Berlin")).toBe("13:00 UTC (15:00 CEST)");
  });

  it("keeps zones with the same time but a different name (Lagos WAT next to Berlin CET)", () => {
    expect(describeTime(at("2024-01-05T13:00:00Z"), "UTC", ["Europe/Berlin", "Africa/Lagos"])).toBe("13:00 UTC (14:00 CET, 14:00 WAT)");
  });

  it("writes half-hour and three-quarter offsets", () => {
    expect(describeTime(at("2024-01-05T13:00:00Z"), "UTC", ["Asia/Kolkata", "Asia/Kathmandu", "America/St_Johns"])).toBe("13:00 UTC (18:30 IST, 18:45 GMT+5:45, 09:30 NST)");
  });

  it("never throws: a bad primary zone falls back to UTC, bad others are skipped", () => {
    expect(describeTime(at("2024-07-05T13:00:00Z"), "Nowhere/Special", ["Europe/Berlin"])).toBe("13:00 UTC (15:00 CEST)");
    expect(describeTime(at("2024-07-05T13:00:00Z"), "UTC", ["", "Bad/Zone", "Europe/Berlin"], "also bad")).toBe("13:00 UTC (15:00 CEST)");
    expect(describeTime(new Date(NaN), "UTC", ["Europe/Berlin"])).toBe("");
  });
});
