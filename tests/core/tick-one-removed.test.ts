// One line removed and nothing else changed (src/core/tick/one-removed.ts): the tick
// lands on the item (one line up when the line removed was above it) when the line
// removed read as the item (a copy, any common checkbox), unless it read exactly as the
// item with only such lines between (the item itself may be the one removed), or it
// changed how the reader reads the item. Another line removed is the strict lookup's
// to judge: nothing in the ref tells what it was.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashText } from "../../src/core/tick/hash";
import { aboveFrom, aboveOf, aboveSum, belowSum, lineSums, outsideFrom, outsideOf, rawRun } from "../../src/core/tick/sides";
import { toggleTaskInText } from "../../src/core/tick/toggle";
import { oneLineRemoved } from "../../src/core/tick/one-removed";
import { lineArb, noteArb, noteText } from "./race/race-note";
import { indistinguishable } from "./race/race-oracle";
import { splitLines } from "../../src/core/text/lines";
import { readNote } from "../support/notes";
import { bestGrowth } from "../support/growth";
import { refsOf } from "./tick-refs";

const sumsOf = (lines: readonly string[]) => lineSums(lines.length, (n) => hashText(lines[n] ?? ""));
const statusless = (line: string) => line.replace(/\[.\]/, "[?]");

describe("the sums a ref's sides were made of", () => {
  it("read back from the hashes: every line above, and every line below given those above the heading", () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 14 }), (lines) => {
        const sums = sumsOf(lines);
        for (let at = 0; at < lines.length; at++) {
          expect(aboveSum(aboveOf(sums, at), at)).toBe(rawRun(sums, 0, at));
          expect(aboveFrom(rawRun(sums, 0, at), at)).toBe(aboveOf(sums, at));
          for (let heading = -1; heading < at; heading++) {
            const length = lines.length - at - 1;
            expect(belowSum(outsideOf(sums, heading, at), aboveOf(sums, heading), length)).toBe(rawRun(sums, at + 1, lines.length));
            expect(outsideFrom(aboveOf(sums, heading), rawRun(sums, at + 1, lines.length), length)).toBe(outsideOf(sums, heading, at));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * The note's lines as the reader splits them, its ending kept, and the text with line `q`
 * taken out; null when that text has other lines (an empty line left last with no line
 * break after it is no line: two lines would be gone).
 */
function without(text: string, q: number): { before: string[]; after: string[]; afterText: string } | null {
  const before = splitLines(text);
  const after = before.filter((_, i) => i !== q);
  const afterText = after.join("\n") + (text.endsWith("\n") ? "\n" : "");
  return splitLines(afterText).length === after.length ? { before, after, afterText } : null;
}

describe("one line removed, nothing else changed", () => {
  it("for any note, any open item, any one line removed: ticks the item where it now is, or refuses; never another line", () => {
    let ticked = 0;
    let refused = 0;
    fc.assert(
      fc.property(noteArb, fc.nat(), (note, where) => {
        const text = noteText({ ...note, crlf: false });
        for (const ref of refsOf(text).filter((r) => r.raw.includes("[ ]"))) {
          const removed = without(text, where % Math.max(1, splitLines(text).length));
          if (removed === null) return;
          const { before, after, afterText } = removed;
          const q = where % Math.max(1, before.length);
          const result = toggleTaskInText(afterText, ref, "done");
          if (!result.ok) {
            refused++;
            continue;
          }
          ticked++;
          if (q === ref.line) {
            // The item itself removed: only a line the text cannot tell from it (an identical line right next to it).
            expect(indistinguishable(before, ref.line, after, result.line, 1, false)).toBe(true);
          } else expect(result.line).toBe(ref.line < q ? ref.line : ref.line - 1);
        }
      }),
      { numRuns: 3000 },
    );
    expect(ticked).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(100);
  });

  it("ticks wherever the line removed read as the item (any common checkbox) and the item still reads as one: unless the item could be the line removed", () => {
    let ticked = 0;
    fc.assert(
      fc.property(noteArb, fc.nat(), (note, where) => {
        const text = noteText({ ...note, crlf: false });
        const lines = splitLines(text);
        if (lines.length < 2) return;
        const q = where % lines.length;
        const removed = without(text, q);
        if (removed === null) return;
        const { after, afterText } = removed;
        for (const ref of refsOf(text).filter((r) => r.raw.includes("[ ]"))) {
          if (q === ref.line) continue;
          const item = ref.line < q ? ref.line : ref.line - 1;
          const copy = statusless(lines[q] ?? "") === statusless(ref.raw) && /\[[ xX\-/><!?*]\]/.test(lines[q] ?? "");
          // Lines between the item and the line removed, all reading exactly as the item, and the removed one too.
          const span = lines.slice(Math.min(q, ref.line), Math.max(q, ref.line) + 1);
          const eitherOne = span.every((l) => l === ref.raw);
          const isItem = readNote("x.md", afterText).tasks.some((t) => t.line === item);
          const result = toggleTaskInText(afterText, ref, "done");
          if (result.ok) {
            expect(result.line).toBe(item);
            ticked++;
          } else if (copy && !eitherOne && isItem) {
            throw new Error(`refused: ${result.reason}\n--- before (item on ${ref.line})\n${text}\n--- after (line ${q} removed)\n${after.join("\n")}`);
          }
        }
      }),
      { numRuns: 3000 },
    );
    expect(ticked).toBeGreaterThan(2000);
  });

  it("a copy of the item removed under its heading: ticked; the item's identical neighbour removed: refused (either could be gone)", () => {
    const text = "## Prep\n- [x] Post\nNotes\n- [ ] Post\n- [ ] Post\n";
    const ref = refsOf(text)[1]!;
    expect(ref.line).toBe(3);
    // The ticked copy above: the item one line up (the strict lookup refuses: one twin fewer).
    expect(toggleTaskInText("## Prep\nNotes\n- [ ] Post\n- [ ] Post\n", ref, "done")).toMatchObject({ ok: true, line: 2 });
    expect(oneLineRemoved("## Prep\nNotes\n- [ ] Post\n- [ ] Post\n", ref)).toBe(2);
    // The identical line right below it: removing the item itself gives the same note.
    expect(toggleTaskInText("## Prep\n- [x] Post\nNotes\n- [ ] Post\n", ref, "done").ok).toBe(false);
    expect(oneLineRemoved("## Prep\n- [x] Post\nNotes\n- [ ] Post\n", ref)).toBeNull();
  });

  it("a copy removed elsewhere, above its heading or below it: ticked; with another line changed too: refused as before", () => {
    const text = "- [ ] Post\n## Prep\nNotes\n- [ ] Post\n## After\n- [x] Post\n- [ ] Tweet\n";
    const ref = refsOf(text)[1]!;
    expect(ref.line).toBe(3);
    expect(toggleTaskInText("## Prep\nNotes\n- [ ] Post\n## After\n- [x] Post\n- [ ] Tweet\n", ref, "done")).toMatchObject({ ok: true, line: 2 });
    expect(toggleTaskInText("- [ ] Post\n## Prep\nNotes\n- [ ] Post\n## After\n- [ ] Tweet\n", ref, "done")).toMatchObject({ ok: true, line: 3 });
    expect(toggleTaskInText("## Prep\nNotes typed\n- [ ] Post\n## After\n- [x] Post\n- [ ] Tweet\n", ref, "done").ok).toBe(false);
    expect(toggleTaskInText("## Prep\nNotes\n- [ ] Post\n## After\n- [x] Post\n", ref, "done").ok).toBe(false);
  });

  it("a copy removed whose %% closed a comment above the item: refused (the item is in the comment now)", () => {
    const text = "## Prep\n%%\n- [x] Fix %%\nNotes\n- [ ] Fix %%\n";
    const ref = refsOf(text).find((r) => r.raw === "- [ ] Fix %%")!;
    expect(ref.line).toBe(4);
    const now = "## Prep\n%%\nNotes\n- [ ] Fix %%\n";
    expect(readNote("x.md", now).tasks.map((t) => t.line)).toEqual([]);
    expect(toggleTaskInText(now, ref, "done").ok).toBe(false);
  });

  it("a copy with a checkbox of its own removed: ticked when another copy in the note has that checkbox, else left to the strict lookup", () => {
    const text = "## Prep\n- [b] Post\nNotes\n- [ ] Post\n## After\n- [b] Post\n";
    const ref = refsOf(text).find((r) => r.raw === "- [ ] Post")!;
    expect(toggleTaskInText("## Prep\nNotes\n- [ ] Post\n## After\n- [b] Post\n", ref, "done")).toMatchObject({ ok: true, line: 2 });
    // The only "[b]" removed: nothing in the ref or the note says a copy had it.
    const alone = "## Prep\n- [b] Post\nNotes\n- [ ] Post\n";
    expect(oneLineRemoved("## Prep\nNotes\n- [ ] Post\n", refsOf(alone).find((r) => r.raw === "- [ ] Post")!)).toBeNull();
  });

  it("another line removed: not given back, whatever it was (the ref cannot tell it from a line edited as well)", () => {
    const text = "Intro\n- [ ] Post\n## Prep\n- [ ] Post\n";
    const ref = refsOf(text)[1]!;
    // The copy above removed: refused by the strict lookup (a copy fewer, both sides changed), given back here.
    expect(toggleTaskInText("Intro\n## Prep\n- [ ] Post\n", ref, "done")).toMatchObject({ ok: true, line: 2 });
    expect(oneLineRemoved("Intro\n## Prep\n- [ ] Post\n", ref)).toBe(2);
    // "Intro" removed is one line removed too, but so would "Intro" edited and the copy
    // removed look to the hashes: each place solves for some line. The strict lookup ticks it.
    expect(oneLineRemoved("- [ ] Post\n## Prep\n- [ ] Post\n", ref)).toBeNull();
    expect(oneLineRemoved("Outro\n## Prep\n- [ ] Post\n", ref)).toBeNull();
    expect(toggleTaskInText("Outro\n## Prep\n- [ ] Post\n", ref, "done").ok).toBe(false);
  });

  it("grows linearly with the copies in the note (every line a copy of the item, one removed: n against 4n)", () => {
    // Alternating checkboxes: no two copies alike next to each other; one removed far above the item.
    const make = (n: number, copies: number) => {
      const half = n * copies;
      const before = `## Prep\n${"- [x] Post\n- [-] Post\n".repeat(half)}- [ ] Post\n${"- [-] Post\n- [x] Post\n".repeat(half)}`;
      const lines = before.split("\n");
      lines.splice(1, 1);
      return { text: lines.join("\n"), ref: refsOf(before).find((r) => r.raw === "- [ ] Post")! };
    };
    const small = make(3, 1);
    expect(toggleTaskInText(small.text, small.ref, "done")).toMatchObject({ ok: true, line: small.ref.line - 1 });
    expect(bestGrowth((input: { text: string; ref: (typeof small)["ref"] }) => toggleTaskInText(input.text, input.ref, "done"), make, 500, 8)).toBeLessThan(8);
  });
});
