// A sub-heading's phase never runs back to an earlier stage than its parent's (sections.ts):
// "### Recording" under "## After the show" is a live stream's upload, not the podcast's
// recording day. The note's title holds nothing back and sets no phase unless it is only a
// phase's heading; talking points are no stage, and a closing moment there is a talking point.
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

  it("lets the note's title set no phase: its words are the episode's, not a list's", () => {
    const e = read(["# LS 16 - Show day", "- [ ] Book", "## Notes", "- [ ] Charge the camera", "## Checklist", "## Just before the show", "### Before recording"]);
    expect(phases(e)).toEqual([
      ["LS 16 - Show day", "other"],
      // "Notes" names no phase, and the title's "Show day" is the episode's name, not a list's.
      ["Notes", "other"],
      ["Checklist", "prep"],
      ["Just before the show", "before"],
      ["Before recording", "before"],
    ]);
    const titled = read(["# Life after Kubernetes", "## Pre-show", "## Recording day"]);
    // "after Kubernetes" places nothing against the show: the topic names no phase (phase-anchor.ts).
    expect(phases(titled).map(([, phase]) => phase)).toEqual(["other", "prep", "before"]);
  });

  it("lets a title that is only a phase's heading set the phase of what it holds, and hold nothing back", () => {
    for (const [title, phase] of [
      ["Pre-show checklist", "prep"],
      ["🎬 Show day", "before"],
      ["After the show", "after"],
      ["Avant l'émission", "before"],
      ["Live show day", "before"],
    ] as const) {
      const e = read([`# ${title}`, "- [ ] First", "## Notes", "- [ ] Second", "## Checklist"]);
      expect([title, ...phases(e).map(([, p]) => p)]).toEqual([title, phase, phase, "prep"]);
    }
    // A number, a topic word or a name left over makes it an episode's title.
    for (const title of ["LS 16 - Show day", "Show day with Ann", "Episode 12 after the show", "Pre-show checklist: eBPF"]) {
      const e = read([`# ${title}`, "## Notes"]);
      expect([title, ...phases(e).map(([, p]) => p)]).toEqual([title, "other", "other"]);
    }
  });

  it("reads a title only when it is the note's one level-1 heading", () => {
    // Two `#` headings are lists' headings, each naming its phase for what it holds.
    const e = read(["# LS 16 - Show day", "## Notes", "# After the show", "## Social"]);
    expect(phases(e)).toEqual([
      ["LS 16 - Show day", "before"],
      ["Notes", "before"],
      ["After the show", "after"],
      ["Social", "after"],
    ]);
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

  it("reads a live stream's top-level \"## Recording\", \"## Stream\", \"## Live\", \"## Grabación\" as the show itself", () => {
    for (const show of ["Recording", "Stream", "Live", "Grabación", "🔴 Recording"]) {
      const e = read(["## Pre-show checklist", "- [ ] Book", `## ${show}`, "- [ ] Start the countdown", "## After the show", "- [ ] Thank the guest"]);
      expect([show, ...itemPhases(e).map(([, p]) => p)]).toEqual([show, "prep", "other", "after"]);
    }
    // Any heading naming a stage of producing a recording makes it a podcast's note.
    for (const stage of ["Editing", "Post-production", "Publishing", "Recording day", "Before recording"]) {
      const e = read(["## Recording", "- [ ] Check the levels", `## ${stage}`]);
      expect([stage, itemPhases(e)[0]?.[1]]).toEqual([stage, "before"]);
    }
  });

  it("reads \"### Wrap-up\" in the talking points as a moment of the show, and \"## Wrap-up\" as the after-show list", () => {
    for (const moment of ["Wrap-up", "Outro", "Closing", "Cierre", "🎬 Wrap up"]) {
      const e = read(["## Talking points", "### Intro", "- [ ] Welcome", `### ${moment}`, "- [ ] Plug the meetup", `## ${moment}`, "- [ ] Upload"]);
      expect([moment, ...itemPhases(e).map(([, p]) => p)]).toEqual([moment, "other", "other", "after"]);
    }
    // Through a heading naming nothing under the talking points, and not under a checklist.
    const e = read(["## Agenda", "### Part two", "#### Outro", "- [ ] Say goodbye", "## Just before the show", "### Wrap-up", "- [ ] Stop the recording"]);
    expect(itemPhases(e)).toEqual([
      ["Say goodbye", "other"],
      ["Stop the recording", "after"],
    ]);
  });

  it("leaves a heading in a callout naming no phase, under the held list", () => {
    const e = read(["## After the show", "> [!todo] Later", "> ## Recording", "> - [ ] Upload"]);
    expect(itemPhases(e)).toEqual([["Upload", "after"]]);
  });
});

describe("the rule for every heading tree", () => {
  const STAGE: Partial<Record<Phase, number>> = { prep: 0, before: 1, after: 2 };
  const WORDS = ["Checklist", "Pre-show", "Just before the show", "Recording", "After the show", "Editing", "Talking points", "Social", "Notes", "Promotion", "Wrap-up"];
  const matcher = phaseMatcher();

  it("a sub-heading is the phase it names unless that is an earlier stage than its parent's, then the parent's", () => {
    const heading = fc.record({ level: fc.integer({ min: 2, max: 4 }), text: fc.constantFrom(...WORDS) });
    fc.assert(
      fc.property(fc.array(heading, { minLength: 1, maxLength: 12 }), (headings) => {
        const e = read(headings.map((h) => `${"#".repeat(h.level)} ${h.text}`));
        const sections = e.sections.slice(1);
        // "Editing" is the one word of producing a recording here: without it "Recording" is the show itself.
        const podcast = headings.some((h) => h.text === "Editing");
        const names: (Phase | null)[] = [];
        const parentOf = (i: number) => {
          for (let j = i - 1; j >= 0; j--) if ((sections[j]?.level ?? 0) < (sections[i]?.level ?? 0)) return j;
          return -1;
        };
        sections.forEach((section, i) => {
          const p = parentOf(i);
          const parent = sections[p];
          // The nearest heading above that names a phase, through those naming none.
          let namer = p;
          while (namer >= 0 && names[namer] === null) namer = parentOf(namer);
          let named = matcher.match(section.heading ?? "");
          if (section.heading === "Recording" && !podcast) named = null;
          if (section.heading === "Wrap-up" && namer >= 0 && names[namer] === "other") named = null;
          names.push(named);
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
