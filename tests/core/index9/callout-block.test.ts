// A block inside a callout or quote is refused whole (index-note.ts findBlock): the merge
// writes lines at the margin, and one without "> " would end the callout halfway down.
import { describe, expect, it } from "vitest";
import { BLOCK_END, BLOCK_START, updateBlock } from "../../../src/core/index-note/index-note";
import { planIndexNote } from "../../../src/core/index-note/plan";
import type { IndexEntry } from "../../../src/core/index-note/merge-lists";

const entries: IndexEntry[] = [
  { basename: "OH 01", link: "[[OH 01]]", date: "2025-05-02", number: 1, guests: ["Ann Lee"], list: "past" },
  { basename: "OH 02", link: "[[OH 02]]", date: "2025-05-09", number: 2, guests: [], list: "past" },
];

describe("a block in a callout or a quote", () => {
  for (const [name, prefix] of [
    ["a callout", "> "],
    ["a nested quote", "> > "],
    ["a quote without a space", ">"],
  ] as const) {
    it(`${name}: refused with a notice that says why and what to do; the note is not changed`, () => {
      const text = ["# OH", "", "> [!note] Episodes", `${prefix}${BLOCK_START}`, `${prefix}- 2025-05-02: [[OH 01]]`, `${prefix}${BLOCK_END}`, "", "After."].join("\n");
      const result = updateBlock(text, entries);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/callout or quote.*not changed.*Move the markers/);
      expect(planIndexNote(text, entries)).toEqual({ kind: "refused", reason: expect.stringMatching(/callout/) as unknown });
    });
  }

  it("the same block at the margin is updated (the refusal is the quote's, not the list's)", () => {
    const text = ["# OH", "", BLOCK_START, "- 2025-05-02: [[OH 01]]", BLOCK_END, "", "After."].join("\n");
    const result = updateBlock(text, entries);
    expect(result.ok && result.text).toContain("[[OH 02]]");
  });

  it("a quoted copy of the markers in a code block is text: the real block at the margin is updated", () => {
    const text = ["```", `> ${BLOCK_START}`, `> ${BLOCK_END}`, "```", "", BLOCK_START, "- 2025-05-02: [[OH 01]]", BLOCK_END].join("\n");
    const result = updateBlock(text, entries);
    expect(result.ok && result.text).toContain("[[OH 02]]");
  });
});
