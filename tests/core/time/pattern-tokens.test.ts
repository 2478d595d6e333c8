// The translation of moment and Unicode patterns into date-fns patterns: the one part of
// formatting the project writes itself.
import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { translatePattern, type PatternPart } from "../../../src/core/time/pattern-tokens";
import { anyText } from "../calendar/arbitraries";

/** The parts as one readable line: date-fns patterns as written, zone names as {z} / {zzzz}. */
function show(parts: PatternPart[]): string {
  return parts.map((p) => (p.kind === "zone" ? (p.long ? "{zzzz}" : "{z}") : `<${p.pattern}>`)).join("");
}

describe("translatePattern", () => {
  it.each([
    // moment, as core Templates and Templater users write it
    ["YYYY-MM-DD", "<yyyy'-'MM'-'dd>"],
    ["dddd D MMMM", "<EEEE' 'd' 'MMMM>"],
    ["ddd, MMM Do YYYY", "<EEE', 'MMM' 'do' 'yyyy>"],
    ["h:mm A", "<h':'mm' 'a>"],
    ["hh:mm a", "<hh':'mm' 'aaa>"],
    ["YYYY-MM-DDTHH:mm:ssZ", "<yyyy'-'MM'-'dd'T'HH':'mm':'ssxxx>"],
    ["ZZ", "<xx>"],
    ["[Week of] MMM D", "<'Week of 'MMM' 'd>"],
    // Unicode, as date-fns users write it
    ["EEEE d MMMM", "<EEEE' 'd' 'MMMM>"],
    ["EEE", "<EEE>"],
    ["E EE", "<EEE' 'EEE>"],
    ["yyyy-MM-dd", "<yyyy'-'MM'-'dd>"],
    ["h 'o''clock'", "<h' o''clock'>"],
    ["xxx xx x", "<xxx' 'xx' 'x>"],
  ])("%j → %s", (pattern, expected) => {
    expect(show(translatePattern(pattern))).toBe(expected);
  });

  it("leaves zone names to the caller", () => {
    expect(show(translatePattern("HH:mm z"))).toBe("<HH':'mm' '>{z}");
    expect(show(translatePattern("zz zzz (zzzz)"))).toBe("{z}<' '>{z}<' ('>{zzzz}<')'>");
  });

  it("splits a run of one letter into patterns of their own, which date-fns would read as one token", () => {
    expect(show(translatePattern("MMMMM"))).toBe("<MMMM><M>");
    expect(show(translatePattern("DDDD"))).toBe("<dd><dd>");
    expect(show(translatePattern("Aa"))).toBe("<a><aaa>");
    // A literal in between keeps them apart already.
    expect(show(translatePattern("D[.]D"))).toBe("<d'.'d>");
  });

  it("quotes every literal, letters and quotes included", () => {
    expect(show(translatePattern("T"))).toBe("<'T'>");
    expect(show(translatePattern("''"))).toBe("<''>");
    expect(show(translatePattern("[it's]"))).toBe("<'it''s'>");
    expect(show(translatePattern("['']"))).toBe("<''''>");
    expect(show(translatePattern("[ab'']"))).toBe("<'ab'''''>");
    expect(show(translatePattern(""))).toBe("");
  });

  it("spells each moment token and its Unicode counterpart the same way", () => {
    const pairs: [string, string][] = [
      ["YYYY", "yyyy"],
      ["YY", "yy"],
      ["D", "d"],
      ["DD", "dd"],
      ["ddd", "EEE"],
      ["dddd", "EEEE"],
      ["Z", "xxx"],
      ["ZZ", "xx"],
    ];
    const separator = fc.constantFrom(" ", "-", "/", ", ", ".", ":");
    const piece = fc.integer({ min: 0, max: pairs.length - 1 });
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, separator), { minLength: 1, maxLength: 6 }), (pieces) => {
        const moment = pieces.map(([i, sep]) => `${pairs[i]?.[0] ?? ""}${sep}`).join("");
        const unicode = pieces.map(([i, sep]) => `${pairs[i]?.[1] ?? ""}${sep}`).join("");
        expect(translatePattern(moment)).toEqual(translatePattern(unicode));
      }),
    );
  });

  it("gives date-fns patterns that print any literal text exactly", () => {
    const instant = new Date(2024, 6, 5, 15, 4, 9);
    fc.assert(
      fc.property(anyText, (text) => {
        // Brackets hold anything but "]"; a quote outside them is its own literal.
        const literal = text.replace(/\]/g, "");
        const parts = translatePattern(`[${literal}]`);
        expect(parts.map((p) => (p.kind === "format" ? format(instant, p.pattern) : "")).join("")).toBe(literal);
      }),
    );
  });
});
