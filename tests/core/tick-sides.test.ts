// The sides of an item (src/core/tick/sides.ts): what the index keeps when it reads a
// note must be what a tick computes from the text later, and one whole side as it was
// is enough to tick the item wherever the other side changed.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bodyStartOf } from "../../src/core/note/frontmatter";
import { splitLines, stripBom } from "../../src/core/text/lines";
import { noteContext } from "../../src/core/tick/context";
import { hashText } from "../../src/core/tick/hash";
import { aboveOf, blindLineHash, blindTaskHash, lineSums, lookalikes, neighboursOf, outsideOf, ownLines, ownLinesOf, statusAtOf, taskSpreadOf } from "../../src/core/tick/sides";
import { headingSetOf, noteShape } from "../../src/core/tick/note-wide";
import { taskTwinKey, twinKey } from "../../src/core/tick/structure";
import { taskOnLine } from "../../src/core/note/scan";
import { taskRefsOf } from "../../src/core/tick/task-ref";
import { toggleTaskInText } from "../../src/core/tick/toggle";
import { noteArb, noteText } from "./race/race-note";
import { readNote } from "../support/notes";

const REAL = fileURLToPath(new URL("../fixtures/real-notes/", import.meta.url));
const realNotes = readdirSync(REAL)
  .filter((name) => name.endsWith(".md") && name !== "SOURCE.md")
  .sort()
  .map((name) => readFileSync(REAL + name, "utf8"));

/** The sides as a tick computes them, from the note's lines. */
function sidesFromLines(text: string) {
  const episode = readNote("n.md", text);
  const lines = splitLines(stripBom(text));
  const sums = lineSums(lines.length, (n) => hashText(lines[n] ?? ""));
  // Sections compared checkboxes aside: the lines with every task's checkbox blanked.
  const taskLines = new Set(episode.tasks.map((t) => t.line));
  const blind = Uint32Array.from(lines, (line, n) => (taskLines.has(n) ? blindLineHash(line) : hashText(line)));
  const own = ownLines(lineSums(lines.length, (n) => blind[n] ?? 0), episode.sections.slice(1).map((h) => h.line));
  return {
    episode,
    above: episode.tasks.map((t) => aboveOf(sums, t.line)),
    outside: episode.tasks.map((t) => outsideOf(sums, episode.sections[t.section]?.line ?? -1, t.line)),
    own: [...own],
    alike: episode.sections.map((_, s) => lookalikes(own, s)),
    neighbours: episode.tasks.map((t) => neighboursOf(blind, t.line)),
  };
}

describe("what the index keeps is what a tick finds", () => {
  const agree = (text: string) => {
    const expected = sidesFromLines(text);
    const context = noteContext(text, expected.episode);
    expect([...context.above]).toEqual(expected.above);
    expect([...context.outside]).toEqual(expected.outside);
    // Only a note with items needs them (and pays for them).
    expect([...context.own]).toEqual(expected.episode.tasks.length > 0 ? expected.own : expected.own.map(() => 0));
    expect([...context.alike]).toEqual(expected.episode.tasks.length > 0 ? expected.alike : expected.alike.map(() => 0));
    expect([...context.neighbours]).toEqual(expected.neighbours);
    // A tick with one side as it was reads only the found section's own lines (ownLinesOf), and the heading number.
    const lines = splitLines(stripBom(text));
    const hashes = Uint32Array.from(lines, (line) => hashText(line));
    const heads = expected.episode.sections.slice(1).map((h) => h.line);
    expect(expected.own.map((_, s) => ownLinesOf(hashes, expected.episode.tasks, s === 0 ? 0 : (heads[s - 1] ?? 0), heads[s] ?? lines.length))).toEqual(expected.own);
    // The task spread only with items (a note without any is never ticked).
    const spread = expected.episode.tasks.length > 0 ? taskSpreadOf(lines, heads, expected.episode.tasks) : 0;
    expect(context.headings).toBe(noteShape(headingSetOf(lines, heads), spread));
    // Only the open items, as the index keeps them: the same for those, nothing for the rest.
    const open = noteContext(text, expected.episode, true);
    expected.episode.tasks.forEach((task, i) => {
      const kept = task.state === "open";
      expect([open.above[i], open.outside[i]]).toEqual(kept ? [expected.above[i], expected.outside[i]] : [0, 0]);
    });
  };

  it("for every real note, with LF, CRLF and a byte order mark", () => {
    for (const text of realNotes) {
      agree(text);
      agree(text.replace(/\n/g, "\r\n"));
      agree(`\ufeff${text}`);
    }
  });

  it("for random small notes full of identical items and headings", () => {
    fc.assert(
      fc.property(noteArb, fc.boolean(), (note, bom) => agree(`${bom ? "\ufeff" : ""}${noteText(note)}`)),
      { numRuns: 3000 },
    );
  });

  it("a note with no open item costs no hashing: its sides are all 0", () => {
    const text = "## Done\n- [x] One\n- [-] Two\n";
    const context = noteContext(text, readNote("n.md", text), true);
    expect([...context.above, ...context.outside, ...context.own, ...context.alike]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe("a line checkboxes aside", () => {
  it("hashes alike exactly when the lines' twin keys are alike", () => {
    const lineArb = fc.tuple(fc.constantFrom("", "  ", "> ", "\t"), fc.constantFrom("-", "*", "1.", "+"), fc.constantFrom(" ", "x", "/", "-", "😀", "?"), fc.constantFrom("Post", "Post ", "Tweet", ""));
    const line = ([indent, marker, status, text]: [string, string, string, string]) => `${indent}${marker} [${status}] ${text}`;
    fc.assert(
      fc.property(lineArb, lineArb, (a, b) => {
        expect(blindLineHash(line(a)) === blindLineHash(line(b))).toBe(twinKey(line(a)) === twinKey(line(b)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the checkbox of a task the reader found", () => {
  // The index finds it from the line's first "[" instead of reading the line again; every
  // hash and twin key made that way must be the one made by reading the line.
  const prefix = fc.constantFrom("", "  ", "\t", "> ", ">> ", "> \t", "    ");
  const marker = fc.constantFrom("-", "*", "+", "1.", "12)", "3.");
  const status = fc.constantFrom(" ", "x", "X", "/", "-", "😀", "[", "]", "?");
  const after = fc.constantFrom("", " Post [[Ann]]", " [link](x) [ ]", " 📅 2026-11-27 [due:: x]", "\t[x]");
  it("is where taskOnLine finds it, for every task of any note", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(prefix, marker, status, after), { minLength: 1, maxLength: 6 }), (items) => {
        const text = `Guest:: Ann\n${items.map(([p, m, st, a]) => `${p}${m} [${st}]${a}`).join("\n")}\n`;
        for (const task of readNote("n.md", text).tasks) {
          expect(statusAtOf(task)).toBe(taskOnLine(task.raw)?.statusAt);
          expect(blindTaskHash(task)).toBe(blindLineHash(task.raw));
          expect(taskTwinKey(task)).toBe(twinKey(task.raw) ?? task.raw);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("is where taskOnLine finds it in every task of the real notes", () => {
    const tasks = realNotes.flatMap((text) => readNote("n.md", text).tasks);
    expect(tasks.length).toBeGreaterThan(100);
    for (const task of tasks) expect(statusAtOf(task)).toBe(taskOnLine(task.raw)?.statusAt);
  });

  it("is left to reading the line when the status the reader saw is not at the first bracket", () => {
    // A task whose status is not the line's (a stale copy): the hash and key are the line's own.
    const stale = { raw: "- [x] Post", status: "/" };
    expect(statusAtOf(stale)).toBe(-1);
    expect(blindTaskHash(stale)).toBe(blindLineHash(stale.raw));
    expect(taskTwinKey(stale)).toBe(twinKey(stale.raw));
    expect(statusAtOf({ raw: "> - [/] Post", status: "/" })).toBe(5);
  });
});

describe("one whole side as it was", () => {
  // Every open item of the real notes (which have no identical items under one heading)
  // with a new item typed at a random place on one side of it.
  const items = realNotes.flatMap((text) => {
    const lines = text.split("\n");
    const episode = readNote("n.md", text);
    const bodyStart = bodyStartOf(splitLines(text));
    return taskRefsOf(episode, text).flatMap((ref, i) => {
      const task = episode.tasks[i];
      const heading = episode.sections[task?.section ?? 0]?.line ?? -1;
      return task?.state === "open" ? [{ lines, ref, first: Math.max(heading + 1, bodyStart) }] : [];
    });
  });
  const NEW = "- [ ] A new item nobody had before";

  it("a new item typed anywhere between its heading and it, even right above it: ticked", () => {
    fc.assert(
      fc.property(fc.nat(items.length - 1), fc.nat(), (n, at) => {
        const { lines, ref, first } = items[n] ?? items[0]!;
        const where = first + (at % (ref.line - first + 1));
        const now = [...lines.slice(0, where), NEW, ...lines.slice(where)].join("\n");
        expect(toggleTaskInText(now, ref, "done")).toMatchObject({ ok: true, line: ref.line + 1 });
      }),
      { numRuns: 1000 },
    );
  });

  it("a new item typed anywhere below it, even right below it: ticked", () => {
    fc.assert(
      fc.property(fc.nat(items.length - 1), fc.nat(), (n, at) => {
        const { lines, ref } = items[n] ?? items[0]!;
        const where = ref.line + 1 + (at % (lines.length - ref.line));
        const now = [...lines.slice(0, where), NEW, ...lines.slice(where)].join("\n");
        expect(toggleTaskInText(now, ref, "done")).toMatchObject({ ok: true, line: ref.line });
      }),
      { numRuns: 1000 },
    );
  });
});
