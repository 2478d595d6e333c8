// A line's one 📅 followed by tags and block ids only (`📅 2026-11-27 #prep ^a1`) is read
// without peeling its trailing fields (line-due.ts, the shortcut that made such lines
// cheap). The shortcut must agree with the peeling it skips (trailing-fields.ts) on every
// tail, the tricky ones included: a tag with an emoji or a bracket in it, a `#` or `^`
// without a space before it, punctuation, comments, code.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readLineDue } from "../../src/core/deadlines/line-due";
import { trailingFieldsStart } from "../../src/core/deadlines/trailing-fields";
import { wordFieldsOf } from "../../src/core/note/task-fields";

const PIECES = [" ", "  ", "\t", "#", "^", "a", "Z", "1", "-", "_", "/", "tag", "id-2", ",", ".", ":", "::", "%%", "<!--", "-->", "`", "]", ")", "🔼", "⏫", "📅", "é", "2026-01-01", "#2026-01-01", " ^", " #"];

const TAG_CHARS = ["a", "Z", "1", "-", "_", "/", "é", "🔼", "⏫", "]", "[", "`", "~", "'"];
const ID_CHARS = ["a", "Z", "1", "-"];
const word = (chars: string[]) => fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 5 }).map((c) => c.join(""));
const token = fc.oneof(word(TAG_CHARS).map((w) => `#${w}`), word(ID_CHARS).map((w) => `^${w}`));
const gap = fc.constantFrom(" ", "  ", "\t", " \t");

/** Whether the peeling (trailing-fields.ts) keeps the mark at `at` among the line's trailing fields. */
function peeled(line: string): boolean {
  const at = line.indexOf("📅");
  return trailingFieldsStart(line, [{ from: at, to: at + "📅 2026-11-27".length }]) <= at;
}

describe("the 📅-then-tags shortcut agrees with the trailing-field peeling", () => {
  it("tags and block ids after the date: read exactly when the peeling keeps it", () => {
    let kept = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(gap, token), { maxLength: 6 }), fc.constantFrom("", " ", "\t"), (tokens, end) => {
        const line = `Send the invite 📅 2026-11-27${tokens.map(([g, t]) => g + t).join("")}${end}`;
        if ((line.match(/📅/g) ?? []).length !== 1) return;
        expect(readLineDue(line).date !== null).toBe(peeled(line));
        if (peeled(line)) kept++;
        // ASCII tags and ids: always fields, the shortcut's case.
        if ([...line.slice(line.indexOf("📅") + 2)].every((ch) => ch.charCodeAt(0) < 128)) expect(peeled(line)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(kept).toBeGreaterThan(500);
  });

  it("any other tail: read exactly when the peeling keeps it (no comment or code in the line)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        const line = `Send the invite 📅 2026-11-27${pieces.join("")}`;
        if ((line.match(/📅/g) ?? []).length !== 1 || /`|%%|<!--/.test(line)) return;
        expect(readLineDue(line).date !== null).toBe(peeled(line));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["📅 2026-11-27 #prep ^a1", "2026-11-27"],
    ["📅 2026-11-27 #prep #guest/ann ^a-1", "2026-11-27"],
    ["📅 2026-11-27 #a🔼", "2026-11-27"],
    // A tag ending in a priority: the peeling takes the 🔼 and stops at the bare `#`.
    ["📅 2026-11-27 #🔼", null],
    ["📅 2026-11-27 ^a1 then words", null],
    ["📅 2026-11-27#prep", null],
    ["📅 2026-11-27 #prep, later", null],
  ])("Send %s", (tail, date) => {
    expect(readLineDue(`Send ${tail}`).date?.value ?? null).toBe(date);
  });
});

describe("which word fields a line can hold, found in one search", () => {
  it("agrees with a search for each field's start", () => {
    const starts = ["🔁", "🆔", "⛔", "🏁", "::", ":", "⏳", "⌛", "🛫", "📅", "🔼", "a", " ", "\ud83d", "\ud83c", "\udd01"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...starts), { maxLength: 10 }), (pieces) => {
        const text = pieces.join("");
        expect(wordFieldsOf(text)).toEqual({
          recurrence: text.includes("🔁"),
          id: text.includes("🆔"),
          dependsOn: text.includes("⛔"),
          onCompletion: text.includes("🏁"),
          dataview: text.includes("::"),
          offsets: text.includes("⏳") || text.includes("⌛") || text.includes("🛫"),
        });
      }),
      { numRuns: 3000 },
    );
  });
});
