// A cancelled episode in the index note's lists: filed by its date (a slot ahead stays in
// Upcoming, one gone by is among the past ones, as the READMEs keep "22/11: Skipped"), its
// line marked "(cancelled)" so Upcoming never promises it. Before, a cancelled episode went
// under Past whatever its date: a future date among the aired ones.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listFor } from "../../src/core/index-note/list-kinds";
import { mergeLists, type IndexEntry } from "../../src/core/index-note/merge-lists";
import { blockLines } from "../../src/core/index-note/index-note";

const LINK = "[[A&A 37 - Observability for testers with Abby Bangser]]";

function entry(over: Partial<IndexEntry>): IndexEntry {
  return {
    basename: "A&A 37 - Observability for testers with Abby Bangser",
    link: LINK,
    date: "2024-05-22",
    number: 37,
    guests: [],
    list: "upcoming",
    ...over,
  };
}

describe("where a cancelled episode is listed", () => {
  it("by its date: ahead (today included) under Upcoming, gone by or undated under Past", () => {
    expect(listFor({ state: "cancelled", daysUntil: 120 })).toBe("upcoming");
    expect(listFor({ state: "cancelled", daysUntil: 0 })).toBe("upcoming");
    expect(listFor({ state: "cancelled", daysUntil: -1 })).toBe("past");
    expect(listFor({ state: "cancelled", daysUntil: null })).toBe("past");
  });

  it("the other states keep their lists", () => {
    expect(listFor({ state: "done", daysUntil: 30 })).toBe("past");
    expect(listFor({ state: "scheduled", daysUntil: -3 })).toBe("upcoming");
    expect(listFor({ state: "idea", daysUntil: null })).toBe("ideas");
  });
});

describe("a cancelled episode's line", () => {
  const lists = ["## Past", "", "- 15/05: Skipped", "", "## Upcoming", "", `- 22/05: ${LINK}`];

  it("says so, once: a second run changes nothing", () => {
    const once = mergeLists(lists, [entry({ cancelled: true })]);
    expect(once.at(-1)).toBe(`- 22/05: ${LINK} (cancelled)`);
    expect(mergeLists(once, [entry({ cancelled: true })])).toEqual(once);
  });

  it("a new line for it is marked too", () => {
    const out = mergeLists(["## Upcoming", ""], [entry({ cancelled: true })]);
    expect(out).toContain(`- 2024-05-22: ${LINK} (cancelled)`);
  });

  it("keeps the user's own words when they already say why", () => {
    const own = [...lists.slice(0, -1), `- 22/05: ${LINK} (skipped: Marie on leave)`];
    expect(mergeLists(own, [entry({ cancelled: true })]).at(-1)).toBe(`- 22/05: ${LINK} (skipped: Marie on leave)`);
  });

  it("for any words after the link: marked while cancelled, the mark (and only it) gone once not", () => {
    // Through the block, which records the marks the plugin wrote (own-marks.ts).
    const words = fc.stringMatching(/^[A-Za-z ().:]{0,20}$/).filter((w) => !/cancel|skip|dropped|called\s+off|postpone|with/i.test(w));
    fc.assert(
      fc.property(words, (w) => {
        const after = w.trim() === "" ? "" : ` ${w.trim()}`;
        const start = [...lists.slice(0, -1), `- 22/05: ${LINK}${after}`];
        const marked = blockLines(start, [entry({ cancelled: true })]);
        expect(marked.at(-1)).toBe(`- 22/05: ${LINK}${after} (cancelled)`);
        expect(blockLines(marked, [entry({ cancelled: false })]).at(-1)).toBe(`- 22/05: ${LINK}${after}`);
      }),
    );
  });
});
