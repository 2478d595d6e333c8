// mends8: snippetPlacement (src/core/text/below-properties.ts), the rule that keeps an
// inserted snippet out of a note's properties block, for every text and selection.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { snippetPlacement, type Placement } from "../../../src/core/text/below-properties";

/** The note after the placement, as the editor would have it (a refusal changes nothing). */
function apply(text: string, from: number, to: number, snippet: string, place: Placement): string {
  if (place.kind === "refuse") return text;
  if (place.kind === "below") return text.slice(0, place.at) + place.text + text.slice(place.at);
  const [a, b] = [Math.min(from, to), Math.max(from, to)];
  return text.slice(0, a) + snippet + text.slice(b);
}

const NOTE = "---\ndate: 2025-06-06\nurl: https://example.com\n---\n# OH 04\n\nBody.\n";
const BODY = NOTE.indexOf("# OH");

describe("where a snippet goes in a note with properties", () => {
  it("a cursor on the opening --- inserts at the start of the line after the properties, as its own block", () => {
    const place = snippetPlacement(NOTE, 0, 0, "Invite\nLink", BODY);
    expect(place).toEqual({ kind: "below", at: BODY, text: "Invite\nLink\n\n", cursor: BODY + "Invite\nLink".length });
  });

  it("no blank line is added before a blank line, nor a second line break after a snippet that ends its line", () => {
    const blank = "---\na: 1\n---\n\n# H\n";
    expect(snippetPlacement(blank, 2, 2, "X", 13)).toMatchObject({ kind: "below", text: "X\n" });
    expect(snippetPlacement(NOTE, 0, 0, "X\n\n", BODY)).toMatchObject({ kind: "below", text: "X\n\n" });
  });

  it("a note that is only properties, closed without a line break, gets the snippet on a new line", () => {
    const text = "---\na: 1\n---";
    expect(snippetPlacement(text, 0, 0, "X", text.length)).toEqual({ kind: "below", at: text.length, text: "\nX", cursor: text.length + 2 });
  });

  it("a cursor or selection in the body, or a note without properties, replaces the selection", () => {
    expect(snippetPlacement(NOTE, BODY, BODY + 3, "X", BODY).kind).toBe("replace");
    expect(snippetPlacement("# H\n", 0, 3, "X", null).kind).toBe("replace");
  });

  it("a selection from the properties into the body is refused, either way round", () => {
    expect(snippetPlacement(NOTE, 5, BODY + 1, "X", BODY).kind).toBe("refuse");
    expect(snippetPlacement(NOTE, BODY + 1, 5, "X", BODY).kind).toBe("refuse");
  });

  it("for every note and selection the properties block is kept byte for byte, and the snippet is written whole or not at all", () => {
    const props = fc.array(fc.stringMatching(/^[a-z]{1,5}: [a-z0-9 ]{0,8}$/), { maxLength: 4 });
    const body = fc.array(fc.oneof(fc.constant(""), fc.constant("# H"), fc.stringMatching(/^[a-z \n]{0,12}$/)), { maxLength: 5 });
    fc.assert(
      fc.property(props, body, fc.boolean(), fc.stringMatching(/^[A-Za-z \n]{1,20}$/), fc.nat(), fc.nat(), (lines, rest, closed, snippet, x, y) => {
        const block = `---\n${lines.map((l) => `${l}\n`).join("")}---${closed || rest.length > 0 ? "\n" : ""}`;
        const text = block + rest.join("\n");
        const [from, to] = [x % (text.length + 1), y % (text.length + 1)];
        const place = snippetPlacement(text, from, to, snippet, block.length);
        const after = apply(text, from, to, snippet, place);
        expect(after.startsWith(block)).toBe(true);
        if (place.kind === "refuse") {
          expect(Math.min(from, to)).toBeLessThan(block.length);
          expect(Math.max(from, to)).toBeGreaterThan(block.length);
          return;
        }
        expect(after).toContain(snippet);
        if (place.kind === "below") {
          // Nothing of the note is lost, and the snippet starts a line of its own.
          expect(after.slice(0, place.at) + after.slice(place.at + place.text.length)).toBe(text);
          expect(after.charAt(place.cursor - snippet.length - 1)).toBe("\n");
          expect(after.slice(place.cursor - snippet.length, place.cursor)).toBe(snippet);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
