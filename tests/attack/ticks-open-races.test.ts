// Still open: tick races found at the end of branch ticks4 by the race test with fresh
// seeds (`npm run fuzz -- 20 race 12`: four failing rounds of twelve, about 29 million
// cases; two remain). Each ticks a line the race oracle does not excuse: the item (tracked by its
// hidden id) is elsewhere or gone. Both go through a section move; the fixes of
// ticks4 (tick/note-wide.ts) only add refusals, so these ticked before them too. Each
// asserts the refusal it should get; it.fails until the ref can tell.
//
// Two more seeds were oracle errors, not races (tick-race-oracle.test.ts): 223166723 (two
// identical namesake sections swapped by two moves: two other moves leave the same text
// with the ticked line as the item, and the oracle searched one move only) and 841267306
// (a section moved from the end hid another empty line: the move was counted as one edit
// where the text had two).
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
  it.fails("a section moved so that a code block swallows the item and lets a look-alike out (seed -1106696743)", () => {
    // moveSection, deleteBelow. One line reading as the item went into code, one came out:
    // the copies count and the headings are as they were.
    const before = ["# Show", STAR, FENCE, "# Show", STAR, FENCE, POST, POST];
    const after = ["# Show", STAR, FENCE, POST, POST, "# Show", STAR];
    expect(ticked(before, 1, after)).toBe(false);
  });

  it.fails("a line typed above, a section moved and a line edited: a twin before the first heading takes its place (seed 270520812)", () => {
    const tweet = "  - [ ] Tweet";
    const before = [POST, POST, tweet, POST, POST, POST, POST, "## Prep", "", POST, "### Social", POST];
    const after = [POST, POST, tweet, "", POST, "## Prep", tweet, POST, POST, POST, POST, "### Social", POST];
    expect(ticked(before, 2, after)).toBe(false);
  });
});
