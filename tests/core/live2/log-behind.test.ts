// A log made while this device's clock is behind `live:` (its time on air clamped to 0)
// never takes the line before it over: the clamped time says nothing about how far apart
// the two logs were (live2; planLog's mayTakeOver).
import { describe, expect, it } from "vitest";
import { applyEdits, planLog, viewNote } from "../../../src/core/live/edits";
import { timestampHeadingMatcher } from "../../../src/core/live/chapters";

const text = "---\nlive: 2026-10-24T21:30:00Z\n---\n# OH 07\n\n## Timestamps\n\n00:00:00 Introductions\n\n## Talking points\n";

function logged(mayTakeOver: boolean | undefined): string {
  const plan = planLog(viewNote(text, timestampHeadingMatcher()), { seconds: 0, title: "Intro", ...(mayTakeOver === undefined ? {} : { mayTakeOver }) }, ["Timestamps"]);
  if (!plan.ok) throw new Error(plan.reason);
  return applyEdits(text, plan.edits);
}

describe("a log at a clamped 0", () => {
  it("goes in as its own line, the line before kept", () => {
    expect(logged(false)).toContain("00:00:00 Introductions\n00:00:00 Intro\n");
  });

  it("a log on a clock in step still takes a line under 10 s over (held)", () => {
    expect(logged(undefined)).toContain("## Timestamps\n\n00:00:00 Intro\n\n");
    expect(logged(true)).not.toContain("Introductions");
  });
});
