// terminal-columns.ts gives the segmenter a long text a piece at a time (the walk over one
// long text grew quadratically). The pieces must never split a grapheme cluster: for any
// text, where cutToColumns stops is a cluster boundary of the whole text as the segmenter
// reads it in one go, and columnsOf of the whole equals the sum of its clusters' columns.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { columnsOf, cutToColumns } from "../../../src/core/text/terminal-columns";

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const boundaries = (text: string) => new Set([...segmenter.segment(text)].map((s) => s.index).concat(text.length));

// The parts that make clusters hard: marks after letters and spaces, ZWJ emoji, flags,
// Hangul jamo, a Devanagari conjunct, Prepend characters, CR LF, letters of every kind.
const PARTS = ["a", "é", "e\u0301", " ", " \u0301", "\u0600", "\u0600 ", "\u0d4e", "👩\u200d💻", "🇩🇪", "👍🏽", "\u1100\u1161\u11a8", "क्ष", "क\u094d", "可", "か\u3099", "\r\n", "Ж", "ש", "ا", "1️⃣"];

describe("pieces never split a cluster", () => {
  it("for texts of 1,000 to 6,000 code units made of the hard parts", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PARTS), { minLength: 600, maxLength: 3000 }), fc.nat(4000), (parts, width) => {
        const text = parts.join("");
        const cut = cutToColumns(text, width);
        const kept = cut.endsWith("…") && cut !== text ? cut.slice(0, -1) : cut;
        expect(text.startsWith(kept)).toBe(true);
        expect(boundaries(text).has(kept.length)).toBe(true);
        const whole = [...segmenter.segment(text)].reduce((n, s) => n + columnsOf(s.segment), 0);
        expect(columnsOf(text)).toBe(whole);
      }),
      { numRuns: 60 },
    );
  });
});
