// Detect reads a note's fenced code by the note reader's rule (blocks.ts), as Obsidian
// does: a fence closes only with the same character, at least as long, with nothing but
// spaces after it; a ``` line with a backtick after it opens nothing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNoteFacts } from "../../../src/core/detect/note-facts";
import { lazyFrontmatter } from "../../support/notes";
import { blankLines, fencedBlock, SPACED_NOTES } from "./fenced-block";

const facts = (text: string) => readNoteFacts("Show/EP 1.md", text, [], lazyFrontmatter(text));
const keysOf = (text: string) => facts(text).keys.map((k) => `${k.key}=${k.value}`);

describe("Detect's guest keys skip fenced code as the reader does", () => {
  it("a ``` line inside a ~~~ block does not close it: a key shown as code is no key", () => {
    const note = ["# EP 1", "~~~", "```", "Speaker:: Zed", "~~~", "Guest:: Ann"].join("\n");
    expect(keysOf(note)).toEqual(["Guest=Ann"]);
  });

  it("a ```` block is not closed by ```", () => {
    const note = ["# EP 1", "````", "```", "Speaker:: Zed", "````", "Guest:: Ann"].join("\n");
    expect(keysOf(note)).toEqual(["Guest=Ann"]);
  });

  it("a ``` line that is inline code opens no block: the key below it is read", () => {
    const note = ["# EP 1", "```js` is inline", "Guest:: Ann"].join("\n");
    expect(keysOf(note)).toEqual(["Guest=Ann"]);
  });

  it("a long code block above the guest field does not push it out of the top lines looked at", () => {
    const script = Array.from({ length: 45 }, (_, i) => `echo ${i}`);
    const note = ["# EP 1", "```sh", ...script, "```", "Guest:: Ann"].join("\n");
    expect(keysOf(note)).toEqual(["Guest=Ann"]);
  });
});

describe("a fenced block between paragraphs changes no fact Detect reads", () => {
  /** What detection takes from a note, less its lines (the block adds some). */
  const evidence = (path: string, lines: readonly string[]) => {
    const text = lines.join("\n");
    const { lines: _lines, ...rest } = readNoteFacts(path, text, [], lazyFrontmatter(text));
    return rest;
  };

  it("in any real note, after any blank line, a block of any content leaves keys, headings, tasks and dates", () => {
    const cases = fc.constantFrom(...SPACED_NOTES).chain((note) => fc.tuple(fc.constant(note), fc.constantFrom(...blankLines(note.lines)), fencedBlock));
    fc.assert(
      fc.property(cases, ([note, blank, block]) => {
        const lines = [...note.lines.slice(0, blank + 1), ...block, ...note.lines.slice(blank + 1)];
        const path = "Show/EP 1.md";
        expect(evidence(path, lines)).toEqual(evidence(path, note.lines));
      }),
      { numRuns: 300 },
    );
  });
});
