// One line added and nothing else changed (src/core/tick/one-added.ts): the tick lands
// on the item, unless the line is a copy of it right next to it (then either of the two
// can be the one added, and the item on either line: refused), or the line changed how
// the reader reads the item.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashText } from "../../src/core/tick/hash";
import { aboveOf, lineSums, outsideOf, sidesWithout } from "../../src/core/tick/sides";
import { toggleTaskInText } from "../../src/core/tick/toggle";
import { lineArb, noteArb, noteText } from "./race/race-note";
import { splitLines } from "../../src/core/text/lines";
import { readNote } from "../support/notes";
import { bestGrowth } from "../support/growth";
import { refsOf } from "./tick-refs";

const sumsOf = (lines: readonly string[]) => lineSums(lines.length, (n) => hashText(lines[n] ?? ""));

describe("the sides of a note with one line taken out", () => {
  it("are those of the note without that line (random lines, every line taken out, every place)", () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 14 }), (lines) => {
        const sums = sumsOf(lines);
        for (let q = 0; q < lines.length; q++) {
          const without = lines.filter((_, i) => i !== q);
          const direct = sumsOf(without);
          for (let at = 0; at < without.length; at++) {
            for (let heading = -1; heading <= at; heading++) {
              expect(sidesWithout(sums, q, heading, at)).toEqual({ above: aboveOf(direct, at), outside: outsideOf(direct, heading, at) });
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("a copy of the item added, nothing else changed", () => {
  it("for any note, any open item, a copy with any checkbox typed anywhere: ticks the item, or refuses only where the copy has an identical line next to it", () => {
    let ticked = 0;
    let refused = 0;
    fc.assert(
      fc.property(noteArb, fc.nat(), fc.constantFrom(" ", "x", "-"), (note, where, status) => {
        // The lines as the reader splits them (a last empty line with no line break after it is none).
        const text = noteText({ ...note, crlf: false });
        const before = splitLines(text);
        const episode = readNote("x.md", text);
        for (const ref of refsOf(text).filter((r) => r.raw.includes("[ ]"))) {
          const copy = ref.raw.replace("[ ]", `[${status}]`);
          const q = where % (before.length + 1);
          const after = [...before.slice(0, q), copy, ...before.slice(q)];
          const item = ref.line < q ? ref.line : ref.line + 1;
          // The text's own line break at the end kept, so that the lines are exactly these.
          const afterText = after.join("\n") + (text.endsWith("\n") ? "\n" : "");
          const result = toggleTaskInText(afterText, ref, "done");
          // Never another line than the item's.
          if (result.ok) {
            expect(result.line).toBe(item);
            ticked++;
            continue;
          }
          refused++;
          // Refused: the copy has an identical line next to it, or the line typed changed
          // how the reader reads the note (headings, or which lines are items: a tab-indented
          // copy after a heading is code, a copy under "Notes" can turn "---" into a heading).
          const now = readNote("x.md", afterText);
          const shift = (n: number) => (n < q ? n : n + 1);
          const sameReading =
            JSON.stringify(now.sections.slice(1).map((s) => [shift(s.line), s.heading])) === JSON.stringify(episode.sections.slice(1).map((s) => [s.line, s.heading])) &&
            episode.tasks.every((t) => now.tasks.some((u) => u.line === shift(t.line)));
          const twinNextToIt = after[q - 1] === copy || after[q + 1] === copy;
          if (sameReading && !twinNextToIt) throw new Error(`refused: ${result.reason}\n--- before (item on ${ref.line})\n${text}\n--- after (copy on ${q})\n${after.join("\n")}`);
        }
      }),
      { numRuns: 3000 },
    );
    // Both outcomes occur: the property says something about each.
    expect(ticked).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(100);
  });

  it("for any note, any open item, any one line typed anywhere (headings, fences, comments, copies): ticks the item or refuses, and ticks wherever the item still reads as before", () => {
    let ticked = 0;
    fc.assert(
      fc.property(noteArb, fc.nat(), lineArb, (note, where, typed) => {
        const text = noteText({ ...note, crlf: false });
        const before = splitLines(text);
        for (const ref of refsOf(text).filter((r) => r.raw.includes("[ ]"))) {
          const q = where % (before.length + 1);
          const after = [...before.slice(0, q), typed, ...before.slice(q)];
          const afterText = after.join("\n") + (text.endsWith("\n") ? "\n" : "");
          const item = ref.line < q ? ref.line : ref.line + 1;
          const result = toggleTaskInText(afterText, ref, "done");
          const isItem = readNote("x.md", afterText).tasks.some((t) => t.line === item);
          // A copy with only copies between it and the item: taking out any of them gives back the note.
          const copyNextToIt = typed === ref.raw && after.slice(Math.min(q, item), Math.max(q, item) + 1).every((l) => l === ref.raw);
          if (result.ok) {
            expect(result.line).toBe(item);
            ticked++;
          } else if (isItem && !copyNextToIt) throw new Error(`refused: ${result.reason}\n--- before (item on ${ref.line})\n${text}\n--- after (typed on ${q})\n${afterText}`);
        }
      }),
      { numRuns: 3000 },
    );
    expect(ticked).toBeGreaterThan(3000);
  });

  it("a copy typed right next to the item, or to a twin of its, with the same checkbox: refused (the item could be either line)", () => {
    const text = "## Prep\n- [ ] Post\nNotes\n- [ ] Post\n";
    const ref = refsOf(text)[1]!;
    // Typed right above it or right below it: the same text.
    expect(toggleTaskInText("## Prep\n- [ ] Post\nNotes\n- [ ] Post\n- [ ] Post\n", ref, "done").ok).toBe(false);
    // Next to the other twin: taking out either of those two gives back the note with the item on line 3 or 4.
    expect(toggleTaskInText("## Prep\n- [ ] Post\n- [ ] Post\nNotes\n- [ ] Post\n", ref, "done")).toMatchObject({ ok: true, line: 4 });
    // With another checkbox next to it, the one added is clear.
    expect(toggleTaskInText("## Prep\n- [ ] Post\nNotes\n- [x] Post\n- [ ] Post\n", ref, "done")).toMatchObject({ ok: true, line: 4 });
  });

  it("a copy whose %% opens a comment down to the item's own %%: refused (the item is no item any more)", () => {
    // Taking the copy out gives back the note, but the item's line now starts inside a comment.
    const ref = refsOf("## Prep\nNotes\n- [ ] Fix %%")[0]!;
    expect(readNote("x.md", "## Prep\n- [ ] Fix %%\nNotes\n- [ ] Fix %%").tasks.map((t) => t.line)).toEqual([1]);
    expect(toggleTaskInText("## Prep\n- [ ] Fix %%\nNotes\n- [ ] Fix %%", ref, "done").ok).toBe(false);
    // Typed at the end instead, the copy is the line in the comment, and the item ticks.
    expect(toggleTaskInText("## Prep\nNotes\n- [ ] Fix %%\n- [x] Fix %%", ref, "done")).toMatchObject({ ok: true, line: 2 });
  });

  it("a copy added and any other line changed: refused as before (the item may have moved away, seed 270520812)", () => {
    const text = "## Prep\n- [ ] Post\nNotes\n## After\n- [ ] Tweet\n";
    const ref = refsOf(text)[0]!;
    expect(toggleTaskInText(`${text}- [ ] Post\n`, ref, "done")).toMatchObject({ ok: true, line: 1 });
    expect(toggleTaskInText(`${text.replace("Notes", "Notes typed")}- [ ] Post\n`, ref, "done").ok).toBe(false);
    expect(toggleTaskInText(`${text.replace("- [ ] Tweet", "- [x] Tweet")}- [ ] Post\n`, ref, "done").ok).toBe(false);
    expect(toggleTaskInText(`${text}- [ ] Post\n- [ ] Post\n`, ref, "done").ok).toBe(false);
  });

  it("grows linearly with the copies in the note (every line a copy of the item, one more added: n against 4n)", () => {
    // Every line that reads as the item is a candidate for the one added; each is weighed
    // in O(log n), and the note is read once. Alternating checkboxes: no two copies alike next to each other.
    const make = (n: number, copies: number) => {
      const half = n * copies;
      const before = `## Prep\n${"- [x] Post\n- [-] Post\n".repeat(half)}- [ ] Post\n${"- [-] Post\n- [x] Post\n".repeat(half)}`;
      return { text: `${before}- [-] Post\n`, ref: refsOf(before).find((r) => r.raw === "- [ ] Post")! };
    };
    const small = make(3, 1);
    expect(toggleTaskInText(small.text, small.ref, "done")).toMatchObject({ ok: true, line: 7 });
    expect(bestGrowth((input: { text: string; ref: (typeof small)["ref"] }) => toggleTaskInText(input.text, input.ref, "done"), make, 500, 8)).toBeLessThan(8);
  });
});
