// A `time:` property as hosts type it: 24-hour `13:00`, or the 12-hour clock `6pm`, `6:30 PM`.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseClockTime } from "../../src/core/note/dates";
import { readNote } from "../support/notes";

const pad = (n: number) => String(n).padStart(2, "0");

describe("parseClockTime", () => {
  it("reads every 24-hour time, with or without a leading zero", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.boolean(), (h, m, zero) => {
        expect(parseClockTime(`${zero ? pad(h) : h}:${pad(m)}`)).toBe(`${pad(h)}:${pad(m)}`);
      }),
    );
  });

  it("reads every time on the 12-hour clock as the same time of day, however am/pm is written", () => {
    const suffixes = ["am", "AM", " am", " a.m.", " A.M.", "a.m"];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom(...suffixes), fc.boolean(), (h, m, suffix, minutes) => {
        if (!minutes && m !== 0) return;
        const h12 = h % 12 === 0 ? 12 : h % 12;
        const half = h < 12 ? suffix : suffix.replace(/a/, "p").replace(/A/, "P");
        expect(parseClockTime(`${h12}${minutes ? `:${pad(m)}` : ""}${half}`)).toBe(`${pad(h)}:${pad(m)}`);
      }),
    );
  });

  it("gives every text either no time or a real HH:MM", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const time = parseClockTime(text);
        if (time === null) return;
        expect(time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      }),
    );
  });

  it.each(["noon", "13.00", "25:00", "12:60", "18", "13pm", "0am", "6 pm tomorrow", "TBD"])("%s is no time", (text) => {
    expect(parseClockTime(text)).toBeNull();
  });
});

describe("a note's `time: 6pm`", () => {
  it("is the episode's time, with no warning", () => {
    const e = readNote("x.md", "---\ndate: 2026-03-04\ntime: 6:30 PM\n---\nGuest:: Ann\n- [ ] a\n");
    expect([e.date, e.time, e.warnings]).toEqual(["2026-03-04", "18:30", []]);
  });
});
