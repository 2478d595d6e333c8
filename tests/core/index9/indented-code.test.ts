// Markers in CommonMark's indented code block are text (line-states.ts, indented-code.ts):
// findBlock (through hasBlock / blockSpan / updateBlock) never takes them for the block.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { BLOCK_END, BLOCK_START, blockSpan, hasBlock, updateBlock } from "../../../src/core/index-note/index-note";
import { lineStates } from "../../../src/core/index-note/line-states";
import { bestGrowth, perLine } from "../../support/growth";

const indentedOf = (text: string) => lineStates(text.split("\n")).map((s) => s.indented === true);
const REAL = [BLOCK_START, "### Past", "", "- 2025-05-02: [[OH 01]]", BLOCK_END].join("\n");

describe("which lines are indented code", () => {
  it("four spaces or a tab after a blank line, a heading or the start, outside a list: code", () => {
    expect(indentedOf("Doc:\n\n    %% a %%\n    b")).toEqual([false, false, true, true]);
    expect(indentedOf("Doc:\n\n\t%% a %%")).toEqual([false, false, true]);
    expect(indentedOf("# How\n    code")).toEqual([false, true]);
    expect(indentedOf("    first")).toEqual([true]);
    // Blank lines between its chunks do not end it.
    expect(indentedOf("\n    a\n\n    b")).toEqual([false, true, false, true]);
  });

  it("a line continuing a paragraph, however indented, is not code", () => {
    expect(indentedOf("Doc:\n    %% a %%")).toEqual([false, false]);
  });

  it("in a list item, indentation to the item's content is the item's; four past it is code", () => {
    expect(indentedOf("- [[OH 01]]\n\n    notes")).toEqual([false, false, false]);
    expect(indentedOf("1.  [[OH 01]]\n\n    notes")).toEqual([false, false, false]);
    expect(indentedOf("- [[OH 01]]\n\n      code in the item")).toEqual([false, false, true]);
    expect(indentedOf("- a\n  - b\n\n    under b")).toEqual([false, false, false, false]);
    // After a blank line, a line back at the margin ends the list: indented code may follow.
    expect(indentedOf("- a\n\nText\n\n    code")).toEqual([false, false, false, false, true]);
  });

  it("in a quote, after the quote's marker and its one space", () => {
    expect(indentedOf(">\n>     code")).toEqual([false, true]);
    expect(indentedOf(">\n>    not code")).toEqual([false, false]);
  });

  it("an indented fence is code, not a fence: the lines after it are read", () => {
    const states = lineStates("\n    ```\n%% x %%".split("\n"));
    expect(states.map((s) => [s.code, s.indented === true])).toEqual([
      [false, false],
      [false, true],
      [false, false],
    ]);
    expect(states[2]?.comments.length).toBeGreaterThan(0);
  });

  it("a %% in indented code opens no comment: the next lines are not hidden", () => {
    const states = lineStates("\n    %% opens".split("\n").concat(["after"]));
    expect(states[2]?.carried).toBe(false);
  });
});

describe("the block is never found in indented code", () => {
  const doc = `How to keep the list:\n\n    ${BLOCK_START}\n    - lines go here\n    ${BLOCK_END}\n`;

  it("documentation alone: no block", () => {
    expect(hasBlock(`# OH\n\n${doc}`)).toBe(false);
  });

  it("documentation above or below the real block: the real one is the block", () => {
    for (const text of [`# OH\n\n${doc}\n${REAL}\n`, `# OH\n\n${REAL}\n\n${doc}`]) {
      const span = blockSpan(text);
      expect(span).not.toBeNull();
      expect(text.slice(span?.from, span?.to)).toBe(REAL);
      expect(updateBlock(text, []).ok).toBe(true);
    }
  });

  it("the block's markers written inside a list item's continuation (indented to the item) are still the block", () => {
    const text = `- Episodes:\n\n  ${BLOCK_START}\n  ${BLOCK_END}\n`;
    expect(hasBlock(text)).toBe(true);
  });

  it("property: for any indentation and documentation around it, a block at the margin is found and one in indented code is not", () => {
    const pad = fc.constantFrom("    ", "\t", "     ", "  \t", "        ");
    const para = fc.constantFrom("", "Doc:\n\n", "# How\n", "Text\n\n");
    fc.assert(
      fc.property(pad, para, fc.boolean(), (indent, before, above) => {
        // Right under the block's last item (no paragraph between) the indented lines would
        // continue that item, as CommonMark reads them: the text starts there, or a paragraph does.
        const docLines = `${above ? before : before || "Doc:\n\n"}${indent}${BLOCK_START}\n${indent}${BLOCK_END}\n`;
        const text = above ? `${docLines}\n${REAL}\n` : `${REAL}\n\n${docLines}`;
        const span = blockSpan(text);
        return span !== null && text.slice(span.from, span.to) === REAL;
      }),
    );
  });
});

describe("growth", () => {
  it("a long line of spaces and tabs, or of list markers, is read in linear time", () => {
    for (const unit of ["  \t", "- ", "1. ", "> "]) {
      const make = perLine((n) => `\n${unit.repeat(n)}x`);
      expect(bestGrowth((text: string) => lineStates(text.split("\n")), make, 20_000, 8)).toBeLessThan(8);
    }
  });

  it("many lines of nested list items and indented lines: linear in the number of lines", () => {
    const make = (n: number, copies: number) => Array.from({ length: n * copies }, (_, i) => `${"  ".repeat(i % 50)}- a\n`).join("\n");
    expect(bestGrowth((text: string) => lineStates(text.split("\n")), make, 2_000, 8)).toBeLessThan(8);
  });
});
