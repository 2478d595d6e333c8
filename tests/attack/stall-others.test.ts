// Hostile lines through readers outside this branch's files (live show, index note): each
// found quadratic here and committed as it.fails, the defect named, for the engineer
// who owns the file. n against 4n, CPU time, the best of several runs
// (tests/support/growth.ts). Both fixed (branch mends): the line's ends are scanned
// (src/core/text/space-tab.ts); tests/core/line-end-scans.test.ts checks the results.
import { describe, expect, it } from "vitest";
import { bestGrowth, whole } from "../support/growth";
import { planShift, viewNote } from "../../src/core/live/edits";
import { BLOCK_END, BLOCK_START, updateBlock } from "../../src/core/index-note/index-note";

const LIMIT = 8;

describe("quadratic readers in other areas (known defects)", () => {
  // Defect (src/core/live/edits.ts, liveLine): /^live:[ \t]*(.*?)[ \t]*$/ on each
  // frontmatter line: the trailing [ \t]* is retried at every character the lazy (.*?)
  // takes, so a `live:` value with a long run of spaces inside
  // costs the square of the run (32,000 spaces: 0.7 s) on "Shift chapters".
  it("the live show: a live: value with a long run of spaces inside", () => {
    const make = whole((n) => `---\nlive: 2026-01-01T10:00${" ".repeat(n)}x\n---\n## 0:10 Intro\n`);
    const shift = (text: string) => planShift(viewNote(text, () => true), 60, { value: "2026-01-01T10:00", timeZone: "UTC" });
    expect(bestGrowth(shift, make, 2000, LIMIT)).toBeLessThan(LIMIT);
  });

  // Defect (src/core/index-note/merge-lists.ts, HEADING): /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/,
  // the same shape, on every line of the plugin's list block: a heading there with a long
  // run of spaces inside costs the square of the run on each update of the index note
  // (15x at 4n; 32,000 spaces: 1.7 s for the regex alone).
  it("the index note: a heading in the list block with a long run of spaces inside", () => {
    const make = whole((n) => `${BLOCK_START}\n### Upcoming${" ".repeat(n)}x\n- [[GOH 1]]\n${BLOCK_END}\n`);
    expect(bestGrowth((text: string) => updateBlock(text, []), make, 2000, LIMIT)).toBeLessThan(LIMIT);
  });
});
