// The readers that once ran a lazy group before trailing white space ((.*?)[ \t]*$ and
// two \s* side by side) against their old regular expressions: the same result on any
// line, and time that grows with the line, not with its square (tests/support/growth.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readHeading } from "../../src/core/index-note/heading-line";
import { liveValueOf } from "../../src/core/live/edits";
import { parseShift, parseTimecode } from "../../src/core/live/timecode";
import { trimSpaceTab } from "../../src/core/text/space-tab";
import { bestGrowth, whole } from "../support/growth";

const OLD_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const OLD_LIVE = /^live:[ \t]*(.*?)[ \t]*$/;
const OLD_SHIFT = /^\s*([+-]?)\s*(\d{1,2}(?::\d{2}){1,2}|\d{1,5})\s*s?\s*$/i;

function oldShift(text: string): number | null {
  const m = OLD_SHIFT.exec(text);
  if (!m) return null;
  const body = m[2] ?? "";
  let seconds: number;
  if (body.includes(":")) {
    const parsed = parseTimecode(body);
    if (!parsed.ok) return null;
    seconds = parsed.seconds;
  } else seconds = Number(body);
  return m[1] === "-" ? -seconds : seconds;
}

/** Lines made of the characters these readers care about, so that near misses are common. */
const line = (chars: string[]) => fc.array(fc.constantFrom(...chars), { maxLength: 24 }).map((c) => c.join(""));
const RUNS = { numRuns: 3000 };

describe("same results as the old regular expressions", () => {
  it("a heading line: level and text, or none", () => {
    fc.assert(
      fc.property(line([" ", "\t", "#", "a", "C", "\r", "\u2028", "\n", "\u00a0"]), (text) => {
        const old = OLD_HEADING.exec(text);
        expect(readHeading(text)).toEqual(old ? { level: old[1]?.length, text: old[2] } : null);
      }),
      RUNS,
    );
  });

  it("a live: line: the value as written, or none", () => {
    fc.assert(
      fc.property(line([" ", "\t", "a", "'", '"', "\r", "\u2028", "\u00a0", ":"]), (rest) => {
        for (const text of [`live:${rest}`, rest, `live${rest}`]) {
          const old = OLD_LIVE.exec(text);
          expect(liveValueOf(text)).toBe(old ? old[1] : null);
        }
      }),
      RUNS,
    );
  });

  it("a shift typed in the box: the same seconds, or none", () => {
    fc.assert(
      fc.property(line([" ", "\t", "\n", "\u00a0", "+", "-", "1", "0", "5", ":", "s", "S", "x"]), (text) => {
        expect(parseShift(text)).toBe(oldShift(text));
      }),
      RUNS,
    );
  });

  it("trimSpaceTab leaves other white space", () => {
    expect(trimSpaceTab(" \t\u00a0a b\u00a0\t ")).toBe("\u00a0a b\u00a0");
    expect(trimSpaceTab(" \t ")).toBe("");
  });
});

const LIMIT = 8;

describe("time grows with the line", () => {
  it("a shift with a long run of spaces before a stray character", () => {
    const make = whole((n) => `${" ".repeat(n)}x`);
    expect(bestGrowth(parseShift, make, 2000, LIMIT)).toBeLessThan(LIMIT);
  });

  it("a shift with a long run of spaces after its number and a stray character", () => {
    const make = whole((n) => `40${" ".repeat(n)}x`);
    expect(bestGrowth(parseShift, make, 2000, LIMIT)).toBeLessThan(LIMIT);
  });
});
