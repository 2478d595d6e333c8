// Where inline code sits on a line, judged by markdown-it (CommonMark): a run of backticks
// closed by the next run of the same length, unpaired runs plain, escaped backticks plain;
// and a line of many runs read in linear time.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import MarkdownIt, { type Token } from "markdown-it";
import { codeSpans, inCodeTester } from "../../src/core/text/code-spans";

const md = new MarkdownIt();

/** The text markdown-it puts in code spans, every span's content joined. */
function codeText(line: string): string {
  let out = "";
  const walk = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.children) walk(token.children);
      if (token.type === "code_inline") out += token.content;
    }
  };
  walk(md.parseInline(line, {}));
  return out;
}

describe("code spans", () => {
  it.each([
    ["no code", []],
    ["a `b` c", [[2, 5]]],
    ["``a`b`` c", [[0, 7]]],
    ["`a`` b", []],
    ["\\`a` b`", [[3, 7]]],
    ["\\\\`a` b", [[2, 5]]],
    ["\\``a`` b", []],
    ["`a` `b`", [[0, 3], [4, 7]]],
  ])("%s", (line, spans) => {
    expect(codeSpans(line).map((s) => [s.from, s.to])).toEqual(spans);
  });

  it("agree with markdown-it on any line of backticks, backslashes and text", () => {
    // Each `x` becomes a letter of its own, so markdown-it's code text tells which are in code.
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    const line = fc.array(fc.constantFrom("`", "`", "\\", "x", " "), { maxLength: 40 }).map((chars) => {
      let n = 0;
      return chars.map((c) => (c === "x" ? letters.charAt(n++ % letters.length) : c)).join("");
    });
    fc.assert(
      fc.property(line, (text) => {
        const inCode = inCodeTester(text);
        const theirs = codeText(text);
        for (let i = 0; i < text.length; i++) {
          const c = text.charAt(i);
          if (!/[A-Za-z]/.test(c) || text.indexOf(c) !== i || text.lastIndexOf(c) !== i) continue;
          expect(inCode(i), `${JSON.stringify(text)} at ${i}`).toBe(theirs.includes(c));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("take linear time on a line of many unpaired runs of growing length", () => {
    const line = (n: number) => Array.from({ length: n }, (_, i) => `${"`".repeat((i % 50) + 1)}a`).join("");
    const cost = (n: number) => {
      const text = line(n);
      let best = Infinity;
      for (let round = 0; round < 5; round++) {
        const start = process.cpuUsage();
        codeSpans(text);
        const used = process.cpuUsage(start);
        best = Math.min(best, used.user + used.system);
      }
      return best;
    };
    cost(2000);
    // Four times the line, well under sixteen times the work (quadratic would be 16x).
    expect(cost(40_000)).toBeLessThan(Math.max(8 * cost(10_000), 20_000));
  });
});
