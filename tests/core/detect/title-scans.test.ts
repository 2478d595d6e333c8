// Detect's readers of an index note's title and of a guest joiner, once regular expressions
// whose cost grew with the cube (the title) or the square (the joiner) of a run of spaces:
// the same results as those expressions on any line, and time that grows with the line.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { titleText } from "../../../src/core/detect/show-name";
import { endingWord } from "../../../src/core/detect/guest-ending";
import { bestGrowth, whole } from "../../support/growth";

const OLD_TITLE = /^#\s+(.+?)\s*#*\s*$/;
const oldEnding = (joiner: string) => joiner.replace(/^[\s,;]+|\s+$/g, "").toLowerCase();
const line = (chars: string[]) => fc.array(fc.constantFrom(...chars), { maxLength: 24 }).map((c) => c.join(""));
const RUNS = { numRuns: 3000 };

describe("same results as the old regular expressions", () => {
  it("a title line: its text, or none (a title of #s alone is none now; it was one #)", () => {
    fc.assert(
      fc.property(line([" ", "\t", "#", "a", "C", "\r", "\u2028", "\u00a0", "\ufeff"]), (text) => {
        const old = OLD_TITLE.exec(text)?.[1] ?? null;
        const wanted = old === null || /^[\s#]*$/.test(old) ? null : old;
        expect(titleText(text)).toBe(wanted);
      }),
      RUNS,
    );
  });

  it("a joiner's word", () => {
    fc.assert(
      fc.property(line([" ", "\t", ",", ";", "W", "i", "\u00a0", "\n"]), (text) => {
        expect(endingWord(text)).toBe(oldEnding(text));
      }),
      RUNS,
    );
  });

  it("reads the titles the vaults write", () => {
    expect(titleText("# Grafana Office Hours")).toBe("Grafana Office Hours");
    expect(titleText("#  Café con Grafana  ##  ")).toBe("Café con Grafana");
    expect(titleText("## Episodes")).toBeNull();
    expect(titleText("#hashtag")).toBeNull();
    expect(titleText("# ###")).toBeNull();
  });
});

// At most 8 copies (inputs of 64,000 characters at 4n), as the other growth tests on whole
// lines: at 32 copies the garbage collector's share read 8.04-8.09 twice for linear code on a
// machine loaded 5 times over. A quadratic scan still reads about 16.
const LIMIT = 8;
const MAX_COPIES = 8;

describe("time grows with the line", () => {
  it("a title with a long run of spaces inside (the old expression took 418 s at 10,000)", () => {
    const make = whole((n) => `# a${" ".repeat(n)}b`);
    expect(bestGrowth(titleText, make, 2000, LIMIT, MAX_COPIES)).toBeLessThan(LIMIT);
  });

  it("a joiner with a long run of spaces inside", () => {
    const make = whole((n) => `, with${" ".repeat(n)}x`);
    expect(bestGrowth(endingWord, make, 2000, LIMIT, MAX_COPIES)).toBeLessThan(LIMIT);
  });
});
