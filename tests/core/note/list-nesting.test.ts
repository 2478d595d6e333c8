// Which lines of a list are items, and how deep, by CommonMark's container rules as Obsidian
// draws them (list-state.ts), checked against markdown-it: a line four columns past the text
// of the item it would sit in is no item; a new list right under an item's text must be able
// to interrupt that paragraph (a bullet, or an ordered list starting at 1); text after a blank
// line ends the items it is not indented under; an item's indented code has no lazy lines.
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { readNote } from "../../support/notes";
import { bestGrowth } from "../../support/growth";

const md = new MarkdownIt({ html: true });

/** [line, depth] of each checkbox item outside quotes, by markdown-it's list structure. */
function oracle(text: string): [number, number][] {
  let items = 0;
  const out: [number, number][] = [];
  const tokens = md.parse(text, {});
  tokens.forEach((token, i) => {
    if (token.type === "list_item_open") items++;
    else if (token.type === "list_item_close") items--;
    else if (token.type === "inline" && tokens[i - 1]?.type === "paragraph_open" && tokens[i - 2]?.type === "list_item_open" && /^\[.\](\s|$)/u.test(token.content)) {
      out.push([token.map?.[0] ?? -1, items - 1]);
    }
  });
  return out;
}

const reader = (text: string): [number, number][] => readNote("n.md", text).tasks.map((t) => [t.line, t.depth]);
const both = (lines: string[]) => {
  const text = lines.join("\n");
  return { reader: reader(text), oracle: oracle(text) };
};

describe("an item under an item", () => {
  it("nests `    - [ ] b` under `1. [ ] a` (a's text starts at column three)", () => {
    const { reader, oracle } = both(["1. [ ] a", "    - [ ] b"]);
    expect(reader).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(reader).toEqual(oracle);
  });

  it("reads a line four columns past the margin but short of the item's text as that item's text", () => {
    // `  1. ` puts a's text at column five: column four is in no item, and four columns in at the margin.
    for (const lines of [
      ["  1. [ ] a", "    - [ ] b"],
      ["   - [ ] a", "    - [ ] b"],
      [" 10. [ ] a", "    - [ ] b"],
    ]) {
      const { reader, oracle } = both(lines);
      expect(reader).toEqual([[0, 0]]);
      expect(reader).toEqual(oracle);
    }
  });

  it("reads a line four columns past the text of the item it sits in as text (code after a blank line)", () => {
    const { reader, oracle } = both(["- [ ] a", "", "      - [ ] code", "  10. [ ] c"]);
    // Code has no paragraph, so `10.` may start the list below it.
    expect(reader).toEqual([
      [0, 0],
      [3, 1],
    ]);
    expect(reader).toEqual(oracle);
  });

  it("lets only a bullet or `1.` start a list right under an item's text", () => {
    for (const [lines, expected] of [
      [["- [ ] a", "  2. [ ] b"], [[0, 0]]],
      [["- [ ] a", "\t10. [ ] b"], [[0, 0]]],
      [["1. [ ] a", "     10. [ ] b"], [[0, 0]]],
      [["- [ ] a", "  1. [ ] b"], [[0, 0], [1, 1]]],
      [["- [ ] a", "  * [ ] b"], [[0, 0], [1, 1]]],
      // A sibling continues its list: no paragraph is interrupted.
      [["1. [ ] a", "2. [ ] b"], [[0, 0], [1, 0]]],
      // After a blank line there is no paragraph to interrupt.
      [["- [ ] a", "", "  2. [ ] b"], [[0, 0], [2, 1]]],
    ] as [string[], [number, number][]][]) {
      const result = both(lines);
      expect([lines, result.reader]).toEqual([lines, expected]);
      expect([lines, result.reader]).toEqual([lines, result.oracle]);
    }
  });

  it("ends the items text after a blank line is not indented under", () => {
    const { reader, oracle } = both(["- [ ] a", "  - [ ] b", "", "  more of a", "    - [ ] c"]);
    expect(reader).toEqual([
      [0, 0],
      [1, 1],
      [4, 1],
    ]);
    expect(reader).toEqual(oracle);
  });

  it("ends the list at text at the margin under an item's code (code has no lazy lines)", () => {
    const { reader, oracle } = both(["- [ ] a", "", "      code", "text", "    - [ ] b"]);
    expect(reader).toEqual([[0, 0]]);
    expect(reader).toEqual(oracle);
  });
});

describe("lists built any way", () => {
  // Each line is an item or a line of text placed 0–3 columns past the text of an open item
  // (or the margin), or a blank line: every container rule above, with no line continuing a
  // paragraph lazily at four or more columns, where markdown-it takes a later item into the
  // paragraph and CommonMark's own algorithm (and the reader) ends the inner item first.
  const step = fc.record({
    kind: fc.constantFrom("item", "item", "item", "text", "blank"),
    parent: fc.nat(),
    extra: fc.integer({ min: 0, max: 3 }),
    marker: fc.constantFrom("-", "*", "1.", "2.", "10.", "1)"),
    tab: fc.boolean(),
  });

  it("reads markdown-it's items and depths", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 10 }), (steps) => {
        const lines = ["## Checklist"];
        // Text columns of the items a line may nest in, outermost first; 0 is the margin.
        let open: number[] = [0];
        steps.forEach((s, k) => {
          if (s.kind === "blank") return lines.push("");
          const depth = s.parent % open.length;
          const base = open[depth] ?? 0;
          const column = base + s.extra;
          // A tab where it reaches the same column from a tab stop.
          const indent = s.tab && column >= 4 && column % 4 === 0 ? "\t".repeat(column / 4) : " ".repeat(column);
          if (s.kind === "text") {
            lines.push(`${indent}text`);
            return;
          }
          lines.push(`${indent}${s.marker} [ ] i${k}`);
          open = [...open.slice(0, depth + 1), column + s.marker.length + 1];
        });
        const text = lines.join("\n");
        expect(reader(text)).toEqual(oracle(text));
      }),
      { numRuns: 1500 },
    );
  });
});

describe("speed", () => {
  it("is linear in a list nested ever deeper, and in one of lines that only look like items", () => {
    const read = (text: string) => readNote("n.md", text);
    // Each item two columns further in, 64 deep, then back out: every marker line asks which
    // item it sits in (the note grows with n, its depth does not: deeper, each line is longer).
    const deep = (n: number, copies: number) => Array.from({ length: n * copies }, (_, k) => `${" ".repeat(2 * (k % 64))}- [ ] i`).join("\n");
    expect(bestGrowth(read, deep, 2_000, 8)).toBeLessThan(8);
    // `2.` right under an item's text, over and over: none is an item, each is checked.
    const flat = (n: number, copies: number) => "- [ ] a\n" + "  2. [ ] b\n".repeat(n * copies);
    expect(bestGrowth(read, flat, 2_000, 8)).toBeLessThan(8);
  });
});
