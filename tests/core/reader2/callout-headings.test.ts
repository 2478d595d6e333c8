// Headings inside a quote or callout (`> [!note] Before the show` then `> ## Prep`): Obsidian's
// metadata cache lists no heading there (its outline shows none, the Tasks plugin groups such
// items under the heading above the callout), and a callout's title is no heading either. So
// an item's phase comes from the nearest heading outside quotes, nested callouts too. The
// stand-in host's cache (tests/host, following obsidian.d.ts) is the oracle for the headings.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readNote } from "../../support/notes";
import { computeCache } from "../../host/markdown-parse";
import { phaseMatcher } from "../../../src/core/note/phases";

const phasesOf = (text: string) => {
  const e = readNote("n.md", text);
  return e.tasks.map((t) => [t.text, e.sections[t.section]?.phase]);
};

describe("headings in callouts", () => {
  it("take their phase from the heading above the callout, not their own words", () => {
    const text = "## After the show\n\n> [!note] Before the show\n> ## Prep\n> - [ ] Book the studio\n> ## Just before the show\n> - [ ] Check the mic\n";
    expect(phasesOf(text)).toEqual([
      ["Book the studio", "after"],
      ["Check the mic", "after"],
    ]);
  });

  it("name no phase with no heading above (the callout title neither)", () => {
    expect(phasesOf("> [!todo] Pre-show\n> ## Prep\n> - [ ] Book\n")).toEqual([["Book", "other"]]);
  });

  it("end nothing: an item after the callout is still under the heading above", () => {
    const text = "## Pre-show checklist\n> [!tip] After the show\n> > ## After the show\n> > - [ ] Nested\n\n- [ ] Outside\n";
    expect(phasesOf(text)).toEqual([
      ["Nested", "prep"],
      ["Outside", "prep"],
    ]);
  });

  it("still hold a Timestamps section the live log finds (as before)", () => {
    const e = readNote("n.md", "Guest:: Eve\n\n> [!info] Show notes\n> ## Timestamps\n> 00:00 Intro\n");
    expect(e.timestampsLine).toBe(3);
  });
});

const LINES = ["", "## Pre-show checklist", "## After the show", "> [!note] Just before the show", "> ## Prep", "> > ## After the show", "> - [ ] quoted", "> > - [ ] nested", "- [ ] item", "Text"];

describe("every item's phase", () => {
  it("is the phase of the nearest heading Obsidian's cache lists above it", () => {
    const matcher = phaseMatcher();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 12 }), (lines) => {
        const text = `${lines.join("\n")}\n`;
        const headings = computeCache(text).headings ?? [];
        const e = readNote("n.md", text);
        const expected = e.tasks.map((t) => {
          const above = headings.filter((h) => h.position.start.line < t.line).pop();
          return above ? (matcher.match(above.heading) ?? "other") : "other";
        });
        expect(e.tasks.map((t) => e.sections[t.section]?.phase)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
