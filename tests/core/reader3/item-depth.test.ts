// An item's depth is how deep Obsidian draws it: the number of list items whose text it is
// indented under (CommonMark's rule), not a count of indentation runs. The sidebar indents open
// items by it. Checked against markdown-it's list structure, on every fixture and on lists
// generated with any indentation.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { readNote } from "../../support/notes";

const md = new MarkdownIt({ html: true });
const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));

/** Line → nesting (list items around it) of each checkbox item outside quotes, by markdown-it. */
function oracleDepths(text: string): Map<number, number> {
  const lines = text.split("\n");
  // Frontmatter blanked, lines kept, so the line numbers are the note's.
  const close = lines[0] === "---" ? lines.indexOf("---", 1) : -1;
  const body = lines.map((line, n) => (n <= close ? "" : line)).join("\n");
  const depths = new Map<number, number>();
  let items = 0;
  let quotes = 0;
  const tokens = md.parse(body, {});
  tokens.forEach((token, i) => {
    if (token.type === "list_item_open") items++;
    else if (token.type === "list_item_close") items--;
    else if (token.type === "blockquote_open") quotes++;
    else if (token.type === "blockquote_close") quotes--;
    else if (token.type === "inline" && quotes === 0 && tokens[i - 1]?.type === "paragraph_open" && tokens[i - 2]?.type === "list_item_open" && /^\[.\](\s|$)/u.test(token.content)) {
      depths.set(token.map?.[0] ?? -1, items - 1);
    }
  });
  return depths;
}

function readerDepths(path: string, text: string): Map<number, number> {
  const e = readNote(path, text);
  const quoted = (line: number) => /^\s*>/.test(text.split("\n")[line] ?? "");
  return new Map(e.tasks.filter((t) => !quoted(t.line)).map((t) => [t.line, t.depth]));
}

function notes(dir = FIXTURES): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return notes(path);
    return name.endsWith(".md") ? [path] : [];
  });
}

describe("an item's depth", () => {
  it("draws a two-space list's third level two deep", () => {
    const text = ["- [ ] Studio booked", "  - [ ] Both mics charged", "    - [x] Spare batteries", "- [ ] Next"].join("\n");
    expect(readNote("n.md", text).tasks.map((t) => t.depth)).toEqual([0, 1, 2, 0]);
  });

  it("counts numbered items by their text's column (`1. ` is three columns, `10. ` four)", () => {
    const text = ["1. [ ] Build", "   1. [ ] Title slide", "      - [ ] Logo", "10. [ ] Send", "    - [ ] Under ten"].join("\n");
    expect(readNote("n.md", text).tasks.map((t) => t.depth)).toEqual([0, 1, 2, 0, 1]);
  });

  it.each(notes().map((path) => [path.slice(FIXTURES.length), path]))("%s: is markdown-it's nesting for every item outside quotes", (_name, path) => {
    const text = readFileSync(path, "utf8");
    const oracle = oracleDepths(text);
    const reader = readerDepths(path, text);
    // Only the items both see (the checkbox oracle compares which lines are items).
    const both = [...reader.keys()].filter((line) => oracle.has(line));
    expect(both.map((line) => [line, reader.get(line)])).toEqual(both.map((line) => [line, oracle.get(line)]));
  });

  it("is markdown-it's nesting for lists indented any way", () => {
    const item = fc.record({
      indent: fc.constantFrom("", " ", "  ", "   ", "    ", "     ", "      ", "\t", "\t\t", "\t  ", "        "),
      marker: fc.constantFrom("-", "*", "1.", "2)", "10."),
      box: fc.constantFrom("[ ]", "[x]"),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 10 }), (items) => {
        const text = ["## Checklist", ...items.map((i) => `${i.indent}${i.marker} ${i.box} item`)].join("\n");
        const oracle = oracleDepths(text);
        const reader = readerDepths("n.md", text);
        // Which lines are items is the checkbox oracle's question; where the two differ (a line
        // four columns in continuing an item's text lazily, then an item: markdown-it takes the
        // item into that text, CommonMark's algorithm ends the inner item) the depths differ too.
        fc.pre([...reader.keys()].join() === [...oracle.keys()].join());
        expect([...reader.values()]).toEqual([...oracle.values()]);
      }),
      { numRuns: 300 },
    );
  });
});
