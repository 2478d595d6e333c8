// One answer to "which lines show no item or heading" (src/core/note/hidden-lines.ts): fenced
// code, comments and HTML blocks, as the body scan reads them. The live show's talking points
// use it, so they list no item inside a `<details>` fold that the sidebar does not list either;
// Detect takes its items and headings from the reader itself.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hiddenLines } from "../../../src/core/note/hidden-lines";
import { talkingPointTree } from "../../../src/core/snippets/talking-points";
import { readNoteFacts } from "../../../src/core/detect/note-facts";
import { splitLines } from "../../../src/core/text/lines";
import { frontmatterOfText, readNote } from "../../support/notes";
import { bestGrowth } from "../../support/growth";

const hiddenOf = (lines: string[]) => {
  const test = hiddenLines(lines, 0);
  return lines.flatMap((_, n) => (test(n) ? [n] : []));
};

describe("hidden lines", () => {
  it("are a fence's lines, a comment's and an HTML block's, up to its blank line", () => {
    const lines = ["- [ ] a", "```", "- [ ] code", "```", "%% note", "- [ ] commented %%", "<details>", "<summary>More</summary>", "- [ ] folded", "", "- [ ] shown"];
    expect(hiddenOf(lines)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("are none in a note with no fence, comment or tag", () => {
    expect(hiddenOf(["## Talking points", "- Intro", "- [ ] Book"])).toEqual([]);
  });

  it("leave a lone tag after text alone: it cannot start an HTML block there", () => {
    expect(hiddenOf(["Thumbnail:", "<img src=\"thumb.png\">", "- [ ] Upload"])).toEqual([]);
    expect(hiddenOf(["", "<img src=\"thumb.png\">", "- [ ] Upload", "", "- [ ] Post"])).toEqual([1, 2]);
  });
});

describe("the live show's talking points", () => {
  it("list no item of a `<details>` fold written without blank lines, and the items after a blank line in it", () => {
    const note = [
      "## Talking points",
      "- Intro",
      "<details>",
      "<summary>Backup questions</summary>",
      "- Hidden question",
      "</details>",
      "",
      "<details>",
      "<summary>Deep dive</summary>",
      "",
      "- Shown question",
      "",
      "</details>",
    ].join("\n");
    expect(talkingPointTree(note).map((p) => p.text)).toEqual(["Intro", "Shown question"]);
  });

  it("take no heading from an HTML block: a `## ` line in it ends no talking points", () => {
    const note = ["## Talking points", "- Intro", "<div>", "## After the show", "</div>", "", "- Wrap up"].join("\n");
    expect(talkingPointTree(note).map((p) => p.text)).toEqual(["Intro", "Wrap up"]);
  });

  it("list exactly the reader's items, for any mix of folds, fences, comments and items", () => {
    const block = fc.constantFrom(
      ["- [ ] item"],
      ["- [x] done item"],
      [""],
      ["<details>", "<summary>Fold</summary>"],
      ["</details>"],
      ["<div class=\"x\">"],
      ["<img src=\"thumb.png\">"],
      ["```", "- [ ] in code", "```"],
      ["%% - [ ] in a comment %%"],
      ["<!--", "- [ ] in an HTML comment", "-->"],
      ["Some text"],
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 14 }), (blocks) => {
        const lines = ["## Talking points", ...blocks.flat()];
        const note = lines.join("\n");
        const reader = readNote("n.md", note).tasks.map((t) => t.line);
        const points = talkingPointTree(note).map((p) => p.line);
        expect(points).toEqual(reader);
      }),
      { numRuns: 400 },
    );
  });
});

describe("Detect", () => {
  it("counts no item of a `<details>` fold: it takes its items and headings from the reader", () => {
    const text = ["---", "date: 2026-01-01", "---", "Guest:: Ann", "## After the show", "<details>", "<summary>Upload</summary>", "- [ ] Upload", "## Hidden heading", "</details>", "", "- [ ] Thank Ann"].join("\n");
    const facts = readNoteFacts("Shows/Ep 1.md", text, [], frontmatterOfText(text));
    expect(facts.tasks).toBe(1);
    expect(facts.taskHeadings.map((h) => [h.text, h.tasks])).toEqual([["After the show", 1]]);
    expect(facts.headings).toEqual(["after the show"]);
  });
});

describe("speed", () => {
  it("is linear in the number of folds", () => {
    const make = (n: number, copies: number) => splitLines("<details>\n<summary>x</summary>\n- [ ] a\n\n- [ ] b\n".repeat(n * copies));
    expect(bestGrowth((lines: string[]) => hiddenLines(lines, 0), make, 2_000, 8)).toBeLessThan(8);
  });
});
