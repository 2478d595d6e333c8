// Sections and phases: a task belongs to the nearest heading above it; each heading maps
// to prep / before / after / other by name (longest phrase wins, unmatched headings
// inherit their parent's phase, talking points are never prep).
import { describe, expect, it } from "vitest";
import { phaseMatcher } from "../../src/core/note/phases";
import { readEdge, sectionRows } from "./edge-notes";
import { readNote } from "../support/notes";

describe("sections of a note", () => {
  const episode = readEdge("sections-phases.md");

  it("keeps heading text, level, line and order, with phases by name or inherited", () => {
    expect(episode.sections.map((s) => [s.heading, s.level, s.line, s.phase])).toEqual([
      [null, 0, -1, "other"],
      ["GOH 7 - Title", 1, 2, "other"],
      ["Pre-show checklist", 2, 3, "prep"],
      ["Thumbnail", 3, 4, "prep"],
      ["Talking points", 2, 6, "other"],
      ["Demo", 3, 8, "other"],
      ["Just before the show", 2, 10, "before"],
      ["After-show checklist", 2, 12, "after"],
      ["Timestamps", 2, 15, "other"],
      // A closing moment at the top level is the after-show list (under the talking points, a talking point).
      ["Closing", 2, 18, "after"],
    ]);
  });

  it("counts each task in the nearest heading above it", () => {
    expect(sectionRows(episode).map(([heading, , done, total, cancelled]) => [heading, done, total, cancelled])).toEqual([
      [null, 0, 1, 0],
      ["GOH 7 - Title", 0, 0, 0],
      ["Pre-show checklist", 0, 0, 0],
      ["Thumbnail", 1, 1, 0],
      ["Talking points", 0, 1, 0],
      ["Demo", 0, 1, 0],
      ["Just before the show", 0, 1, 0],
      ["After-show checklist", 0, 1, 0],
      ["Timestamps", 0, 1, 0],
      ["Closing", 0, 0, 1],
    ]);
    expect(episode.tasks.map((t) => [t.line, t.section])).toEqual([
      [1, 0],
      [5, 3],
      [7, 4],
      [9, 5],
      [11, 6],
      [13, 7],
      [17, 8],
      [19, 9],
    ]);
    expect([episode.done, episode.total, episode.cancelled]).toEqual([1, 7, 1]);
  });

  it("makes sections only of real headings", () => {
    const text = [
      "####### seven hashes",
      "#no-space",
      "    ## four spaces: code, not a heading",
      "   ## three spaces",
      "- [ ] a",
      "## Title #",
      "## C# is kept",
      "> ## In a quote",
      "- [ ] b",
    ].join("\n");
    expect(readNote("x.md", text).sections.map((s) => s.heading)).toEqual([
      null,
      "three spaces",
      "Title",
      "C# is kept",
      "In a quote",
    ]);
  });

  it("takes a paragraph over === or --- as a heading, but not a rule after a list or at the top", () => {
    const text = "===\n\nPara\n===\n- [ ] a\n- item\n---\n- [ ] b\n";
    const episode = readNote("x.md", text);
    expect(episode.sections.map((s) => [s.heading, s.level, s.line])).toEqual([
      [null, 0, -1],
      ["Para", 1, 2],
    ]);
    expect(episode.tasks.map((t) => t.section)).toEqual([1, 1]);
  });

  it("takes a whole paragraph as a setext heading, starting on its first line", () => {
    const episode = readNote("x.md", "Line one\n  line two\n===\n- [ ] a\n");
    expect(episode.sections.map((s) => [s.heading, s.level, s.line])).toEqual([
      [null, 0, -1],
      ["Line one line two", 1, 0],
    ]);
  });

  it.each([
    ["an indented detail line", "- [ ] task\n  details\n---\n- [ ] b\n"],
    ["a lazy continuation line", "- [ ] task\ndetails\n---\n- [ ] b\n"],
    ["a second paragraph", "- [ ] item\n\n  more about it\n---\n- [ ] b\n"],
  ])("takes --- under %s of a list item for a rule, not a heading", (_what, text) => {
    const episode = readNote("x.md", text);
    expect(episode.sections.map((s) => s.heading)).toEqual([null]);
    expect(episode.tasks.map((t) => t.section)).toEqual([0, 0]);
  });

  it("takes --- under a paragraph after the list (blank line between) for a heading", () => {
    const episode = readNote("x.md", "- [ ] a\n\nAfter the show\n---\n- [ ] b\n");
    expect(sectionRows(episode)).toEqual([
      [null, "other", 0, 1, 0],
      ["After the show", "after", 0, 1, 0],
    ]);
  });

  it("does not turn a note's opening --- into a heading", () => {
    // A never-closed frontmatter fence is a thematic break; once the first line's
    // "previous paragraph" (line -1) was taken for text, giving a heading "".
    const episode = readEdge("fm-never-closed.md");
    expect(sectionRows(episode)).toEqual([[null, "other", 0, 1, 0]]);
    expect(readNote("x.md", "---\n- [ ] a").sections).toHaveLength(1);
  });
});

describe("phase inheritance", () => {
  it("passes a phase down through several unmatched levels, and stops at a sibling", () => {
    const text = "# Post-show\n## Misc\n### Deep\n- [ ] a\n# Notes\n- [ ] b\n";
    expect(sectionRows(readNote("x.md", text))).toEqual([
      [null, "other", 0, 0, 0],
      ["Post-show", "after", 0, 0, 0],
      ["Misc", "after", 0, 0, 0],
      ["Deep", "after", 0, 1, 0],
      ["Notes", "other", 0, 1, 0],
    ]);
  });

  it("lets a named heading override its parent's phase", () => {
    const text = "## Checklist\n### After the show\n- [ ] a\n### Thumbnail\n- [ ] b\n";
    expect(sectionRows(readNote("x.md", text)).map((r) => r[1])).toEqual(["other", "prep", "after", "prep"]);
  });

  it("keeps talking points out of prep even when they carry checkboxes", () => {
    const text = "## Pre-show checklist\n### Talking points\n- [ ] q\n#### Demo\n- [ ] r\n";
    expect(sectionRows(readNote("x.md", text))).toEqual([
      [null, "other", 0, 0, 0],
      ["Pre-show checklist", "prep", 0, 0, 0],
      ["Talking points", "other", 0, 1, 0],
      ["Demo", "other", 0, 1, 0],
    ]);
  });
});

describe("phaseMatcher with the default phrases", () => {
  const matcher = phaseMatcher();

  it.each([
    ["Checklist", "prep"],
    ["Pre-show checklist", "prep"],
    ["PRE SHOW", "prep"],
    ["Preparación", "prep"],
    ["To do", "prep"],
    ["Just before the show", "before"],
    ["Before the show checklist", "before"],
    ["Before-show checklist", "before"],
    ["15 minutos antes", "before"],
    ["After the show", "after"],
    ["Post-show checklist", "after"],
    ["After-show checklist", "after"],
    ["Después de la transmisión", "after"],
    ["Despues de la transmision", "after"],
    ["Checklist: after the show", "after"],
    ["Talking points", "other"],
    ["Talking points checklist", "other"],
    ["Prep: talking points", "other"],
    ["Puntos a hablar", "other"],
    ["Reference links", "other"],
  ])("%j is %s", (heading, phase) => {
    expect(matcher.match(heading)).toBe(phase);
  });

  it.each(["Thumbnail", "Afterwards", "Beforehand", "Prepared remarks", "GOH 7 - Title", ""])(
    "%j names no phase (it inherits)",
    (heading) => {
      expect(matcher.match(heading)).toBeNull();
    },
  );

  it("uses a show's own phrases", () => {
    const custom = phaseMatcher({ prep: ["vorbereitung"], before: ["live"], after: ["nachbereitung"], other: [] });
    expect(custom.match("Vorbereitung")).toBe("prep");
    expect(custom.match("Nachbereitung")).toBe("after");
    expect(custom.match("Checklist")).toBeNull();
    expect(readNote("x.md", "## Nachbereitung\n- [ ] a\n", { phases: custom }).sections[1]?.phase).toBe("after");
  });
});
