// guests9: terminal columns for the clusters terminals draw as one picture (ZWJ sequences,
// flags, skin tones, keycaps, Hangul syllables spelled in conjoining jamo, the extended
// jamo blocks included), and a note's bidirectional controls shown, never sent raw: an
// RLO in a guest's name reorders the rest of the row in the terminal ("Trojan source").
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnsOf, controlCharactersShown, padToColumns } from "../../../src/core/text/terminal-columns";
import { bestGrowth, whole } from "../../support/growth";
import { runCli } from "../../support/cli-status";

/** The bidirectional embeddings, overrides and isolates: the characters that reorder a line. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/u;

describe("columns of what a terminal draws as one picture", () => {
  it.each([
    ["👩‍💻", 2], // ZWJ sequence
    ["👨‍👩‍👧", 2],
    ["🇩🇪", 2], // flag
    ["👍🏽", 2], // skin tone
    ["✌🏽", 2], // a text-default base with a skin tone is an emoji
    ["e\u0301", 1], // combining acute
    ["\u1100\u1161\u11a8", 2], // 각 in conjoining jamo: one syllable
    ["\ua960\ud7b0\ud7cb", 2], // extended-A lead, extended-B vowel and tail: one syllable
    ["1\ufe0f\u20e3", 2], // keycap one
    ["#\ufe0f\u20e3", 2], // keycap number sign
    ["Ann 👩‍💻 Lee", 10],
  ])("%s is %i columns", (text, n) => {
    expect(columnsOf(text)).toBe(n);
  });
});

/** Names mixing wide, combining, emoji, jamo, bidi and control characters. */
const hard = fc
  .array(
    fc.constantFrom("a", "Ö", " ", "山", "김", "e\u0301", "👩‍💻", "🇩🇪", "👍🏽", "1\ufe0f\u20e3", "\u1100\u1161\u11a8", "\ua960\ud7b0\ud7cb", "\u202e", "\u2067", "\u200f", "محمد", "דוד", "\u001b", "\u0085", "\u2028", "…"),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

describe("padding to a width, then measuring, gives the width (property)", () => {
  it("for every text and width", () => {
    fc.assert(
      fc.property(hard, fc.integer({ min: 1, max: 40 }), (raw, width) => {
        expect(columnsOf(padToColumns(controlCharactersShown(raw), width))).toBe(width);
      }),
    );
  });
});

describe("bidirectional controls are shown, never sent raw", () => {
  it("every embedding, override and isolate becomes a visible U+FFFD, as a C1 control does", () => {
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      const ch = String.fromCharCode(code);
      expect(controlCharactersShown(`Ann${ch}Lee`), code.toString(16)).toBe("Ann\ufffdLee");
      // Shown, it takes a column: the row's padding counts it.
      expect(columnsOf(controlCharactersShown(ch))).toBe(1);
    }
  });

  it("the marks a right-to-left name is written with (LRM, RLM, ALM) stay: they reorder nothing around them", () => {
    for (const mark of ["\u200e", "\u200f", "\u061c"]) expect(controlCharactersShown(`דוד${mark} כהן`)).toBe(`דוד${mark} כהן`);
  });

  it("line and paragraph separators are white space, as a line break is", () => {
    expect(controlCharactersShown("Ann\u2028Lee\u2029Bo")).toBe("Ann Lee Bo");
  });

  it("no text keeps one (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", " ", "\u202a", "\u202e", "\u2066", "\u2069", "\u200f", "\u001b", "\n", "\u2028"), maxLength: 60 }), (text) => {
        const shown = controlCharactersShown(text);
        expect(shown).not.toMatch(BIDI);
        expect(shown).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
        // One for one: a row's text is never lost, only made visible (runs of white space become one space).
        expect(shown.replace(/ /g, "").length).toBe(text.replace(/[\s\u2028\u2029]/g, "").length);
      }),
    );
  });

  it("a line of 100,000 of them is shown in time in proportion to its length", () => {
    expect(bestGrowth((text: string) => controlCharactersShown(text).length, whole((n) => "\u202eא".repeat(n)), 10_000, 4)).toBeLessThan(8);
  });
});

describe("every command-line table shows them (status, agenda, guests)", () => {
  it("a guest's name and an item holding an RLO or an isolate reach no terminal raw", () => {
    const root = mkdtempSync(join(tmpdir(), "oh-guests9-bidi-"));
    try {
      mkdirSync(join(root, "Shows"));
      writeFileSync(
        join(root, "Shows", "XY 01 - Topic.md"),
        "---\ndate: 2026-12-10\n---\nGuest:: Ann \u202eeeL\u202c, Bo \u2067Chan\u2069\n\n## Checklist\n\n- [ ] Send \u202etceles\u202c the invite 📅 2026-12-08\n",
      );
      for (const command of ["status", "agenda", "guests"]) {
        const { out } = runCli([command, root, "--width", "160"], "2026-12-07T10:00:00Z");
        expect(out, command).not.toMatch(BIDI);
        expect(out, command).toContain(command === "agenda" ? "Send \ufffdtceles\ufffd the invite" : "Ann \ufffdeeL\ufffd");
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
