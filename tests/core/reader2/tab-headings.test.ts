// A tab is four columns (CommonMark's tab stop): `\t# Heading` at the top level, outside a
// list, is indented code (or the paragraph's next line), not a heading, as Obsidian shows it.
// Inside a list item the same line is a heading of that item. markdown-it is the oracle.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { readNote } from "../../support/notes";

const md = new MarkdownIt({ html: true });

/** 0-based lines of markdown-it's headings outside quotes and lists (what the outline lists). */
function topHeadingLines(text: string): number[] {
  return md
    .parse(text, {})
    .filter((t) => t.type === "heading_open" && t.level === 0)
    .map((t) => t.map?.[0] ?? -1);
}

const headingLines = (text: string) => readNote("n.md", text).sections.slice(1).map((s) => s.line);

describe("a heading indented by a tab", () => {
  it("is code at the top level, and its items fall under the heading above", () => {
    const text = "## Prep\n\n\t# Not a heading\n\n- [ ] Book the studio\n";
    const e = readNote("n.md", text);
    expect(e.sections.map((s) => s.heading)).toEqual([null, "Prep"]);
    expect(e.tasks.map((t) => e.sections[t.section]?.phase)).toEqual(["prep"]);
  });

  it("continues a paragraph right above it", () => {
    expect(headingLines("Some text\n\t# More text\n")).toEqual([]);
  });

  it("is a heading inside a list item, as before", () => {
    expect(headingLines("- a\n\t# In the item\n")).toEqual([1]);
  });

  it("is a heading with up to three spaces, as before", () => {
    expect(headingLines("   # Three spaces\n")).toEqual([0]);
  });
});

const LINES = ["", "Some text", "## Heading", "\t# Tab heading", "    # Four spaces", "   ### Three spaces", " \t# Space and tab", "Title", "=====", "```", "> quoted"];

describe("headings outside lists and quotes", () => {
  it("are markdown-it's, whatever lines surround them", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 10 }), (lines) => {
        const text = `${lines.join("\n")}\n`;
        const read = readNote("n.md", text).sections.slice(1).filter((s) => !lines[s.line]?.startsWith(">")).map((s) => s.line);
        expect(read).toEqual(topHeadingLines(text));
      }),
      { numRuns: 1000 },
    );
  });
});
