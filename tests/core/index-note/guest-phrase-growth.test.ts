// Hostile lines against the reading of a guest list after an episode's link
// (guest-phrase.ts): one trigger repeated to 100,000 characters and more after each way a
// list may start — "with with with", runs of "**", "[[" and "[", links, names and joining
// words, spaces. n against 4n, CPU time (tests/support/growth.ts): linear code reads about
// 4, quadratic about 16.
import { describe, expect, it } from "vitest";
import { bestGrowth, whole } from "../../support/growth";
import { BLOCK_END, BLOCK_START, updateBlock } from "../../../src/core/index-note/index-note";
import type { IndexEntry } from "../../../src/core/index-note/merge-lists";
import { readGuestPhrase } from "../../../src/core/index-note/guest-phrase";

const LIMIT = 8;
const BASENAME = "GOH 12 - Tempo";
const GUESTS = ["Ann Lee", "Bo Chen", "Cy Diaz"];

const entry = (language: string): IndexEntry => ({ basename: BASENAME, link: `[[${BASENAME}]]`, date: "2023-06-16", number: 12, guests: GUESTS, list: "past", language });
const block = (line: string) => `${BLOCK_START}\n### Past\n\n${line}\n${BLOCK_END}\n`;

function run(language: string): (text: string) => unknown {
  const e = [entry(language)];
  return (text) => {
    const result = updateBlock(text, e);
    if (!result.ok) throw new Error(result.reason);
    return result.text;
  };
}

const cases: [string, string][] = [
  [" with", " with"],
  [" ", "**"],
  [" with ", "[["],
  [" with ", "["],
  [" with ", "[Ann](x) and "],
  [" with ", "[[Ann Lee]] and "],
  [" with ", "Ann Lee and "],
  [" **with ", "Ann, "],
  [" (", "Ann Lee & "],
  [" —", " — Ann"],
  [":", " "],
  [" with Ann", " "],
  [" feat.", " feat."],
  [" with ", "Ann_"],
];

describe("a long line after the link", () => {
  it.each(cases)("%j then %j repeated: linear", (start, trigger) => {
    const make = whole((n) => block(`- 16/06: [[${BASENAME}]]${start}${trigger.repeat(Math.ceil(n / trigger.length))}x`));
    expect(bestGrowth(run("en"), make, 30000, LIMIT)).toBeLessThan(LIMIT);
  });

  it("a Spanish show's list: con and y repeated, linear", () => {
    const make = whole((n) => block(`- 16/06: [[${BASENAME}]] con ${"Ann y ".repeat(Math.ceil(n / 6))}x`));
    expect(bestGrowth(run("es"), make, 30000, LIMIT)).toBeLessThan(LIMIT);
  });

  it("reads 100,000 characters of 'with with with' as no list, and a 100,000-name list as one", () => {
    expect(readGuestPhrase(` with ${"with ".repeat(20_000)}`, GUESTS)).toBeNull();
    const names = readGuestPhrase(` with ${"Ann Lee, ".repeat(11_000)}Bo Chen`, GUESTS);
    expect(names?.names).toHaveLength(11_001);
    expect(names?.covered).toEqual(new Set(["Ann Lee", "Bo Chen"]));
  });
});
