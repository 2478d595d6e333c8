import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText, escapeText, foldLine } from "../../../src/core/calendar/ics-text";
import { toWellFormed, utf8Bytes } from "../../../src/core/calendar/unicode";
import { expectedText } from "./ics-oracle";
import { anyCodePoint, anyText, loneSurrogate } from "./arbitraries";

const octets = (line: string): number => Buffer.byteLength(line, "utf8");
const unfold = (folded: string): string => folded.replace(/\r\n[ \t]/g, "");

describe("foldLine", () => {
  it("leaves a line of 75 octets alone and folds at 76", () => {
    const exact = `SUMMARY:${"a".repeat(67)}`;
    expect(octets(exact)).toBe(75);
    expect(foldLine(exact)).toBe(exact);
    const over = `${exact}b`;
    expect(foldLine(over)).toBe(`${exact}\r\n b`);
  });

  it("continues with one space and at most 74 octets of content per continuation", () => {
    const folded = foldLine(`DESCRIPTION:${"x".repeat(300)}`);
    const lines = folded.split("\r\n");
    expect(lines.map(octets)).toEqual([75, 75, 75, 75, 16]);
    for (const line of lines.slice(1)) expect(line.startsWith(" ") && !line.startsWith("  ")).toBe(true);
  });

  it.each([
    ["é (2 octets)", "é"],
    ["€ (3 octets)", "€"],
    ["😀 (4 octets, a surrogate pair)", "😀"],
    ["mixed", "aé€😀"],
  ])("never splits %s and keeps every line ≤ 75 octets", (_, unit) => {
    for (let prefix = 0; prefix < 8; prefix += 1) {
      const line = `SUMMARY:${"p".repeat(prefix)}${unit.repeat(80)}`;
      const folded = foldLine(line);
      expect(unfold(folded)).toBe(line);
      for (const physical of folded.split("\r\n")) {
        const bytes = Buffer.from(physical, "utf8");
        expect(bytes.length).toBeLessThanOrEqual(75);
        expect(new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toBe(physical);
        // Buffer would quietly turn a cut surrogate pair into U+FFFD; compare to catch it.
        expect(Buffer.from(physical, "utf8").toString("utf8")).toBe(physical);
      }
    }
  });

  it("fills lines as far as a character fits: 24 × € then a fold", () => {
    const folded = foldLine(`X:${"€".repeat(30)}`);
    const [first] = folded.split("\r\n");
    // "X:" is 2 octets, 24 × 3 = 72 → 74; a 25th would make 77.
    expect(first).toBe(`X:${"€".repeat(24)}`);
  });

  it("unfolds to the original for any clean line", () => {
    const line = anyText.map((s) => `X:${cleanText(s).replace(/\n/g, "\\n")}`);
    fc.assert(
      fc.property(line, (l) => {
        const folded = foldLine(l);
        expect(unfold(folded)).toBe(l);
        for (const physical of folded.split("\r\n")) expect(octets(physical)).toBeLessThanOrEqual(75);
      }),
    );
  });
});

describe("escapeText and cleanText", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", "a\\,b"],
    ["a;b", "a\\;b"],
    ["a\\b", "a\\\\b"],
    ["a\nb", "a\\nb"],
    ["a\r\nb", "a\\nb"],
    ["a\rb", "a\\nb"],
    ["a\n\r\nb", "a\\n\\nb"],
    ["a\r\rb", "a\\n\\nb"],
    ["a:b\"c", 'a:b"c'],
    ["tab\there", "tab\there"],
    ["bell\u0007", "bell"],
    ["\\n", "\\\\n"],
  ])("%j → %j", (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  it("cleans text the same way the independent oracle does", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(anyCodePoint, fc.constantFrom("\r", "\n", "\ud800", "\udfff")) }), (s) => {
        expect(cleanText(s)).toBe(expectedText(s));
      }),
    );
  });
});

describe("unicode helpers", () => {
  it("replaces lone surrogates only", () => {
    expect(toWellFormed("a\ud83d\ude00b")).toBe("a😀b");
    expect(toWellFormed("\ud83d")).toBe("\ufffd");
    expect(toWellFormed("\ude00\ud83d")).toBe("\ufffd\ufffd");
    expect(toWellFormed("\ud83d\ud83d\ude00")).toBe("\ufffd😀");
  });

  it("encodes UTF-8 as Node does", () => {
    const any = fc.string({ unit: fc.oneof(anyCodePoint, loneSurrogate) });
    fc.assert(
      fc.property(any, (s) => {
        expect(utf8Bytes(s)).toEqual([...Buffer.from(s, "utf8")]);
      }),
    );
  });
});
