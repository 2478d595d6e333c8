// A sub-heading's phase never runs back to an earlier stage than its parent's (sections.ts):
// "### Recording" under "## After the show" is a live stream's upload, not the podcast's
// recording day. The note's title holds nothing back; talking points are no stage.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { phaseMatcher } from "../../src/core/note/phases";
import type { Episode, Phase } from "../../src/core/types";
import { readNote } from "../support/notes";

const read = (lines: string[]) => readNote("Note.md", lines.join("\n") + "\n");
const phases = (e: Episode) => e.sections.slice(1).map((s) => [s.heading, s.phase]);
const itemPhases = (e: Episode) => e.tasks.map((t) => [t.text, e.sections[t.section]?.phase]);

describe("a sub-heading never runs back to an earlier stage", () => {
  it("reads a live stream's after-show \"### Recording\" as after the show", () => {
    const e = read(["## After the show", "- [ ] Thank the guest", "### Recording", "- [ ] Upload the recording"]);
    expect(itemPhases(e)).toEqual([
      ["Thank the guest", "after"],
      ["Upload the recording", "after"],
    ]);
  });

  it("keeps after-show promotion and a \"Before next week\" list after the show, and a pre-show one before it", () => {
    const e = read(["## Pre-show checklist", "### Promotion", "## Just before the show", "### Prep", "## After the show", "### Promotion", "### Before next week", "#### Outreach"]);
    expect(phases(e)).toEqual([
      ["Pre-show checklist", "prep"],
      ["Promotion", "prep"],
      ["Just before the show", "before"],
      ["Prep", "before"],
      ["After the show", "after"],
      ["Promotion", "after"],
      ["Before next week", "after"],
      ["Outreach", "after"],
    ]);
  });

  it("holds through a sub-heading that names no phase", () => {
    const e = read(["## After the show", "### Social", "#### Recording"]);
    expect(phases(e)).toEqual([
      ["After the show", "after"],
      ["Social", "after"],
      ["Recording", "after"],
    ]);
  });

  it("goes forward as named, and into talking points", () => {
    const e = read(["## Checklist", "### Just before the show", "### After the show", "## Just before the show", "### Questions", "## Talking points", "### Before the break"]);
    expect(phases(e)).toEqual([
      ["Checklist", "prep"],
      ["Just before the show", "before"],
      ["After the show", "after"],
      ["Just before the show", "before"],
      ["Questions", "other"],
      ["Talking points", "other"],
      // Talking points are no stage, so what they hold is read by name; "Before the break" names a
      // moment of the show, no phase (phase-anchor.ts), so it stays a talking point.
      ["Before the break", "other"],
    ]);
  });

  it("lets the note's title hold nothing back: its words are the topic", () => {
    const e = read(["# LS 16 - Show day", "## Checklist", "- [ ] Book", "## Just before the show", "### Before recording"]);
    expect(phases(e)).toEqual([
      ["LS 16 - Show day", "before"],
      ["Checklist", "prep"],
      ["Just before the show", "before"],
      ["Before recording", "before"],
    ]);
    const titled = read(["# Life after Kubernetes", "## Pre-show", "## Recording day"]);
    // "after Kubernetes" places nothing against the show: the topic names no phase (phase-anchor.ts).
    expect(phases(titled).map(([, phase]) => phase)).toEqual(["other", "prep", "before"]);
  });

  it("holds under a level-1 list heading when the note has several (no title then)", () => {
    const e = read(["# Pre-show", "- [ ] Book", "# After the show", "## Recording", "- [ ] Upload"]);
    expect(phases(e)).toEqual([
      ["Pre-show", "prep"],
      ["After the show", "after"],
      ["Recording", "after"],
    ]);
  });

  it("reads a podcast's own \"## Recording\" list, a sibling of the others, as before the show", () => {
    const e = read(["## Pre-production", "## Recording", "## Editing", "## Publish"]);
    expect(phases(e).map(([, phase]) => phase)).toEqual(["prep", "before", "after", "after"]);
  });

  it("leaves a heading in a callout naming no phase, under the held list", () => {
    const e = read(["## After the show", "> [!todo] Later", "> ## Recording", "> - [ ] Upload"]);
    expect(itemPhases(e)).toEqual([["Upload", "after"]]);
  });
});

describe("the rule for every heading tree", () => {
  const STAGE: Partial<Record<Phase, number>> = { prep: 0, before: 1, after: 2 };
  const WORDS = ["Checklist", "Pre-show", "Just before the show", "Recording", "After the show", "Editing", "Talking points", "Social", "Notes", "Promotion"];
  const matcher = phaseMatcher();

  it("a sub-heading is the phase it names unless that is an earlier stage than its parent's, then the parent's", () => {
    const heading = fc.record({ level: fc.integer({ min: 2, max: 4 }), text: fc.constantFrom(...WORDS) });
    fc.assert(
      fc.property(fc.array(heading, { minLength: 1, maxLength: 12 }), (headings) => {
        const e = read(headings.map((h) => `${"#".repeat(h.level)} ${h.text}`));
        const sections = e.sections.slice(1);
        sections.forEach((section, i) => {
          const parent = sections.slice(0, i).reverse().find((p) => p.level < section.level);
          const named = matcher.match(section.heading ?? "");
          if (!parent) return expect(section.phase).toBe(named ?? "other");
          if (named === null) return expect(section.phase).toBe(parent.phase);
          const from = STAGE[parent.phase];
          const to = STAGE[named];
          expect(section.phase).toBe(from !== undefined && to !== undefined && to < from ? parent.phase : named);
        });
      }),
    );
  });
});
