// Reading an .ics file's SEQUENCE back as RFC 5545 allows it to be written (by this
// plugin, another device, another tool), so no rewrite goes at or below it.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildIcs } from "../../../src/core/calendar/ics-writer";
import { MAX_SEQUENCE, readSequence } from "../../../src/core/calendar/ics-read";

const AT = new Date("2024-02-15T15:00:00Z");
const ics = (sequence: number) => buildIcs({ prodId: "-//Test//EN", events: [{ uid: "u@x", stamp: AT, start: AT, end: AT, summary: "Show", sequence }] });

describe("readSequence", () => {
  it("reads back every SEQUENCE the writer writes, folded anywhere, with LF or CRLF line ends", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_SEQUENCE }), fc.integer({ min: 1, max: 18 }), fc.boolean(), (n, at, lf) => {
        // A fold inside the line: CRLF and a space (or a tab) put anywhere after the name's first letter.
        const text = ics(n).replace(`SEQUENCE:${n}`, (line) => `${line.slice(0, Math.min(at, line.length - 1))}\r\n${at % 2 ? " " : "\t"}${line.slice(Math.min(at, line.length - 1))}`);
        expect(readSequence(lf ? text.replace(/\r\n/g, "\n") : text)).toBe(n);
      }),
    );
  });

  it("takes any case, parameters (a quoted colon in one too) and a plus sign", () => {
    expect(readSequence(ics(1).replace("SEQUENCE:1", "sequence:42"))).toBe(42);
    expect(readSequence(ics(1).replace("SEQUENCE:1", "Sequence;X-FROM=phone:43"))).toBe(43);
    expect(readSequence(ics(1).replace("SEQUENCE:1", 'SEQUENCE;X-NOTE="a:b":44'))).toBe(44);
    expect(readSequence(ics(1).replace("SEQUENCE:1", "SEQUENCE:+45"))).toBe(45);
  });

  it("is 0 without a SEQUENCE (the RFC's default), and null for one it cannot trust", () => {
    expect(readSequence(ics(5).replace("SEQUENCE:5\r\n", ""))).toBe(0);
    // Only a property named SEQUENCE: a DESCRIPTION mentioning one is text.
    expect(readSequence(ics(5).replace("SUMMARY:Show", "SUMMARY:SEQUENCE:99"))).toBe(5);
    expect(readSequence(ics(5).replace("SEQUENCE:5", "SEQUENCE:5\r\nSEQUENCE:6"))).toBeNull();
    for (const bad of ["-1", "1.5", "", "x", "2147483648", "99999999999"]) expect(readSequence(ics(5).replace("SEQUENCE:5", `SEQUENCE:${bad}`)), bad).toBeNull();
  });
});
