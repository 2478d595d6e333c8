// The talking-points reader reads fenced code by the note reader's rule (blocks.ts), as
// Obsidian does: a fence closes only with the same character, at least as long, with
// nothing but spaces after it; a ``` line with a backtick after it opens nothing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { talkingPoints, talkingPointTree } from "../../../src/core/snippets/talking-points";
import { blankLines, fencedBlock, SPACED_NOTES } from "./fenced-block";

describe("talking points skip fenced code as the reader does", () => {
  it("a ``` line inside a ~~~ block does not close it", () => {
    const note = ["## Talking points", "- Intro", "~~~", "```", "- Not a point", "~~~", "- Demo"].join("\n");
    expect(talkingPoints(note)).toEqual(["Intro", "Demo"]);
  });

  it("a ```` block is not closed by ```, and a closer with text after it closes nothing", () => {
    const note = ["## Talking points", "- Intro", "````md", "```", "- Not a point", "``` not a closer", "````", "- Demo"].join("\n");
    expect(talkingPoints(note)).toEqual(["Intro", "Demo"]);
  });

  it("a ``` line with a backtick after it is inline code, not a fence: the points after it stay", () => {
    const note = ["## Talking points", "- Intro", "```a` b", "- Demo", "- Q&A"].join("\n");
    expect(talkingPoints(note)).toEqual(["Intro", "Demo", "Q&A"]);
  });

  it("a heading inside a code block neither opens nor closes the section, and a point keeps its children across a block", () => {
    const note = ["## Talking points", "- Intro", "  - Hello", "  ~~~", "## After the show", "  ~~~", "  - Who we are", "- Demo"].join("\n");
    expect(talkingPointTree(note).map((p) => [p.text, p.children.map((c) => c.text)])).toEqual([
      ["Intro", ["Hello", "Who we are"]],
      ["Demo", []],
    ]);
  });

  it("a YAML comment in the frontmatter is no heading", () => {
    const note = ["---", "# Agenda", "date: 2026-01-01", "---", "- Not a point", "## Notes", "- Nor this"].join("\n");
    expect(talkingPoints(note)).toEqual([]);
  });
});

describe("a fenced block between paragraphs changes no talking point", () => {
  const withPoints = SPACED_NOTES.filter((note) => talkingPoints(note.lines.join("\n")).length > 0);

  it("the real notes have talking points to keep", () => {
    expect(withPoints.length).toBeGreaterThanOrEqual(5);
  });

  it("in any real note, after any blank line, a block of any content leaves the points, their children and their places", () => {
    const cases = fc.constantFrom(...withPoints).chain((note) => fc.tuple(fc.constant(note), fc.constantFrom(...blankLines(note.lines)), fencedBlock));
    fc.assert(
      fc.property(cases, ([note, blank, block]) => {
        const before = talkingPointTree(note.lines.join("\n"));
        const inserted = [...block, ""];
        const lines = [...note.lines.slice(0, blank + 1), ...inserted, ...note.lines.slice(blank + 1)];
        const shifted = before.map((p) => ({ ...p, line: p.line > blank ? p.line + inserted.length : p.line }));
        expect(talkingPointTree(lines.join("\n"))).toEqual(shifted);
      }),
      { numRuns: 300 },
    );
  });
});
