// mends12: an inserted snippet never joins a line the user wrote
// (src/core/text/below-properties.ts, snippetPlacement, the body cases). walk10: with the
// cursor at the start of "## Talking points" the note read "…share them.## Talking points".
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { snippetPlacement, type Placement } from "../../../src/core/text/below-properties";
import { bestGrowth } from "../../support/growth";

function apply(text: string, from: number, to: number, snippet: string, place: Placement): string {
  if (place.kind === "refuse") return text;
  if (place.kind === "below" || place.kind === "block") return text.slice(0, place.at) + place.text + text.slice(place.at);
  const [a, b] = [Math.min(from, to), Math.max(from, to)];
  return text.slice(0, a) + snippet + text.slice(b);
}

/** The note after inserting `snippet` with the cursor at `at` (no properties). */
function insert(text: string, at: number, snippet: string): string {
  return apply(text, at, at, snippet, snippetPlacement(text, at, at, snippet, null));
}

const NOTE = "## Just before the show\n- [ ] Mic check\n\n## Talking points\n- Intro\n";
const HEADING = NOTE.indexOf("## Talking points");

describe("a snippet at the cursor, in the body", () => {
  it("at the start of a heading: its own lines before it, the heading intact (walk10)", () => {
    expect(insert(NOTE, HEADING, "Thank you.\nSee you.")).toBe("## Just before the show\n- [ ] Mic check\n\nThank you.\nSee you.\n\n## Talking points\n- Intro\n");
  });

  it("at the start of a list item under a list item: a blank line sets a paragraph apart, a list item continues the list", () => {
    const at = NOTE.indexOf("- Intro");
    expect(insert(NOTE, at, "Plain text")).toBe("## Just before the show\n- [ ] Mic check\n\n## Talking points\nPlain text\n\n- Intro\n");
    const list = "- a\n- b\n";
    expect(insert(list, list.indexOf("- b"), "- x\n- y")).toBe("- a\n- x\n- y\n- b\n");
    expect(insert(list, list.indexOf("- b"), "Text")).toBe("- a\n\nText\n\n- b\n");
  });

  it("on an empty line, or one of spaces: at the cursor, filling it", () => {
    expect(insert("A\n\nB\n", 2, "X\nY")).toBe("A\nX\nY\nB\n");
    expect(insert("A\n  \nB\n", 4, "X")).toBe("A\n  X\nB\n");
  });

  it("inside or at the end of a line: one line goes in at the cursor; several go below the line, the move said", () => {
    expect(insert("## Talking points\n", 11, "X")).toBe("## Talking Xpoints\n");
    const mid = snippetPlacement("## Talking points\nText\n", 11, 11, "X\nY", null);
    expect(mid).toMatchObject({ kind: "block", moved: true });
    expect(apply("## Talking points\nText\n", 11, 11, "X\nY", mid)).toBe("## Talking points\nX\nY\n\nText\n");
    const end = snippetPlacement("Last line", 9, 9, "X\nY", null);
    expect(end).toMatchObject({ kind: "block", moved: false });
    expect(apply("Last line", 9, 9, "X\nY", end)).toBe("Last line\n\nX\nY");
  });

  it("a selection is replaced as before", () => {
    expect(snippetPlacement(NOTE, HEADING, HEADING + 2, "X\nY", null)).toEqual({ kind: "replace" });
  });

  it("for every note, cursor and snippet: every line the user wrote is still a line of the note, in order, byte for byte, and the snippet is there whole", () => {
    const line = fc.oneof(
      fc.constantFrom("", "  ", "## Talking points", "# H", "- Intro", "- [ ] Mic check", "1. One", "> quote", "| a | b |", "Text here", "\tindented"),
      fc.stringMatching(/^[a-z#>|\- ]{1,10}$/),
    );
    const snippet = fc.oneof(fc.stringMatching(/^[A-Za-z .]{1,12}$/), fc.array(fc.oneof(fc.constant(""), fc.stringMatching(/^[A-Za-z#\- ]{1,8}$/)), { minLength: 2, maxLength: 4 }).map((l) => l.join("\n")));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.boolean(), snippet, fc.nat(), (lines, closed, snip, x) => {
        const text = lines.join("\n") + (closed ? "\n" : "");
        const at = x % (text.length + 1);
        const after = insert(text, at, snip);
        expect(after).toContain(snip);
        const start = text.lastIndexOf("\n", at - 1) + 1;
        const endAt = text.indexOf("\n", at);
        const cursorLine = text.slice(start, endAt < 0 ? text.length : endAt);
        // The one allowed change: a one-line snippet typed into the line at the cursor.
        const into = !snip.includes("\n") && at > start && cursorLine.trim() !== "";
        const kept = text.split("\n").filter((l, i) => l.trim() !== "" && !(into && i === text.slice(0, start).split("\n").length - 1));
        const result = after.split("\n");
        let i = 0;
        for (const l of result) if (i < kept.length && l === kept[i]) i++;
        expect(i, JSON.stringify({ text, at, snip, after })).toBe(kept.length);
        if (into) expect(result).toContain(cursorLine.slice(0, at - start) + snip + cursorLine.slice(at - start));
      }),
      { numRuns: 3000 },
    );
  });

  it("a line of 10,000 to 100,000 characters is placed in linear time, the cursor at its start, middle or end", () => {
    // A list item, a run of the rule's dashes, a run of spaces before text: each line kind's test.
    const lines = [(k: number) => "- ".concat("x".repeat(k)), (k: number) => "-".repeat(k).concat("x"), (k: number) => " ".repeat(k).concat("#x")];
    for (const line of lines) {
      const make = (n: number, copies: number) => `Above\n${line(n * copies)}\nBelow`;
      for (const where of [0, 0.5, 1]) {
        const run = (text: string) => {
          const at = 6 + Math.floor((text.length - 12) * where);
          return snippetPlacement(text, at, at, "A\nB", null);
        };
        expect(bestGrowth(run, make, 10_000, 8, 4)).toBeLessThan(8);
      }
    }
  });
});
