// phases1: the plain "before" rule costs a note its length. A heading's words are scanned once
// for a closeness word (isPlainBefore); the note's list headings are read once, when the first
// plain one is met, and placed in two passes (prepByPlace). Attacked with long headings of the
// trigger repeated and with notes of thousands of "before" lists.
import { describe, expect, it } from "vitest";
import { phaseMatcher } from "../../../src/core/note/phases";
import { bestGrowth, whole } from "../../support/growth";
import { readNote } from "../../support/notes";

const LIMIT = 8;

describe("growth", () => {
  it("a heading of 'before the show' repeated, read by a fresh matcher (no remembered answer)", () => {
    const read = (heading: string) => phaseMatcher().read(heading);
    // 10,000-100,000 characters: every word is looked up once in the closeness words.
    expect(read("before the show ".repeat(2_000)).plain).toBe(true);
    expect(bestGrowth(read, whole((n) => "Before the show ".repeat(n)), 2_000, LIMIT)).toBeLessThan(LIMIT);
    expect(bestGrowth(read, whole((n) => "Vor der Sendung, ".repeat(n)), 2_000, LIMIT)).toBeLessThan(LIMIT);
  });

  it("a note of many plain 'before' lists and closer ones between them", () => {
    const note = (n: number) => `---\ndate: 2026-03-05\n---\n${"## Before the show\n- [ ] a\n\n## Just before the show\n- [ ] b\n\n".repeat(n)}`;
    const read = (text: string) => readNote("Show/Ep 1.md", text);
    expect(read(note(3)).sections.filter((s) => s.total > 0).map((s) => s.phase)).toEqual(["prep", "before", "prep", "before", "prep", "before"]);
    expect(bestGrowth(read, whole(note), 200, LIMIT)).toBeLessThan(LIMIT);
  });
});
