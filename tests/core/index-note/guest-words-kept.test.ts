// For any words after an episode's link and any guests: the plugin never deletes a word the
// user wrote (it may reword only its own joining words: with/con, and/y/e), never writes a
// guest's name a second time, and a second run changes nothing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockLines } from "../../../src/core/index-note/index-note";
import type { IndexEntry } from "../../../src/core/index-note/merge-lists";

const BASENAME = "GOH 12 - Tempo";
const LINK = `[[${BASENAME}]]`;
const GUESTS = ["Ann Lee", "Bo Chen", "Isabel Díaz", "Manuel de la Pena"];

function entry(guests: string[], language: string, cancelled: boolean): IndexEntry {
  return { basename: BASENAME, link: LINK, date: "2023-06-16", number: 12, guests, list: "past", language, cancelled };
}

/** The words the plugin may reword (its intro and joining words, in either language) or add (its mark). */
const REWORDED = new Set(["with", "con", "and", "y", "e", "cancelled", "cancelado"]);

function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const key = w.toLowerCase();
    if (!REWORDED.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Whole-word occurrences of `name` ("Bo ChenQ" is no occurrence of Bo Chen). */
function count(text: string, name: string): number {
  return (text.match(new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.]/g, "\\.")}(?![\\p{L}\\p{N}])`, "gu")) ?? []).length;
}

// Pieces people write after a link: intros, markup, guests' names whole and in part, titles,
// other names, topic words, separators, marks.
const piece = fc.constantFrom(
  " with ", " con ", " feat. ", " w/ ", " — ", ": ", " (", ")", "**", "_", "[[", "]]", "~~",
  "Ann Lee", "Ann", "Lee", "Dr. ", "Bo Chen", "Isabel", "Manuel de la Pena", "Zoe Park", "Golioth",
  "live demo", "a deep dive on Loki", "Q&A", "k6", " and ", " y ", ", ", " & ", " ", "(postponed)", " (cancelled)",
);

const scenario = fc.record({
  parts: fc.array(piece, { maxLength: 10 }),
  guests: fc.subarray(GUESTS),
  language: fc.constantFrom("en", "es", "pt"),
  cancelled: fc.boolean(),
});

describe("for any words after the link and any guests", () => {
  it("every word the user wrote stays (with/con and and/y/e may be reworded), no guest is named twice, a second run changes nothing", () => {
    fc.assert(
      fc.property(scenario, ({ parts, guests, language, cancelled }) => {
        const written = `- 16/06: ${LINK}${parts.join("")}`;
        const e = entry(guests, language, cancelled);
        const once = blockLines(["### Past", "", written], [e]);
        const out = once.filter((l) => l.includes(LINK));
        expect(out).toHaveLength(1);
        const line = out[0] ?? "";
        const before = words(written);
        const after = words(line);
        for (const [w, n] of before) expect(after.get(w) ?? 0, `"${w}" in ${JSON.stringify(written)} → ${JSON.stringify(line)}`).toBeGreaterThanOrEqual(n);
        for (const g of guests) expect(count(line, g), `${g} in ${JSON.stringify(line)}`).toBeLessThanOrEqual(Math.max(1, count(written, g)));
        expect(blockLines(once, [e])).toEqual(once);
      }),
      { numRuns: 2000 },
    );
  });

  it("a list the plugin wrote, in any shape around it, reads back as written", () => {
    const shape = fc.constantFrom(["", ""], ["**", "**"], ["_", "_"], ["(", ")"], ["— ", ""], ["feat. ", ""]);
    fc.assert(
      fc.property(fc.subarray(GUESTS, { minLength: 1 }), shape, fc.constantFrom("en", "es"), (guests, [open, close], language) => {
        const e = entry(guests, language, false);
        const plain = blockLines(["### Past", "", `- 16/06: ${LINK}`], [e]).at(-1) ?? "";
        const list = plain.slice(`- 16/06: ${LINK} `.length);
        const written = `- 16/06: ${LINK} ${open}${list}${close}`;
        expect(blockLines(["### Past", "", written], [e]).at(-1)).toBe(written);
      }),
    );
  });
});
