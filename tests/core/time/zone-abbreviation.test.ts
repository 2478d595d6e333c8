import { describe, expect, it } from "vitest";
import { zoneAbbreviation, zoneLongName } from "../../../src/core/time/zone-abbreviation";
import { offsetMinutes } from "./wall-clock-oracle";

/** "GMT+1", "GMT+5:30", "GMT-3:30": the offset as Intl writes it where a zone has no name. */
function gmtOffsetName(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `GMT${sign}${hours}${rest === 0 ? "" : `:${String(rest).padStart(2, "0")}`}`;
}

const WINTER = new Date("2024-01-05T13:00:00Z");
const SUMMER = new Date("2024-07-05T13:00:00Z");

describe("zoneAbbreviation", () => {
  it.each([
    ["UTC", "UTC", "UTC"],
    ["Etc/UTC", "UTC", "UTC"],
    ["Europe/Berlin", "CET", "CEST"],
    ["Europe/Paris", "CET", "CEST"],
    ["Europe/London", "GMT", "BST"],
    ["Europe/Dublin", "GMT", "IST"],
    ["Europe/Lisbon", "WET", "WEST"],
    ["America/Los_Angeles", "PST", "PDT"],
    ["America/New_York", "EST", "EDT"],
    ["America/Phoenix", "MST", "MST"],
    ["America/St_Johns", "NST", "NDT"],
    ["Asia/Kolkata", "IST", "IST"],
    ["Asia/Calcutta", "IST", "IST"],
    ["Australia/Sydney", "AEDT", "AEST"],
    ["Pacific/Auckland", "NZDT", "NZST"],
    ["Asia/Singapore", "SGT", "SGT"],
    ["Africa/Lagos", "WAT", "WAT"],
    ["Asia/Dubai", "GST", "GST"],
  ])("%s is %s in January and %s in July", (zone, winter, summer) => {
    expect(zoneAbbreviation(WINTER, zone)).toBe(winter);
    expect(zoneAbbreviation(SUMMER, zone)).toBe(summer);
  });

  it.each([
    ["Asia/Tokyo", "GMT+9"],
    ["Asia/Kathmandu", "GMT+5:45"],
    ["America/Sao_Paulo", "GMT-3"],
    ["Etc/GMT+5", "GMT-5"],
    ["Europe/Istanbul", "GMT+3"],
  ])("falls back to the offset for %s: %s", (zone, expected) => {
    expect(zoneAbbreviation(WINTER, zone)).toBe(expected);
  });

  it("switches exactly at the transition instant", () => {
    expect(zoneAbbreviation(new Date("2024-03-31T00:59:59Z"), "Europe/Berlin")).toBe("CET");
    expect(zoneAbbreviation(new Date("2024-03-31T01:00:00Z"), "Europe/Berlin")).toBe("CEST");
    expect(zoneAbbreviation(new Date("2024-11-03T08:59:59Z"), "America/Los_Angeles")).toBe("PDT");
    expect(zoneAbbreviation(new Date("2024-11-03T09:00:00Z"), "America/Los_Angeles")).toBe("PST");
  });

  it("gives every zone a short name, and an offset-style name only when it matches the offset", () => {
    // Every 7th zone Intl knows keeps this quick while still spanning the regions.
    const zones = Intl.supportedValuesOf("timeZone").filter((_, i) => i % 7 === 0);
    expect(zones.length).toBeGreaterThan(40);
    for (const zone of zones) {
      for (const instant of [WINTER, SUMMER]) {
        const name = zoneAbbreviation(instant, zone);
        expect(name, zone).toMatch(/^(?:[A-Za-z]{2,5}|GMT(?:[+-]\d{1,2}(?::\d{2})?)?)$/);
        if (name.startsWith("GMT") && name !== "GMT") expect(name, zone).toBe(gmtOffsetName(offsetMinutes(instant, zone)));
      }
    }
  });

  it("gives an empty string for an invalid zone or instant", () => {
    expect(zoneAbbreviation(WINTER, "Nowhere/Special")).toBe("");
    expect(zoneAbbreviation(new Date(NaN), "UTC")).toBe("");
  });
});

describe("zoneLongName", () => {
  it("names the zone in the locale", () => {
    expect(zoneLongName(SUMMER, "Europe/Berlin", "en")).toBe("Central European Summer Time");
    expect(zoneLongName(WINTER, "Europe/Berlin", "de")).toBe("Mitteleuropäische Normalzeit");
    expect(zoneLongName(WINTER, "Nowhere/Special", "en")).toBe("");
  });
});
