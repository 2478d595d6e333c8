// Proves the time-zone matrix in vitest.config.ts really changes the process zone:
// without this, the other tests could pass four times in UTC and prove nothing.
import { describe, expect, it } from "vitest";

// Offsets as Date#getTimezoneOffset reports them: minutes west of UTC.
const EXPECTED: Record<string, { january: number; july: number }> = {
  UTC: { january: 0, july: 0 },
  "Europe/Berlin": { january: -60, july: -120 },
  "America/Los_Angeles": { january: 480, july: 420 },
  "Asia/Kolkata": { january: -330, july: -330 },
};

describe("process time zone", () => {
  const zone = process.env.TZ ?? "";

  it("is one of the matrix zones", () => {
    expect(Object.keys(EXPECTED)).toContain(zone);
  });

  it("is the zone local Date methods use", () => {
    const expected = EXPECTED[zone];
    expect(expected).toBeDefined();
    expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(expected?.january);
    expect(new Date(2024, 6, 1).getTimezoneOffset()).toBe(expected?.july);
  });

  it("is the zone Intl defaults to", () => {
    // ICU may report the canonical alias (Asia/Calcutta for Asia/Kolkata).
    const intlZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect([zone, zone === "Asia/Kolkata" ? "Asia/Calcutta" : zone, zone === "UTC" ? "Etc/UTC" : zone]).toContain(intlZone);
  });
});
