// probe7: the new-episode form's promises under hostile input. The guests box is split on
// every keystroke (new-episode-modal.ts) and again by the snippets' form (context.ts), so
// its split must stay linear in what was pasted. n against 4n, CPU time, the best of
// several runs (tests/support/growth.ts).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { bestGrowth, whole } from "../support/growth";
import { splitGuestInput } from "../../src/core/new-episode/new-episode";
import { lookAlikeKey } from "../../src/core/new-episode/look-alike";

const LIMIT = 8;

describe("the guests box splits a pasted run of spaces in linear time", () => {
  // Once a defect: /\s+and\s+/ (and the show's own word, /\s+(?:y|e)\s+/) was tried from
  // every space of a run, each try running to the run's end: a paste of 12,000 spaces
  // took 0.4 s per keystroke (18x at 4n).
  for (const language of ["", "es"]) {
    it(`language "${language}": Ann, then a long run of spaces and tabs, then Bo`, () => {
      const make = whole((n) => `Ann${" \t".repeat(n / 2)}Bo`);
      expect(bestGrowth((text: string) => splitGuestInput(text, language), make, 4000, LIMIT)).toBeLessThan(LIMIT);
    });
  }

  it("splits at 'and' / 'y' between spaces of any length, commas, & and new lines; a joining word at a line's edge goes too", () => {
    expect(splitGuestInput("Ann   and \t Bo, Cy & Di\nEd")).toEqual(["Ann", "Bo", "Cy", "Di", "Ed"]);
    expect(splitGuestInput("Ana López  y  Bruno Díaz e Inés", "es")).toEqual(["Ana López", "Bruno Díaz", "Inés"]);
    expect(splitGuestInput("Ann, Bo, and Cy")).toEqual(["Ann", "Bo", "Cy"]);
    expect(splitGuestInput("Ann and\nBo")).toEqual(["Ann", "Bo"]);
    expect(splitGuestInput("Ann\nand Bo")).toEqual(["Ann", "Bo"]);
    expect(splitGuestInput("Alexandra Andersen and Ed Yates")).toEqual(["Alexandra Andersen", "Ed Yates"]);
    // "y" joins only in a show whose language says so: Ortega y Gasset is one name in English.
    expect(splitGuestInput("José Ortega y Gasset")).toEqual(["José Ortega y Gasset"]);
  });

  // The rule for all inputs: names that hold no joining word, joined by any of the
  // separators a user types, come back as those names.
  it("gives back the names, however they were joined", () => {
    const word = fc.stringMatching(/^[A-Za-zÁÉÍÓÚáéíóúñ][a-záéíóúñ'.-]{0,8}$/).filter((w) => !["and", "y", "e"].includes(w.toLowerCase()));
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(" "));
    const space = fc.constantFrom(" ", "  ", "\t", " \t ");
    const joiner = (language: string) =>
      fc
        .tuple(fc.constantFrom(",", ";", "&", "\n", "and", "AND", ", and", "and\n", "\nand", ...(language === "es" ? ["y", "e", "Y"] : [])), space, space)
        .map(([sep, before, after]) => `${before}${sep}${after}`);
    const input = fc.constantFrom("", "es").chain((language) => fc.tuple(fc.constant(language), name, fc.array(fc.tuple(joiner(language), name), { maxLength: 4 })));
    fc.assert(
      fc.property(input, ([language, first, rest]) => {
        const text = first + rest.map(([join, n]) => join + n).join("");
        expect(splitGuestInput(text, language)).toEqual([first, ...rest.map(([, n]) => n)]);
      }),
    );
  });
});

describe("the look-alike key of a name (never overwrite a note under another spelling)", () => {
  // Once /[\s.]+$/: a run of spaces or dots inside a name was tried from each of its
  // characters (15x at 4n). A file name is at most 255 bytes, so it never cost much,
  // but the key is also asked of folder names typed in the settings.
  it("is linear in a run of spaces and dots inside the name", () => {
    const make = whole((n) => `OH 12${" .".repeat(n / 2)}x`);
    expect(bestGrowth(lookAlikeKey, make, 4000, LIMIT)).toBeLessThan(LIMIT);
  });

  it("drops trailing spaces and dots (any Unicode space), composes, and lowers the case", () => {
    expect(lookAlikeKey("OH 12 - Café. . \u00a0\u3000")).toBe("oh 12 - café");
    expect(lookAlikeKey("OH 12 - Cafe\u0301")).toBe("oh 12 - café");
    expect(lookAlikeKey("OH 12 . x")).toBe("oh 12 . x");
    expect(lookAlikeKey(" ...")).toBe("");
  });
});
