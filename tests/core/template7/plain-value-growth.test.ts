// template7: every line of a template's head is read by plainValueLine, and it trimmed the
// value with /[ \t\r]+$/, which tries a run of spaces inside the value (`summary: a   …   x`)
// from each of its spaces to the end: quadratic (15-17x for n against 4n, linear reads 4x),
// with or without a tag in the line. Now a loop from the end.
import { describe, expect, it } from "vitest";
import { plainValueLine } from "../../../src/core/new-episode/template/plain-value";
import { renderTemplate } from "../../../src/core/new-episode/template/render";
import { bestGrowth, whole } from "../../support/growth";

const VALUES = { fields: { topic: "T" }, start: null, now: new Date("2026-01-01T00:00:00Z"), timeZone: "UTC", locale: "en" };

describe("a head line with a long run of spaces inside its value", () => {
  it("is read in linear time, with a tag and without", () => {
    expect(bestGrowth((line: string) => plainValueLine(line), whole((n) => `summary: {{topic}}${" ".repeat(n)}x`), 5_000, 8)).toBeLessThan(8);
    expect(bestGrowth((text: string) => renderTemplate(text, VALUES), whole((n) => `---\nsummary: a${" \t".repeat(n)}x\n---\n`), 5_000, 8)).toBeLessThan(8);
  });

  it("still leaves the spaces before a comment out of the value", () => {
    expect(plainValueLine("summary: a {{topic}}   \t # note")).toEqual({ prefix: "summary: ", value: "a {{topic}}", tail: "   \t # note" });
    expect(plainValueLine("summary: a {{topic}} \r")).toEqual({ prefix: "summary: ", value: "a {{topic}}", tail: " \r" });
  });
});
