// Detect's language reader skips code by the note reader's rules, as Obsidian shows it:
// fenced code (blocks.ts: a ``` line inside a ~~~ block closes nothing; ''' is text) and
// inline code (code-spans.ts: a run of n backticks pairs only with the next run of exactly
// n, an unmatched run is text), not by toggling on any ``` line or pairing odd and even.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNoteFacts } from "../../../src/core/detect/note-facts";
import { findLanguage } from "../../../src/core/detect/language";
import { lazyFrontmatter } from "../../support/notes";
import { blankLines, fencedBlock, SPACED_NOTES } from "./fenced-block";

const facts = (text: string) => readNoteFacts("Show/EP 1.md", text, [], lazyFrontmatter(text));

describe("Detect's language skips code as the reader does", () => {
  const english = "If the guest agrees, choose a date for the session and tell them what to expect, and what you need from them.";
  const spanish = "el los las y del con para por una es se como";
  const language = (text: string) => findLanguage([facts(`${text}\n${text}\n${text}`)])?.value ?? null;

  it("a double-backtick span holding one backtick is all code", () => {
    // Odd/even pairing read "``" as an empty span and the Spanish words as text.
    const line = `${english} \`\`${spanish} \` x\`\``;
    expect(language(line)).toBe("en");
  });

  it("an unmatched backtick is plain text: the words after it are read", () => {
    // A run of one and a run of two never pair: odd/even pairing hid the words between them.
    const line = `Use \` and ${english} \`\` fine`;
    expect(language(line)).toBe("en");
  });

  it("a ``` line inside a ~~~ block does not close it", () => {
    const text = [english, "~~~", "```", spanish, spanish, spanish, "~~~"].join("\n");
    expect(language(text)).toBe("en");
  });

  it("''' is no fence: the words after it are read", () => {
    const text = ["'''", english].join("\n");
    expect(language(text)).toBe("en");
  });
});

describe("a fenced block between paragraphs changes no language", () => {
  it("in any real note, after any blank line, a block of any content leaves the language and its share", () => {
    const language = (lines: readonly string[]) => findLanguage([facts(lines.join("\n"))]);
    const cases = fc.constantFrom(...SPACED_NOTES).chain((note) => fc.tuple(fc.constant(note), fc.constantFrom(...blankLines(note.lines)), fencedBlock));
    fc.assert(
      fc.property(cases, ([note, blank, block]) => {
        const lines = [...note.lines.slice(0, blank + 1), ...block, ...note.lines.slice(blank + 1)];
        expect(language(lines)).toEqual(language(note.lines));
      }),
      { numRuns: 300 },
    );
  });
});
