// An HTML block (`<details>`, `<div>` … up to a blank line) is HTML to Obsidian: a `- [ ]` or a
// `## ` line in it is text, no checkbox and no heading, and the metadata cache (so the Tasks
// plugin, obsidian-tasks#2171) lists no item there. A blank line after `<summary>` makes the
// list below Markdown again. Checked against markdown-it, which follows CommonMark's HTML blocks.
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { readNote } from "../../support/notes";
import { checkboxLines } from "../checkbox-oracle";

const md = new MarkdownIt({ html: true });
const read = (lines: string[]) => readNote("n.md", lines.join("\n"));
const itemTexts = (lines: string[]) => read(lines).tasks.map((t) => t.text);
const headingLines = (text: string) => md.parse(text, {}).filter((t) => t.type === "heading_open").map((t) => t.map?.[0] ?? -1);

describe("HTML blocks", () => {
  it("reads no item in a `<details>` fold written without blank lines", () => {
    expect(itemTexts(["## After the show", "<details>", "<summary>Upload</summary>", "- [ ] Upload the recording", "</details>", "- [ ] Thank the guest"])).toEqual([]);
  });

  it("reads the list after a blank line inside the fold, and after the block", () => {
    const lines = ["## After the show", "<details>", "<summary>Upload</summary>", "", "- [ ] Upload the recording", "", "</details>", "", "- [ ] Thank the guest"];
    expect(itemTexts(lines)).toEqual(["Upload the recording", "Thank the guest"]);
    expect(read(lines).tasks.map((t) => t.line)).toEqual(checkboxLines(lines.join("\n")));
  });

  it("ends a paragraph and a list at a block tag, and names no phase by a heading inside it", () => {
    const lines = ["## Checklist", "- [ ] Book", "<div class=\"later\">", "## After the show", "- [ ] Hidden", "", "- [ ] Shown"];
    const e = read(lines);
    expect(e.tasks.map((t) => [t.text, e.sections[t.section]?.heading])).toEqual([
      ["Book", "Checklist"],
      ["Shown", "Checklist"],
    ]);
  });

  it("keeps a block inside a list item to that item", () => {
    const lines = ["- [ ] Upload", "  <details>", "  - [ ] In the fold", "- [ ] Thank"];
    expect(itemTexts(lines)).toEqual(["Upload", "Thank"]);
    expect(read(lines).tasks.map((t) => t.line)).toEqual(checkboxLines(lines.join("\n")));
  });

  it("takes only block-level tag names, or a whole tag alone on its line: `<detailsx> more` or `<span>x</span> y` is a paragraph", () => {
    expect(itemTexts(["<detailsx> more", "- [ ] a", "<span>x</span> y", "- [ ] b"])).toEqual(["a", "b"]);
  });

  it("reads no item right under a thumbnail `<img …>` alone on its line, unless text above continues into it", () => {
    expect(itemTexts(["## Checklist", '<img src="thumb.png" width="300">', "- [ ] Approve the thumbnail"])).toEqual([]);
    expect(itemTexts(["Thumbnail:", '<img src="thumb.png" width="300">', "- [ ] Approve the thumbnail"])).toEqual(["Approve the thumbnail"]);
    expect(itemTexts(["", '<img src="thumb.png" alt=\'a "b"\' hidden/>', "- [ ] a", "", "- [ ] b"])).toEqual(["b"]);
  });

  it("agrees with markdown-it on items and headings for any mix of such lines", () => {
    const line = fc.constantFrom(
      "<details>",
      "</details>",
      "<summary>After the show</summary>",
      '<div class="x">',
      "<DIV>",
      "<p>",
      "<detailsx> more",
      "   <aside>",
      "    <aside>",
      "",
      "- [ ] a",
      "  - [ ] b",
      "1. [x] c",
      "text",
      "## Heading",
      "  <details>",
      "> - [ ] q",
      "<span>",
      "</span>",
      '<img src="thumb.png" width=300>',
      "<br/>",
      "<a href='x'>",
      "<span> text",
      "<x-y z=\"1\" />",
      "<img src=>",
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), (lines) => {
        const text = lines.join("\n");
        const e = readNote("n.md", text);
        expect(e.tasks.map((t) => t.line)).toEqual(checkboxLines(text));
        expect(e.sections.slice(1).map((s) => s.line)).toEqual(headingLines(text));
      }),
      { numRuns: 500 },
    );
  });
});
