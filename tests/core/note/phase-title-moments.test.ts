// The title, closing moments and the show's own word (sections.ts, phase-only.ts,
// phase-context.ts), for every default phrase and against long headings.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_PHASE_HEADINGS, phaseMatcher } from "../../../src/core/note/phases";
import { readNote } from "../../support/notes";
import { bestGrowth } from "../../support/growth";

const matcher = phaseMatcher();
const PHRASES = Object.values(DEFAULT_PHASE_HEADINGS).flat();
const read = (lines: string[]) => readNote("Note.md", lines.join("\n") + "\n");
const phaseOf = (lines: string[], heading: string) => read(lines).sections.find((s) => s.heading === heading)?.phase;

describe("the note's title", () => {
  it("sets no phase for what it holds when an episode's name or number is in it, whatever phrase it holds", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PHRASES), fc.integer({ min: 1, max: 999 }), fc.constantFrom("LS", "Ep", "Folge"), (phrase, n, code) => {
        expect(phaseOf([`# ${code} ${n} - ${phrase}`, "- [ ] a", "## Notes", "- [ ] b"], "Notes")).toBe("other");
        expect(phaseOf([`# ${phrase} with Ann Lee`, "## Notes"], "Notes")).toBe("other");
      }),
    );
  });

  it("passes its phase to a heading naming none when it is only a phase's heading", () => {
    for (const phrase of PHRASES) {
      const lines = [`# ${phrase}`, "- [ ] a", "## Notes"];
      const e = read(lines);
      const title = e.sections[1]?.phase;
      expect([phrase, e.sections[2]?.phase]).toEqual([phrase, title]);
      // Every phrase but the show's own word ("Recording", the show itself outside a podcast's note) sets its phase.
      if (phrase !== "recording") expect([phrase, title]).toEqual([phrase, matcher.match(phrase)]);
    }
  });

  it("is read in linear time however long", () => {
    const onlyPhase = (heading: string) => matcher.onlyPhase(heading);
    expect(bestGrowth(onlyPhase, (n, copies) => "show day ".repeat(n * copies) + "LS", 5_000, 8)).toBeLessThan(8);
    expect(bestGrowth(onlyPhase, (n, copies) => "pre-show checklist ".repeat(n * copies), 5_000, 8)).toBeLessThan(8);
    expect(bestGrowth(onlyPhase, (n, copies) => "the ".repeat(n * copies) + "after the show", 5_000, 8)).toBeLessThan(8);
  });
});

describe("closing moments and the show's own word", () => {
  it("reads a note of many run-of-show wrap-ups and live \"Recording\" lists in linear time", () => {
    const note = (n: number, copies: number) => "# LS 1 - Show day\n" + "## Talking points\n### Wrap-up\n- [ ] a\n## Recording\n- [ ] b\n".repeat(n * copies);
    expect(bestGrowth((text: string) => readNote("Note.md", text), note, 500, 8)).toBeLessThan(8);
  });

  it("keeps every moment under the talking points a talking point, at any depth below them", () => {
    fc.assert(
      fc.property(fc.constantFrom("Wrap-up", "Outro", "Closing", "Cierre", "Wrapup"), fc.array(fc.constantFrom("Segment", "Part two", "Demo"), { maxLength: 3 }), (moment, between) => {
        const lines = ["## Talking points", ...between.map((h, i) => `${"#".repeat(i + 3)} ${h}`), `${"#".repeat(between.length + 3)} ${moment}`, "- [ ] x"];
        expect(read(lines).tasks.map((t) => read(lines).sections[t.section]?.phase)).toEqual(["other"]);
        expect(phaseOf([`## ${moment}`, "- [ ] x"], moment)).toBe("after");
      }),
    );
  });
});
