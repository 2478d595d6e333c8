// Words after a guest list written by hand: "with Ann, and a demo of Faro". The plugin
// never writes a comma before its "and" ("Ann, Bo and Cy"), so a comma then a joining word
// with no guest's name after it ends the list, and the words after it are the user's.
// They were read as part of the list and dropped when the guests changed (review3).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockLines } from "../../../src/core/index-note/index-note";
import type { IndexEntry } from "../../../src/core/index-note/merge-lists";
import { bestGrowth } from "../../support/growth";

// GOH 12 as the Grafana Office Hours README links it (tests/fixtures/five-shows).
const BASENAME = "GOH 12 - Grafana Faro";
const LINK = `[[${BASENAME}]]`;
const entry = (guests: string[], language = "en"): IndexEntry => ({ basename: BASENAME, link: LINK, date: "2023-09-22", number: 12, guests, list: "upcoming", language });
const UPCOMING = (line: string) => ["### Upcoming", "", line];
const last = (out: string[]) => out[out.length - 1];

describe("a comma and a joining word after a hand-written guest list", () => {
  it("ends the list: the user's words after it stay when the guests change", () => {
    expect(last(blockLines(UPCOMING(`- 22/09: ${LINK} with Ann, and a demo of Faro`), [entry(["Ann", "Bo"])]))).toBe(`- 22/09: ${LINK} with Ann and Bo, and a demo of Faro`);
    expect(last(blockLines(UPCOMING(`- 22/09: ${LINK} con Lucía, y una demo`), [entry(["Lucía", "Bruno"], "es")]))).toBe(`- 22/09: ${LINK} con Lucía y Bruno, y una demo`);
  });

  it("is an Oxford comma inside the list when a guest's name follows it", () => {
    expect(last(blockLines(UPCOMING(`- 22/09: ${LINK} with Ann, Bo, and Cy`), [entry(["Ann", "Bo", "Cy", "Dee"])]))).toBe(`- 22/09: ${LINK} with Ann, Bo, Cy and Dee`);
  });

  it("for any words after ', and ': kept, once, and stable on the next run", () => {
    const words = fc.stringMatching(/^[a-z][a-z ]{0,20}[a-z]$/).filter((w) => !/\b(?:with|con)\b/.test(w));
    const guests = fc.uniqueArray(fc.constantFrom("Ann Lee", "Bo Chen", "Cy Diaz", "Dee Ng"), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(words, guests, (w, names) => {
        const once = blockLines(UPCOMING(`- 22/09: ${LINK} with Ann Lee, and ${w}`), [entry(names)]);
        expect(last(once)?.endsWith(`, and ${w}`)).toBe(true);
        expect(blockLines(once, [entry(names)])).toEqual(once);
      }),
    );
  });

  it("reads a long line of commas and joining words in linear time (n against 4n)", () => {
    for (const trigger of [", and ", ", y Ann Lee", ",,,,"]) {
      const make = (n: number, copies: number) => [...UPCOMING(`- 22/09: ${LINK} with Ann Lee${trigger.repeat(n * copies)}`)];
      expect(bestGrowth((lines: string[]) => blockLines(lines, [entry(["Ann Lee", "Bo Chen"])]), make, 2_000, 8)).toBeLessThan(8);
    }
  });
});
