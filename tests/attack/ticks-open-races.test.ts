// Still open: tick races found at the end of branch ticks4 by the race test with fresh
// seeds (`npm run fuzz -- 20 race 12`: four failing rounds of twelve, about 29 million
// cases). Each ticks a line the race oracle does not excuse: the item (tracked by its
// hidden id) is elsewhere or gone. All four go through a section move; the fixes of
// ticks4 (tick/note-wide.ts) only add refusals, so these ticked before them too. Each
// asserts the refusal it should get; it.fails until the ref can tell.
import { describe, expect, it } from "vitest";
import { toggleTaskInText } from "../../src/core/tick/toggle";
import { refAt } from "../core/tick-refs";

const POST = "- [ ] Post on LinkedIn";
const STAR = "* [ ] Post on LinkedIn";
const UP = "- [ ] Upload";
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

  it.fails("two namesake sections that read alike trade places by two moves, every line above the look-alike as above the item (seed 223166723)", () => {
    // Its section reads as before and so does every line above: nothing the ref keeps
    // changed. Only the order of identical sections tells them apart.
    const before = ["# Show", "### Social", UP, "### Social", UP, "### Social", "### Social", "# Show", POST, POST];
    const after = ["# Show", "### Social", UP, "### Social", "### Social", UP, "# Show", POST, POST, "### Social"];
    expect(ticked(before, 2, after)).toBe(false);
  });

  it.fails("a line typed above, a section moved and a line edited: a twin before the first heading takes its place (seed 270520812)", () => {
    const tweet = "  - [ ] Tweet";
    const before = [POST, POST, tweet, POST, POST, POST, POST, "## Prep", "", POST, "### Social", POST];
    const after = [POST, POST, tweet, "", POST, "## Prep", tweet, POST, POST, POST, POST, "### Social", POST];
    expect(ticked(before, 2, after)).toBe(false);
  });

  it.fails("the item edited, a copy typed above it and a section moved: the copy in its place (seed 841267306)", () => {
    // As many lines reading as the item (one typed, one edited away), the same headings.
    const before = [POST, "# Show", POST, POST, "", "# Show", "- [x] Post on LinkedIn", ""];
    const after = [POST, `${POST} today`, "# Show", "- [x] Post on LinkedIn", "", "# Show", POST, POST, ""];
    expect(ticked(before, 0, after)).toBe(false);
  });
});
