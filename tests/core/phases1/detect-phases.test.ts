// phases1: Detect's proposal of phase headings beside the reader's plain "before" rule
// (src/core/detect/phase-headings.ts, src/core/note/phase-place.ts). A heading is proposed for
// one phase only, never one the reader already names; an unnamed list after a plain "before"
// list the reader takes as the prep is proposed as the closer "before" list, so that with the
// proposal taken the plain one stays the prep and the two are not both prep.
import { describe, expect, it } from "vitest";
import { DEFAULT_PHASE_HEADINGS, phaseMatcher } from "../../../src/core/note/phases";
import { detect, fixtureNotes, vault } from "../detect/fixture-vault";
import { readNote } from "../../support/notes";

const PHASES = ["prep", "before", "after", "other"] as const;

function added(headings: Record<(typeof PHASES)[number], string[]>): string[] {
  return PHASES.flatMap((phase) => headings[phase].filter((p) => !DEFAULT_PHASE_HEADINGS[phase].includes(p)).map((p) => `${phase}: ${p}`));
}

describe("Detect and the plain 'before' lists", () => {
  it("the German show (walk12): the reader names “Vor der Sendung” (prep) and “Kurz vor der Sendung”, so no heading is proposed for either", () => {
    const proposal = detect(fixtureNotes("walk12-vault")).shows.find((s) => s.show.name.includes("Stammtisch"));
    expect(proposal).toBeDefined();
    const additions = added(proposal?.show.phaseHeadings ?? DEFAULT_PHASE_HEADINGS);
    expect(additions.filter((a) => /vor der sendung/i.test(a))).toEqual([]);
    // Every heading Detect proposes, it proposes for one phase.
    const texts = additions.map((a) => a.slice(a.indexOf(": ") + 2).toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  const episode = (n: number) =>
    `---\ndate: 2025-03-${String(n * 7).padStart(2, "0")}\n---\nGuest:: Ann ${n}\n\n## Before recording\n- [ ] Invite the guest\n- [ ] Send the questions\n\n## Session\n- [ ] Sound check\n- [ ] Record\n\n## Editing\n- [ ] Rough cut\n\n## Publishing\n- [ ] Upload\n`;
  const notes = vault(Object.fromEntries([1, 2, 3, 4].map((n) => [`Cast/CC 0${n} - Topic ${n}.md`, episode(n)])));

  it("a podcast's unnamed “Session” list after “Before recording” is proposed as the closer 'before' list, not as prep", () => {
    // Without the proposal the reader takes "Before recording" as the prep (first in a production note).
    expect(readNote("Cast/CC 01 - Topic 1.md", episode(1)).sections.find((s) => s.heading === "Before recording")?.phase).toBe("prep");
    const proposal = detect(notes).shows[0];
    expect(proposal).toBeDefined();
    const headings = proposal?.show.phaseHeadings ?? DEFAULT_PHASE_HEADINGS;
    expect(added(headings)).toEqual(["before: Session"]);
    // With it taken, the plain list stays the prep and "Session" is the recording's own list.
    const e = readNote("Cast/CC 01 - Topic 1.md", episode(1), { phases: phaseMatcher(headings) });
    expect(e.sections.filter((s) => s.total > 0).map((s) => [s.heading, s.phase])).toEqual([
      ["Before recording", "prep"],
      ["Session", "before"],
      ["Editing", "after"],
      ["Publishing", "after"],
    ]);
  });
});
