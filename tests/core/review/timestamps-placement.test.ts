// Review finding (src/core/live/edits.ts, createSection): a missing Timestamps section goes
// after the lines that belong to the title, at the note's end when no heading follows. A
// note whose end is inside a code block never closed (or, without a title, inside a comment
// never closed) got the section there, where the reader does not see it: the chapter is
// logged out of sight and the next log makes yet another section.
import { describe, expect, it } from "vitest";
import { applyEdits, planLog, viewNote } from "../../../src/core/live/edits";
import { DEFAULT_TIMESTAMP_HEADINGS, timestampHeadingMatcher } from "../../../src/core/live/chapters";

const isHeading = timestampHeadingMatcher(DEFAULT_TIMESTAMP_HEADINGS);

function logTwice(text: string): number {
  let now = text;
  for (const seconds of [0, 60]) {
    const plan = planLog(viewNote(now, isHeading), { seconds, title: `At ${seconds}` }, DEFAULT_TIMESTAMP_HEADINGS);
    if (!plan.ok) throw new Error(plan.reason);
    now = applyEdits(now, plan.edits);
  }
  return viewNote(now, isHeading).reading.section?.chapters.length ?? 0;
}

describe("a new Timestamps section is where the reader sees it", () => {
  // Defect: edits.ts createSection appends at the end, inside the open block or comment.
  it("in a titled note ending inside a code block never closed", () => {
    expect(logTwice("# GOH 40 - Talk\n\nGuest:: Ann\n\n```yaml\nkey: value\n")).toBe(2);
  });
  it("in an untitled note ending inside a comment never closed", () => {
    expect(logTwice("Guest:: Ann\n\n%% to do\nask about the demo\n")).toBe(2);
  });
});
