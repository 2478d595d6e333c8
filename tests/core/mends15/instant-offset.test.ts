// An instant's UTC offset must be one a zone can have: -12:00 to +14:00, minutes 00-59.
// `live: 2026-12-04T13:02:11+99:99` was read as a time four days earlier, and a `date:`
// with such an offset as another day, without a word. Both are now bad input, said so.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { liveState, parseInstant } from "../../../src/core/live/live-state";
import { readUtcOffset } from "../../../src/core/time/utc-offset";
import { readNote } from "../../support/notes";

const two = (n: number) => String(n).padStart(2, "0");

describe("parseInstant and UTC offsets", () => {
  it("reads every real offset and refuses every other, for all hours and minutes written", () => {
    fc.assert(
      fc.property(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.boolean(), (sign, hours, minutes, colon) => {
        const offset = `${sign}${two(hours)}${colon ? ":" : ""}${two(minutes)}`;
        const east = (sign === "-" ? -1 : 1) * (hours * 60 + minutes);
        const real = minutes <= 59 && east >= -720 && east <= 840;
        const read = parseInstant(`2026-12-04T13:02:11${offset}`, "UTC");
        if (real) expect(read).toEqual({ ok: true, ms: Date.UTC(2026, 11, 4, 13, 2, 11) - east * 60_000 });
        else {
          expect(read.ok).toBe(false);
          if (!read.ok) expect(read.reason).toContain(`the offset ${offset} is not a real one`);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("the edges: -12:00 and +14:00 are zones' offsets, a minute past either is not", () => {
    expect(readUtcOffset("-12:00")).toEqual({ ok: true, minutes: -720 });
    expect(readUtcOffset("+14:00")).toEqual({ ok: true, minutes: 840 });
    expect(readUtcOffset("+05:45")).toEqual({ ok: true, minutes: 345 });
    expect(readUtcOffset("-00:00")).toEqual({ ok: true, minutes: 0 });
    expect(readUtcOffset("-12:01").ok).toBe(false);
    expect(readUtcOffset("+14:01").ok).toBe(false);
    expect(readUtcOffset("+05:60").ok).toBe(false);
  });

  it("a live: mark with +99:99 is an invalid state that names the offset, not a show days away", () => {
    const state = liveState({ start: "2026-12-04T13:02:11+99:99", end: null }, Date.UTC(2026, 11, 4, 13, 30), "UTC");
    expect(state.kind).toBe("invalid");
    if (state.kind === "invalid") expect(state.reason).toContain("+99:99");
  });

  it("a date: with an offset no zone has is no date, warned about; a real offset still dates the note", () => {
    const bad = readNote("Shows/OH/OH 12 - Test.md", "---\ndate: 2026-03-04T18:00:00+99:59\n---\n- [ ] Prep\n", { timeZone: "UTC" });
    expect(bad.date).toBeNull();
    expect(bad.warnings.join("\n")).toContain("2026-03-04T18:00:00+99:59");
    const good = readNote("Shows/OH/OH 12 - Test.md", "---\ndate: 2026-03-04T18:00:00+14:00\n---\n- [ ] Prep\n", { timeZone: "UTC" });
    expect(good).toMatchObject({ date: "2026-03-04", time: "04:00" });
  });
});
