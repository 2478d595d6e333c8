// The show's start in a guest's own zone, DST-exact on the day of the show. Runs under
// four device zones (vitest.config.ts): the answers must not depend on the device.
import { describe, expect, it } from "vitest";
import { guestLocalTime, guestTimeLines } from "../../../src/core/guests/guest-time";

describe("the start in the guest's zone", () => {
  it("writes the guest's day and time with the zone's name", () => {
    expect(guestLocalTime(new Date("2025-12-05T13:00:00Z"), "Europe/Belgrade")).toBe("Friday 5 December, 14:00 your time (Europe/Belgrade)");
  });

  it("follows daylight saving on the show's own date, on both sides of the change", () => {
    // Belgrade moves to summer time on 30 March 2025 at 02:00 (UTC+1 → UTC+2).
    expect(guestLocalTime(new Date("2025-03-28T13:00:00Z"), "Europe/Belgrade")).toBe("Friday 28 March, 14:00 your time (Europe/Belgrade)");
    expect(guestLocalTime(new Date("2025-04-04T13:00:00Z"), "Europe/Belgrade")).toBe("Friday 4 April, 15:00 your time (Europe/Belgrade)");
    // The US changes three weeks earlier (9 March 2025): a week when Chicago is 5 hours behind UTC, not 6.
    expect(guestLocalTime(new Date("2025-03-14T13:00:00Z"), "America/Chicago")).toBe("Friday 14 March, 08:00 your time (America/Chicago)");
    expect(guestLocalTime(new Date("2025-03-07T13:00:00Z"), "America/Chicago")).toBe("Friday 7 March, 07:00 your time (America/Chicago)");
  });

  it("gives the guest's own weekday when it differs from the show's", () => {
    expect(guestLocalTime(new Date("2025-12-05T02:00:00Z"), "America/Los_Angeles")).toBe("Thursday 4 December, 18:00 your time (America/Los_Angeles)");
    expect(guestLocalTime(new Date("2025-12-05T20:00:00Z"), "Australia/Sydney")).toBe("Saturday 6 December, 07:00 your time (Australia/Sydney)");
  });

  it("gives nothing for a zone the device does not know", () => {
    expect(guestLocalTime(new Date("2025-12-05T13:00:00Z"), "Europe/Belgrad")).toBe("");
  });

  it("gives each guest their own line, and leaves out guests without a zone", () => {
    const start = new Date("2025-12-05T13:00:00Z");
    expect(
      guestTimeLines(start, [
        { name: "Nikola Grcevski", zone: "Europe/Belgrade" },
        { name: "Ann Lee", zone: null },
        { name: "Bo Ray", zone: "America/New_York" },
      ]),
    ).toBe("- Nikola Grcevski: Friday 5 December, 14:00 your time (Europe/Belgrade)\n- Bo Ray: Friday 5 December, 08:00 your time (America/New_York)");
  });
});
