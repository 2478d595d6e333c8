// Two general rules of reading a heading's phase that the sixth probe of unseen notes asked
// for (tests/fixtures/unseen6/):
//  - Chinese and Japanese write no spaces between words, so each of their characters is a
//    word: a show's phrase "配信前" is found in "📋 配信前チェックリスト" as "Pre-show" is in
//    "Pre-show checklist", and nowhere it is not written.
//  - Each language's bare "before"/"after" names a phase when placed against the show, as
//    "before" and "después" already did: "Prima della puntata", "Antes da gravação".
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeHeading, phaseMatcher } from "../../../src/core/note/phases";
import { bestGrowth, perLine } from "../../support/growth";

const CJK = [..."配信前後準備直収録話題第回日本語テーマトークチェックリストまいくのをするかなカナ漢字"];
const cjk = (min: number) => fc.array(fc.constantFrom(...CJK), { minLength: min, maxLength: 8 }).map((c) => c.join(""));

describe("headings without spaces between words", () => {
  it("a phrase of CJK characters is found wherever it stands in a heading, whatever is around it", () => {
    fc.assert(
      fc.property(cjk(0), cjk(1), cjk(0), fc.constantFrom("", "📋 ", "## "), (before, phrase, after, lead) => {
        const matcher = phaseMatcher({ prep: [], before: [], after: [phrase], other: [] });
        expect(matcher.match(`${lead}${before}${phrase}${after}`)).toBe("after");
      }),
    );
  });

  it("and not where it is not written: a heading without its characters in a row names nothing", () => {
    fc.assert(
      fc.property(cjk(1), cjk(1), (heading, phrase) => {
        const matcher = phaseMatcher({ prep: [], before: [], after: [phrase], other: [] });
        // The reading agrees with a plain search of the characters (no accents or marks among them).
        expect(matcher.match(heading) === "after").toBe(heading.includes(phrase));
      }),
    );
  });

  it("leaves every other script as it was: words are split by spaces and punctuation only", () => {
    expect(["Pré-show Checklist", "Kurz vor der Sendung", "Préparation", "Подготовка к эфиру"].map(normalizeHeading)).toEqual([
      "pre show checklist",
      "kurz vor der sendung",
      "preparation",
      "подготовка к эфиру",
    ]);
    expect(normalizeHeading("配信前 Checklist")).toBe("配 信 前 checklist");
  });

  it("a heading of thousands of CJK characters: linear", () => {
    // normalizeHeading itself: the matcher remembers the headings it has read.
    expect(bestGrowth(normalizeHeading, perLine((n) => "配信".repeat(n)), 2_000, 8)).toBeLessThan(8);
  });
});

describe("each language's bare before and after", () => {
  const matcher = phaseMatcher();
  it.each([
    ["Prima della puntata", "before"],
    ["⏰ Prima della diretta", "before"],
    ["Dopo la puntata", "after"],
    ["Dopo la registrazione", "after"],
    ["Antes da gravação", "before"],
    ["Depois da gravação", "after"],
    ["Antes del directo", "before"],
    ["Avant l'enregistrement", "before"],
    ["Avant le direct", "before"],
  ])("%s names %s, placed against the show", (heading, phase) => {
    expect(matcher.match(heading)).toBe(phase);
  });

  // Placed against a segment of the show, or meaning something else, they name nothing.
  it.each(["Prima della pausa", "Dopo la demo", "Antes do intervalo", "Depois das perguntas", "Avant-première", "Na gravação", "Vragen voor de gast", "Prima parte"])(
    "%s names no phase",
    (heading) => {
      expect(matcher.match(heading)).toBeNull();
    },
  );
});
