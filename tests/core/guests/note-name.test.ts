// The name a new guest note gets (person-name.ts noteNameOf): the person, without the
// form of address, so "Mr Ann Lee" and "Ann Lee, PhD" are one note, "Ann Lee". And the
// list reader reads a title before a name as no sentence's end ("Dr. Bo Chan" opens the item).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { noteNameOf, personKey, withoutTrailingHonorifics } from "../../../src/core/guests/person-name";
import { parseProspects } from "../../../src/core/guests/prospects";
import { bestGrowth, whole } from "../../support/growth";

describe("a new guest note is named for the person", () => {
  it("drops honorifics and degrees, keeps a generation mark as written", () => {
    const cases: [string, string][] = [
      ["Mr Ann Lee", "Ann Lee"],
      ["Dr. Ann Lee", "Ann Lee"],
      ["Prof Ann Lee", "Ann Lee"],
      ["Ann Lee, PhD", "Ann Lee"],
      ["Ann Lee PhD", "Ann Lee"],
      ["Dra. Ána López, MBA", "Ána López"],
      ["Dr. Ann Lee, Jr., PhD", "Ann Lee Jr."],
      ["Ann Lee, PhD, Jr.", "Ann Lee Jr."],
      ["Sir Al Kay III", "Al Kay III"],
    ];
    for (const [written, named] of cases) expect(noteNameOf(written), written).toBe(named);
  });

  it("keeps the written form when nothing is dropped, or only one word would be left", () => {
    for (const written of ["Ann Lee", "Ann Lee, Jr.", "Mr Lee", "Dr. Ruth", "Jack Ma", "ANN LEE MA", "Will Smith"]) expect(noteNameOf(written), written).toBe(written);
  });

  it("is the same person as the written name, and naming again changes nothing (property)", () => {
    const word = fc.constantFrom("Ann", "Lee", "Bo", "Chan", "Ma", "Will", "Iv", "Dr.", "Dr", "Mr", "Sra.", "Prof", "PhD", "MD", "Jr.", "Sr", "III", ",", "Ing.");
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 7 }), fc.constantFrom(" ", ", ", "  "), (words, gap) => {
        const written = words.join(gap);
        const named = noteNameOf(written);
        expect(personKey(named)).toBe(personKey(written));
        expect(noteNameOf(named)).toBe(named);
      }),
      { numRuns: 2000 },
    );
  });

  it("costs one pass over a long title chain", () => {
    expect(bestGrowth(noteNameOf, whole((n) => `${"Dr. ".repeat(n)}Ann Lee`), 2000, 8)).toBeLessThan(8);
    expect(bestGrowth(withoutTrailingHonorifics, whole((n) => `with ${"Prof. ".repeat(n)}`), 2000, 8)).toBeLessThan(8);
  });
});

describe("a title before a name in a list of guest ideas", () => {
  const read = (text: string) => parseProspects(text).map((p) => [p.name, p.preselected]);

  it("opens the item, follows “with” and a joiner as the bare name would", () => {
    expect(read("- Dr. Bo Chan on logs\n- Loki deployments with Prof. Ann Lee and Mrs. Cy Berg\n")).toEqual([
      ["Bo Chan", true],
      ["Ann Lee", true],
      ["Cy Berg", true],
    ]);
    expect(read("- Tracing: Dr. Dee Moe\n")).toEqual([["Dee Moe", true]]);
  });

  it("a word that only looks like a title still ends a sentence", () => {
    expect(read("- We met at KubeCon. Bo Chan was there\n")).toEqual([["Bo Chan", false]]);
  });

  it("stays linear on a line of titles before each name", () => {
    const line = (n: number) => `- ${"Dr. ".repeat(n)}Bo Chan and ${"with Dr. Ann Lee ".repeat(n)}\n`;
    expect(bestGrowth((t: string) => parseProspects(t).length, whole(line), 500, 8)).toBeLessThan(8);
  });
});
