// The one changed span between two texts: putting it in place of the old span gives the
// new text, for any two texts, and it is no wider than where they differ.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changedRange } from "../../src/core/text/changed-range";

const text = fc.array(fc.constantFrom("a", "b", "\n", "\r\n", " ", "😀", "é"), { maxLength: 20 }).map((parts) => parts.join(""));

describe("changedRange", () => {
  it("gives the new text back when its span replaces the old one", () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const range = changedRange(before, after);
        if (range === null) return before === after;
        expect(before.slice(0, range.from) + range.text + before.slice(range.to)).toBe(after);
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps what both texts start and end with, and never splits an emoji", () => {
    expect(changedRange("keep A keep", "keep BB keep")).toEqual({ from: 5, to: 6, text: "BB" });
    expect(changedRange("same", "same")).toBeNull();
    expect(changedRange("x😀", "x😃")).toEqual({ from: 1, to: 3, text: "😃" });
    fc.assert(
      fc.property(text, text, text, (start, middle, end) => {
        const range = changedRange(`${start}${middle}${end}`, `${start}#${end}`);
        if (range === null) return false;
        return range.from >= start.length - 1 && `${start}${middle}${end}`.length - range.to >= end.length - 1;
      }),
    );
  });
});
