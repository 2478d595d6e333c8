import { describe, expect, it } from "vitest";
import { inviteWindow } from "../../../src/core/calendar/invite-window";
import { utcStamp } from "../../../src/core/calendar/utc-stamp";

describe("inviteWindow", () => {
  it("books a one-hour show for 1.5 hours, from 15 minutes before to 15 after", () => {
    const window = inviteWindow(new Date("2024-01-05T13:00:00Z"), 60);
    expect(window.start.toISOString()).toBe("2024-01-05T12:45:00.000Z");
    expect(window.end.toISOString()).toBe("2024-01-05T14:15:00.000Z");
    expect(window.end.getTime() - window.start.getTime()).toBe(90 * 60_000);
  });

  it("takes other margins", () => {
    const window = inviteWindow(new Date("2024-01-05T13:00:00Z"), 45, 30, 0);
    expect(window.start.toISOString()).toBe("2024-01-05T12:30:00.000Z");
    expect(window.end.toISOString()).toBe("2024-01-05T13:45:00.000Z");
  });

  it("does not change the start it was given", () => {
    const start = new Date("2024-01-05T13:00:00Z");
    inviteWindow(start, 60);
    expect(start.toISOString()).toBe("2024-01-05T13:00:00.000Z");
  });
});

describe("utcStamp", () => {
  it("writes YYYYMMDDTHHMMSSZ whatever the process zone", () => {
    expect(utcStamp(new Date("2024-01-05T12:45:00Z"))).toBe("20240105T124500Z");
    expect(utcStamp(new Date("2024-07-05T23:59:59.999Z"))).toBe("20240705T235959Z");
    expect(utcStamp(new Date("0099-03-04T05:06:07Z"))).toBe("00990304T050607Z");
  });

  it("throws RangeError outside years 0001–9999 or for an invalid date", () => {
    expect(() => utcStamp(new Date(NaN))).toThrow(RangeError);
    expect(() => utcStamp(new Date("+010000-01-01T00:00:00Z"))).toThrow(RangeError);
    expect(() => utcStamp(new Date("0000-12-31T00:00:00Z"))).toThrow(RangeError);
  });
});
