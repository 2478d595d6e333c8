// Empty items at a list's end stay there (mends6): the GOH README ends its Upcoming list
// with "- ", the line the team types the next episode into; a new episode's line goes
// before it, as it goes before the list's trailing blank lines.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeLists, type IndexEntry } from "../../../src/core/index-note/merge-lists";

function entry(basename: string, date: string | null, list: IndexEntry["list"] = "upcoming"): IndexEntry {
  return { basename, link: `[[${basename}]]`, date, number: null, guests: [], list };
}

const NEW = entry("GOH 32 - New", "2030-01-10");

describe("empty items at the end of a list", () => {
  for (const empty of ["- ", "-", "* ", "+", "1.", "2) ", "- [ ] ", "- [ ]"]) {
    it(`stay after a new line: ${JSON.stringify(empty)}`, () => {
      const lines = ["### Upcoming", "- [[GOH 31 - Old]]", empty, "", "### Past", "- x"];
      const merged = mergeLists(lines, [entry("GOH 31 - Old", "2030-01-03"), NEW]);
      expect(merged.slice(0, 5)).toEqual(["### Upcoming", "- [[GOH 31 - Old]]", "- [[GOH 32 - New]]", empty, ""]);
    });
  }

  it("stay after a new undated idea too", () => {
    const merged = mergeLists(["### Ideas", "- An idea", "- ", "- "], [entry("Someday", null, "ideas")]);
    expect(merged).toEqual(["### Ideas", "- An idea", "- [[Someday]]", "- ", "- "]);
  });

  it("in a list holding only an empty item, the new line goes before it", () => {
    expect(mergeLists(["### Upcoming", "", "- ", "", "### Past"], [NEW])).toEqual(["### Upcoming", "", "- [[GOH 32 - New]]", "- ", "", "### Past"]);
  });

  it("keep their place at the end for any run of blank lines and empty items (property)", () => {
    const filler = fc.constantFrom("", "- ", "-", "* ", "1. ", "- [ ] ");
    fc.assert(
      fc.property(fc.array(filler, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 3 }), (tail, count) => {
        const listed = Array.from({ length: count }, (_, i) => `- [[GOH ${i} - Listed]]`);
        const lines = ["### Upcoming", ...listed, ...tail];
        const merged = mergeLists(lines, [NEW]);
        const kept = tail.filter((line) => line !== "");
        // The empty items are still the list's last non-blank lines, in order, right after the new one.
        const visible = merged.filter((line) => line !== "");
        const added = visible.findIndex((line) => line.includes("[[GOH 32 - New]]"));
        expect(added).toBeGreaterThan(count);
        expect(visible.slice(added + 1)).toEqual(kept);
      }),
    );
  });
});
