// The reader's items against an independent reading of the same text (checkbox-oracle.ts:
// markdown-it's CommonMark structure): every unseen note, and notes made of lines as hosts
// type them, in any order.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readNote } from "../support/notes";
import { unseenPaths, unseenText } from "./unseen-notes";
import { checkboxLines } from "./checkbox-oracle";

describe("the reader's items are markdown-it's checkbox items, note by note", () => {
  const paths = unseenPaths();

  it("has notes to compare", () => {
    expect(paths.length).toBeGreaterThanOrEqual(7);
  });

  it.each(paths.map((p) => [p]))("%s", (path) => {
    const text = unseenText(path);
    const oracle = checkboxLines(text);
    expect(oracle.length).toBeGreaterThan(0);
    expect(readNote(path, text).tasks.map((t) => t.line)).toEqual(oracle);
  });
});

// Lines a host types between items: prose, headings, quotes, items of every marker, indented
// by spaces or tabs, under a paragraph or after a blank line.
const LINES = [
  "",
  "Some text:",
  "## Heading",
  "- [ ] bullet",
  "* [x] star",
  "+ [/] plus",
  "1. [ ] one",
  "2. [ ] two",
  "3) [x] three",
  "  - [ ] two spaces",
  "    - [ ] four spaces",
  "\t- [ ] a tab",
  "- plain item",
  "> - [ ] in a quote",
  "> text in a quote",
  "```",
  "---",
  "  indented text",
  "- [ ]",
  "Title",
  "=====",
];

describe("notes made of typed lines", () => {
  it("give the items markdown-it gives, at the top level (no list nested deeper than one level)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 12 }), (lines) => {
        const text = `${lines.join("\n")}\n`;
        expect(readNote("n.md", text).tasks.map((t) => t.line)).toEqual(checkboxLines(text));
      }),
      { numRuns: 1000 },
    );
  });
});
