// Tick races found at the end of branch ticks4 by the race test with fresh seeds (`npm run
// fuzz -- 20 race 12`: four failing rounds of twelve, about 29 million cases), each ticking
// a line the race oracle did not excuse, each through a section move. Branch ticks5:
// - 223166723 and 841267306 were the oracle's errors, not races (tick-race-oracle.test.ts):
//   two identical namesake sections swapped by two moves (two other moves leave the same
//   text with the ticked line as the item; the oracle tried one move only), and a section
//   moved from the end that hid another empty line (counted as one edit, the text had two).
// - -1106696743 is refused now: code fence lines count with the headings (note-wide.ts).
// - 270520812 is still open (it.fails below).
import { describe, expect, it } from "vitest";
import { toggleTaskInText } from "../../src/core/tick/toggle";
import { refAt } from "../core/tick-refs";

const POST = "- [ ] Post on LinkedIn";
const STAR = "* [ ] Post on LinkedIn";
const FENCE = "```";

function ticked(before: string[], item: number, after: string[]): boolean {
  return toggleTaskInText(after.join("\n"), refAt(before.join("\n"), item), "done").ok;
}

describe("open tick races (seeds of a random run)", () => {
  it("a section moved so that a code block swallows the item and lets a look-alike out (seed -1106696743)", () => {
    // moveSection, deleteBelow. One line reading as the item went into code, one came out:
    // the copies count and the headings are as they were.
    const before = ["# Show", STAR, FENCE, "# Show", STAR, FENCE, POST, POST];
    const after = ["# Show", STAR, FENCE, POST, POST, "# Show", STAR];
    expect(ticked(before, 1, after)).toBe(false);
    const result = toggleTaskInText(after.join("\n"), refAt(before.join("\n"), 1), "done");
    expect(result.ok ? "(ticked)" : result.reason).toContain("code fences were added, removed or changed");
  });

  it("a code block typed elsewhere while its section is as it was still ticks; with a line typed right below it, refused", () => {
    const before = ["# Show", STAR, "Notes", "# Wrap-up", POST];
    const fenced = ["# Show", STAR, "Notes", "# Wrap-up", FENCE, POST, FENCE];
    expect(ticked(before, 1, fenced)).toBe(true);
    const typed = ["# Show", STAR, "Typed", "Notes", "# Wrap-up", POST];
    expect(ticked(before, 1, typed)).toBe(true);
    expect(ticked(before, 1, ["# Show", STAR, "Typed", "Notes", "# Wrap-up", FENCE, POST, FENCE])).toBe(false);
  });

  it.fails("a line typed above, a section moved and a line edited: a twin before the first heading takes its place (seed 270520812)", () => {
    // The replayed edits: "## Prep" typed right above the item, that new section (the item
    // and the four Posts below it) moved below the old "## Prep" line, and the Post now
    // right below the second Post edited into "  - [ ] Tweet". Every line above the found
    // line is as above the item; the copies went from one to two, headings as before.
    // The README promises that lines changed below it plus a copy added elsewhere tick
    // (ticks-lookalike-rebuilt.test.ts), which is this text exactly: refusing it needs
    // something that tells a line edited into the item from the item with lines changed
    // under it. Not found in ticks5.
    const tweet = "  - [ ] Tweet";
    const before = [POST, POST, tweet, POST, POST, POST, POST, "## Prep", "", POST, "### Social", POST];
    const after = [POST, POST, tweet, "", POST, "## Prep", tweet, POST, POST, POST, POST, "### Social", POST];
    expect(ticked(before, 2, after)).toBe(false);
  });
});
