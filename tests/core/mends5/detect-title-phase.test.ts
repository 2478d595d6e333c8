// Detect judges whether a heading names a phase by the reader's rule (mends5): a note's
// title (its only `#` heading) names none unless it is only a phase's heading. Before,
// Detect's note facts counted "# LS 16 - Show day" as naming a phase, so the headings under
// it never looked orphaned and Detect offered no phase for them, while the reader left
// their items out of every phase.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNoteFacts } from "../../../src/core/detect/note-facts";
import { findHeadingAdditions } from "../../../src/core/detect/phase-headings";
import { phaseMatcher } from "../../../src/core/note/phases";
import { readEpisode } from "../../../src/core/note/episode";

function facts(name: string, text: string) {
  return readNoteFacts(`Show/${name}.md`, text, [], {});
}

const SHOW_DAY = "# LS 16 - Show day\n\n## Notes\n- [ ] Look up the talk\n\n## After the show\n- [ ] Upload\n";

describe("a title in Detect's note facts", () => {
  it("that holds a phase's words among the episode's names no phase: the heading under it is orphaned", () => {
    const headings = facts("LS 16 - Show day", SHOW_DAY).taskHeadings;
    expect(headings.map((h) => [h.text, h.named, h.orphan])).toEqual([
      ["Notes", false, true],
      ["After the show", true, false],
    ]);
    // The reader agrees: "Notes" takes no phase from the title.
    expect(readEpisode("Show/LS 16 - Show day.md", SHOW_DAY, {}, {}).sections.find((s) => s.heading === "Notes")?.phase).toBe("other");
  });

  it("that is only a phase's heading names it, as the reader reads it", () => {
    const text = "# Pre-show checklist\n- [ ] Book the guest\n\n## Notes\n- [ ] Read up\n";
    const headings = facts("Ep 3", text).taskHeadings;
    expect(headings.map((h) => [h.text, h.named, h.orphan])).toEqual([
      ["Pre-show checklist", true, false],
      ["Notes", false, false],
    ]);
  });

  it("is never offered as a phase heading, though its tasks are orphaned", () => {
    const text = "# Latency budgets\n- [ ] Book the guest\n\n## After the show\n- [ ] Upload\n";
    const notes = [facts("Ep 1 - Latency budgets", text), facts("Ep 2 - Latency budgets", text)];
    expect(notes[0]?.taskHeadings[0]).toMatchObject({ text: "Latency budgets", title: true, orphan: true });
    expect(findHeadingAdditions(notes, null)).toBeNull();
  });

  // Words for the show itself ("Recording") are left out: the reader weighs those by the whole note (phase-context.ts).
  it("names a phase in Detect exactly when the reader's onlyPhase says so, for any title", () => {
    const matcher = phaseMatcher();
    const word = fc.constantFrom("LS", "16", "-", "Show", "day", "Pre-show", "checklist", "After", "the", "show", "Notes", "Kubernetes", "Prep", "🎬");
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const title = words.join(" ");
        const note = facts("Ep 9", `# ${title}\n- [ ] An item\n`);
        const heading = note.taskHeadings[0];
        expect(heading?.named).toBe(matcher.onlyPhase(title));
      }),
    );
  });
});
