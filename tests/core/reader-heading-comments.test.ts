// A comment after a heading's text is hidden like any other: the heading keeps its text as
// written (as an item does), but its phase and whether it is the Timestamps section are read
// from what Obsidian shows. Expected values come from reading
// tests/fixtures/comments/heading-comments.md by hand.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readNote } from "../support/notes";

const DIR = fileURLToPath(new URL("../fixtures/comments/", import.meta.url));
const episode = readNote("Shows/OH 15 - Headings.md", readFileSync(DIR + "heading-comments.md", "utf8"));

describe("a comment after a heading's text", () => {
  it("names no phase: the visible words do", () => {
    expect(episode.sections.map((s) => [s.heading, s.phase])).toEqual([
      [null, "other"],
      ["OH 15 - Headings", "other"],
      ["Pre-show %% copy the after-show items here when done %%", "prep"],
      ["Wrap-up <!-- was: pre-show -->", "after"],
      ["Notes %% timestamps go below, once the show is over %%", "other"],
    ]);
  });

  it("makes no Timestamps section", () => {
    expect(episode.chapters).toEqual([]);
  });
});
