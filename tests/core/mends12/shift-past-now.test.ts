// mends12: "Shift show start" during the show may move `live:` up to now, no further
// (src/core/live/shift-limit.ts, shiftPastNow): the stream began before the moment the
// host shifts, so a later start is a typo that would stop the clock and zero the chapters.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shiftPastNow } from "../../../src/core/live/shift-limit";

const START = Date.parse("2025-06-06T13:00:00Z");

describe("how far a shift may move the start while the show is live", () => {
  it("25 minutes on air: 1500 s is taken, 1501 s is refused with the time on air", () => {
    const now = START + 1500 * 1000;
    expect(shiftPastNow(START, 1500, now)).toBeNull();
    expect(shiftPastNow(START, 1501, now)).toBe("The show has been on air 00:25:00 (since live:), so its stream cannot have begun 00:25:01 after Go live; nothing was shifted.");
  });

  it("a start already later than the clock cannot move later; earlier is always allowed", () => {
    expect(shiftPastNow(START, 5, START - 60_000)).toMatch(/later than this device's clock/);
    expect(shiftPastNow(START, -40, START - 60_000)).toBeNull();
  });

  it("for every start, shift and clock: accepted exactly when the new start is not after now", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: -200_000_000, max: 200_000_000 }), (delta, offsetMs) => {
        const now = START + offsetMs;
        const refused = shiftPastNow(START, delta, now) !== null;
        const accepted = delta <= 0 || START + delta * 1000 <= now;
        // A start moved later than now by less than a second is within the whole seconds a shift is given in.
        if (delta > 0 && now >= START) expect(refused).toBe(delta > Math.floor((now - START) / 1000));
        else expect(refused).toBe(!accepted);
      }),
      { numRuns: 2000 },
    );
  });
});
