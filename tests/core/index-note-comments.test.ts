// An index note's hand-kept list inside a comment is no list: the first run never takes it
// over (which would write the plugin's markers into the comment). Expected values come
// from reading tests/fixtures/comments/index-commented-list.md by hand.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { IndexEntry } from "../../src/core/index-note/merge-lists";
import { findHandLists, planIndexNote } from "../../src/core/index-note/plan";

const DIR = fileURLToPath(new URL("../fixtures/comments/", import.meta.url));
const note = readFileSync(DIR + "index-commented-list.md", "utf8");
const entry = (basename: string, date: string, number: number): IndexEntry => ({ basename, link: `[[${basename}]]`, date, number, guests: [], list: "past" });
const entries = [entry("03 - Logging", "2025-01-10", 3), entry("04 - Tracing", "2025-02-14", 4)];

describe("a bare list of episodes inside a comment", () => {
  it("is not the note's list: the block can only be appended", () => {
    expect(findHandLists(note, entries)).toBeNull();
    const plan = planIndexNote(note, entries);
    expect(plan.kind === "first" ? plan.options.map((o) => o.choice) : plan.kind).toEqual(["append"]);
  });

  it("is found once the comment is taken away (the test above can fail)", () => {
    const visible = note.replace("%%\n", "").replace("%%\n", "");
    expect(findHandLists(visible, entries)).toEqual({ first: 3, last: 4 });
  });
});
