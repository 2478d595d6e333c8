// "These may be one person": offered, never merged.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { closeness, mayBeSame, wordsOf } from "../../../src/core/guests/may-be-same";

const pair = (a: string, b: string) => closeness(wordsOf(a), wordsOf(b));

describe("names that may be one person", () => {
  it("pairs a typo in the last name, a shortened first name, an initial, reversed order and a dropped middle name", () => {
    expect(pair("Paschalis Tsilias", "Paschalis Tsilians")).toBe("a last name that differs by a letter or two");
    expect(pair("Ed Welch", "Edward Welch")).toBe("a shorter first name");
    expect(pair("Nicole V.", "Nicole Valdez")).toBe("the same name with an initial");
    expect(pair("Welch Ed", "Ed Welch")).toBe("the same names in another order");
    expect(pair("Iñigo Ortiz de Urbina", "Iñigo Urbina")).toBe("the same first and last name");
  });

  it("does not pair different people who share a first or last name", () => {
    expect(pair("Ed Welch", "Ed Smith")).toBeNull();
    expect(pair("Ann Lee", "Bo Lee")).toBeNull();
    expect(pair("Ed Welch", "ed welch")).toBeNull();
  });

  it("is symmetric, and every pair it offers is of two different people (property)", () => {
    const word = fc.constantFrom("ed", "edward", "welch", "welsh", "ann", "lee", "a", "de", "la");
    const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(fc.array(name, { maxLength: 12 }), (names) => {
        const people = names.map((n, i) => ({ key: `k${i}`, name: n }));
        const pairs = mayBeSame(people);
        for (const p of pairs) expect(p.a < p.b).toBe(true);
        const reversed = mayBeSame([...people].reverse());
        expect(reversed).toEqual(pairs);
        for (const p of pairs) {
          const a = people.find((x) => x.key === p.a)?.name ?? "";
          const b = people.find((x) => x.key === p.b)?.name ?? "";
          expect(pair(a, b)).toBe(pair(b, a));
        }
      }),
      { numRuns: 300 },
    );
  });
});
