// The numbers missing from a show, as its group header says them: runs of three or more
// as a range ("23–36"), shorter runs one by one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { numberRanges, numberingText } from "../../src/core/sidebar/view-model";

/** The numbers a text made by numberRanges stands for. */
function expand(text: string): number[] {
  if (text === "") return [];
  return text.split(", ").flatMap((part) => {
    const [from, to] = part.split("–").map(Number) as [number, number | undefined];
    return to === undefined ? [from] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });
}

describe("numberRanges", () => {
  it("says the five-show vault's gaps at a glance", () => {
    expect(numberRanges([23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36])).toBe("23–36");
    expect(numberRanges([1, 2, 3, 4, 6, 7, 8, 9, 10, 11])).toBe("1–4, 6–11");
    expect(numberRanges([13, 14, 15, 17, 18, 20, 22, 23, 24])).toBe("13–15, 17, 18, 20, 22–24");
    expect(numberingText({ gaps: [13, 14], notEpisodes: [] })).toBe("No episode numbered 13, 14");
  });

  it("stands for exactly the numbers given, and never puts a range where two numbers would do", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(60)), (numbers) => {
        const sorted = [...numbers].sort((a, b) => a - b);
        const text = numberRanges(sorted);
        expect(expand(text)).toEqual(sorted);
        for (const range of text.match(/\d+–\d+/g) ?? []) {
          const [from, to] = range.split("–").map(Number) as [number, number];
          expect(to - from).toBeGreaterThanOrEqual(2);
        }
      }),
    );
  });
});
