// File names read in linear time whatever their length: two expressions of the general
// rules split a long run of spaces every possible way (`GOH` + 32,000 spaces took 1.8 s,
// a trailing-date search over a long run of separators as long). Rewritten, they must
// read every name exactly as before: the previous parseFileName is the oracle.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFileName } from "../../src/core/note/file-name";
import { oldParseFileName } from "./file-name-oracle";
import { bestGrowth, whole } from "../support/growth";

const PIECES = ["GOH", "A&A", "Ep", "x", "Topic", " ", "  ", "\t", "-", " - ", "_", "(", ")", "#", "№", ".", ". ", ":", "|", "—", "25", "005", "2024-01-05", "2024-02-30", "20240105", "231130", "1234567", "-01-05", "😀", "é"];
const name = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((p) => p.join(""));

describe("parseFileName", () => {
  it("reads every name as the previous version did", () => {
    let dated = 0;
    let numbered = 0;
    fc.assert(
      fc.property(name, (n) => {
        const parsed = parseFileName(n);
        expect(parsed).toEqual(oldParseFileName(n));
        if (parsed.date) dated++;
        if (parsed.number !== null) numbered++;
      }),
      { numRuns: 5000 },
    );
    // The comparison says something only if both rewritten rules matched often.
    expect(Math.min(dated, numbered)).toBeGreaterThan(100);
  });

  const families: [name: string, make: (n: number) => string][] = [
    ["a code, then a long run of spaces", (n) => "GOH" + " ".repeat(n) + "x"],
    ["a code and #, then spaces", (n) => "GOH #" + " ".repeat(n) + "x"],
    ["a long run of spaces before the end", (n) => "a" + " ".repeat(n) + "x"],
    ["a long run of separators before a date that is not one", (n) => "a" + " (_-".repeat(n / 4) + "x2024-01-05"],
  ];

  it.each(families)("takes linear time: %s", (_name, make) => {
    expect(bestGrowth((basename) => parseFileName(basename), whole(make), 2000, 8)).toBeLessThan(8);
  });
});
