// review4: the talking points (talking-points.ts: the live view, {{timestamps}}) and the
// reader (sections.ts) must agree on where the running order ends. The reader's rule of
// this stop reads "### Recording" in a live stream's note as the show itself (no phase,
// phase-context.ts), so the item under it stays a talking point; talkingPointTree still
// ended the points there, and the live view and the timestamps lost that segment.
import { describe, expect, it } from "vitest";
import { DEFAULT_PHASE_HEADINGS } from "../../src/core/note/phases";
import { talkingPointTree } from "../../src/core/snippets/talking-points";
import { readNote } from "../support/notes";

// The phrases of a phase (not "other": "### Questions" or "### Reference links" under the
// talking points are sections of their own to both, not a segment of the running order).
const PHRASES = [...new Set(Object.entries(DEFAULT_PHASE_HEADINGS).flatMap(([phase, phrases]) => (phase === "other" ? [] : phrases)))];

/** A note with `heading` under its talking points; `production` adds a podcast's stage heading. */
function note(heading: string, production: boolean): string {
  return ["# LS 3", "## Talking points", "- Intro", `### ${heading}`, "- Under it", "## After the show", "- [ ] Upload", ...(production ? ["## Editing", "- [ ] Cut"] : [])].join("\n") + "\n";
}

describe("talking points end where the reader ends them", () => {
  it("keeps '### Recording' under the talking points in a live stream's note, and ends there in a podcast's production note", () => {
    expect(talkingPointTree(note("Recording", false)).map((p) => p.text)).toEqual(["Intro", "Under it"]);
    expect(talkingPointTree(note("Recording the demo", false)).map((p) => p.text)).toEqual(["Intro", "Under it"]);
    expect(talkingPointTree(note("Recording", true)).map((p) => p.text)).toEqual(["Intro"]);
  });

  it("for every default phrase, in a live note and a production note: a point under it iff the reader reads that heading as naming no phase (the section keeps the talking points' 'other')", () => {
    for (const production of [false, true]) {
      for (const phrase of PHRASES) {
        const text = note(phrase, production);
        const section = readNote("LS 3.md", text).sections.find((s) => s.heading === phrase);
        const kept = talkingPointTree(text).some((p) => p.text === "Under it");
        expect([phrase, production, kept]).toEqual([phrase, production, section?.phase === "other"]);
      }
    }
  });
});
