// probe7: the numbers a show leaves out (README, "The sidebar": under a show's title "the
// numbers no note has ... a run of three or more as a range"). The list is capped at 50
// so a typo (GOH 2500) cannot flood it; past the cap it said "No episode numbered 11–60"
// for a show numbered 1–10 and 1000, as if 61–999 were there.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { numbering } from "../../src/core/vault/numbering";
import { numberingText } from "../../src/core/sidebar/view-model";

const notes = (numbers: readonly number[], season: number | null = null) => numbers.map((number, i) => ({ number, season, path: `S/${season ?? ""}-${number}-${i}.md` }));

describe("the missing numbers under a show's title", () => {
  it("past the cap, says how many more are missing", () => {
    const ten = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(numberingText(numbering(notes([...ten, 1000])))).toBe("No episode numbered 11–60 and 939 more");
    expect(numberingText(numbering(notes([...ten, 1000], 2)))).toBe("No episode numbered 11–60 and 939 more in season 2");
    // Under the cap: the list is whole, nothing added.
    expect(numberingText(numbering(notes([1, 2, 5, 9])))).toBe("No episode numbered 3, 4, 6–8");
  });

  it("the numbers listed and the count after them make up every missing number (property)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 60 }), (taken) => {
        const result = numbering(notes(taken));
        const lowest = Math.min(...taken);
        const highest = Math.max(...taken);
        const missing = Array.from({ length: highest - lowest + 1 }, (_, i) => lowest + i).filter((n) => !taken.includes(n));
        expect(result.gaps).toEqual(missing.slice(0, 50));
        expect(result.moreGaps ?? 0).toBe(missing.length - result.gaps.length);
      }),
    );
  });
});
