// sync3: git's conflict markers left in a note (src/core/note/merge-conflict.ts, read in
// episode.ts). The rule: `<<<<<<<`, optionally `|||||||`, `=======`, `>>>>>>>`, in that
// order, each exactly seven characters at the start of its line (a label after a space),
// outside fenced code, make one conflict. Its items count for nothing until it is
// resolved, and the note's warning names its lines and what to do. Anything else
// (`=======` under a heading, `>>>>>>>` as a deep quote, eight `<`) is Markdown.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inConflict, mergeConflicts } from "../../../src/core/note/merge-conflict";
import { readNote } from "../../support/notes";
import { bestGrowth } from "../../support/growth";
import { splitLines } from "../../../src/core/text/lines";
import { scanBody } from "../../../src/core/note/scan";

const FIXTURES = join(import.meta.dirname, "../../fixtures");
const read = (path: string) => readFileSync(join(FIXTURES, path), "utf8");
const THL43 = read("walk11-vault/Shows/THL/THL 43 - OpenTelemetry Collector.md");
const DIFF3 = read("sync3/GOH 12 - diff3 conflict.md");
const SETEXT = read("sync3/GOH 13 - setext and quotes.md");

const phase = (text: string, name: string) => readNote("x.md", text).sections.filter((s) => s.phase === name).reduce((n, s) => ({ done: n.done + s.done, total: n.total + s.total }), { done: 0, total: 0 });

describe("THL 43 (walk11): a merge left in the pre-show list", () => {
  const episode = readNote("Shows/THL/THL 43 - OpenTelemetry Collector.md", THL43);

  it("counts only the items outside the conflict: prep 0/2, not 2/6", () => {
    expect(phase(THL43, "prep")).toEqual({ done: 0, total: 2 });
    expect(episode.tasks.map((t) => t.text)).not.toContain("Book the guest");
  });

  it("names no item inside the conflict as next: “Thumbnail”, the first outside it", () => {
    expect(episode.next?.text).toBe("Thumbnail");
  });

  it("warns, with the lines as the editor numbers them, how many items are left out and what to do", () => {
    const merge = episode.readerWarnings.filter((w) => w.kind === "merge");
    expect(merge.map((w) => w.message)).toEqual([
      "Unresolved merge conflict (lines 12–18): git left both sides in the note. Its 4 checklist items are not counted until it is resolved. Keep the side you want, delete the other and the marker lines (<<<<<<<, =======, >>>>>>>).",
    ]);
  });

  it("once resolved (one side kept, the markers deleted), reads as any note: prep 1/4, no warning", () => {
    const resolved = THL43.replace(/<<<<<<< HEAD\n([\s\S]*?)=======\n[\s\S]*?>>>>>>> origin\/main\n/, "$1");
    expect(phase(resolved, "prep")).toEqual({ done: 1, total: 4 });
    expect(readNote("x.md", resolved).readerWarnings.filter((w) => w.kind === "merge")).toEqual([]);
  });
});

describe("the shapes git writes, and Markdown that only looks like them", () => {
  it("diff3 style (`||||||| base`) and two conflicts in one note; the example in a code block is none", () => {
    const lines = splitLines(DIFF3);
    const conflicts = mergeConflicts(lines, [{ from: lines.indexOf("```"), to: lines.lastIndexOf("```") }]);
    expect(conflicts.map((c) => [lines[c.start], lines[c.end]])).toEqual([
      ["<<<<<<< HEAD", ">>>>>>> feature/talking-points"],
      ["<<<<<<< HEAD", ">>>>>>> origin/main"],
    ]);
    const episode = readNote("GOH 12 - diff3 conflict.md", DIFF3);
    // After the show: "Upload" and "Share the clip" outside; six item lines inside (three sides).
    expect(phase(DIFF3, "after")).toEqual({ done: 0, total: 2 });
    expect(episode.readerWarnings.filter((w) => w.kind === "merge").map((w) => w.message)).toEqual([
      "Unresolved merge conflicts (lines 14–18 and 22–31): git left both sides in the note. Its 6 checklist items are not counted until they are resolved. Keep the side you want, delete the other and the marker lines (<<<<<<<, =======, >>>>>>>).",
    ]);
  });

  it("a `=======` setext underline, a `=======` alone, a deep quote and eight `<` are no conflict: every item counts", () => {
    const episode = readNote("GOH 13 - setext and quotes.md", SETEXT);
    expect(mergeConflicts(splitLines(SETEXT))).toEqual([]);
    expect(episode.readerWarnings).toEqual([]);
    expect(episode.total).toBe(5);
    // The setext headings still name their phases.
    expect(phase(SETEXT, "prep")).toEqual({ done: 1, total: 3 });
  });

  it("markers out of order, half deleted or indented make no conflict", () => {
    const none = [
      "=======\n- [ ] a\n>>>>>>> x\n",
      "<<<<<<< HEAD\n- [ ] a\n>>>>>>> x\n",
      "<<<<<<< HEAD\n- [ ] a\n=======\n- [ ] b\n",
      " <<<<<<< HEAD\n- [ ] a\n =======\n- [ ] b\n >>>>>>> x\n",
      "<<<<<<<HEAD\n- [ ] a\n=======\n- [ ] b\n>>>>>>> x\n",
      "<<<<<<< HEAD\n- [ ] a\n======= x\n- [ ] b\n>>>>>>> x\n",
    ];
    for (const text of none) expect([text, mergeConflicts(splitLines(text))]).toEqual([text, []]);
  });

  it("a bare marker (no label) and CRLF line ends are git's too", () => {
    const text = "## Prep\r\n<<<<<<<\r\n- [ ] a\r\n=======\r\n- [x] a\r\n>>>>>>>\r\n- [ ] b\r\n";
    expect(mergeConflicts(splitLines(text))).toEqual([{ start: 1, separator: 3, end: 5 }]);
    expect(readNote("x.md", text).total).toBe(1);
  });
});

describe("for all notes", () => {
  const line = fc.constantFrom("- [ ] a", "- [x] b", "text", "", "=======", "<<<<<<< HEAD", "||||||| base", ">>>>>>> theirs", "## Prep", ">>>>>>>> eight", "```");
  const side = fc.array(fc.constantFrom("- [ ] a", "- [x] a", "- [ ] c", "text", "", "## Prep"), { maxLength: 4 });
  // A conflict as git writes it (diff3's base or not), among lines that only look like markers.
  const conflict = fc.tuple(side, fc.option(side), side, fc.constantFrom(" HEAD", "")).map(([ours, base, theirs, label]) => [`<<<<<<<${label}`, ...ours, ...(base ? ["||||||| base", ...base] : []), "=======", ...theirs, ">>>>>>> origin/main"]);
  const lines = fc.array(fc.oneof(line.map((l) => [l]), conflict), { maxLength: 12 }).map((blocks) => blocks.flat());

  it("conflicts are in order, apart, each markers at its start, separator and end (property)", () => {
    fc.assert(
      fc.property(lines, (lines) => {
        let after = -1;
        for (const c of mergeConflicts(lines)) {
          expect(c.start).toBeGreaterThan(after);
          expect(c.start < c.separator && c.separator < c.end).toBe(true);
          expect(lines[c.start]?.startsWith("<<<<<<<")).toBe(true);
          expect(lines[c.separator]).toBe("=======");
          expect(lines[c.end]?.startsWith(">>>>>>>")).toBe(true);
          after = c.end;
        }
      }),
    );
  });

  it("the items counted are exactly those outside the conflicts, and a note with none reads all its items (property)", () => {
    fc.assert(
      fc.property(lines, (body) => {
        const text = `# T\n${body.join("\n")}\n`;
        const all = readNote("x.md", text.replace(/^(<<<<<<<)/gm, "<<<<<<<<")).tasks.map((t) => t.line);
        const lines = splitLines(text);
        // Markers in fenced code are examples: the reader's code blocks, as the tick reads them.
        const conflicts = mergeConflicts(lines, scanBody(lines, 0).code);
        const kept = readNote("x.md", text).tasks.map((t) => t.line);
        expect(kept).toEqual(all.filter((n) => !inConflict(conflicts, n)));
        expect(readNote("x.md", text).readerWarnings.some((w) => w.kind === "merge")).toBe(conflicts.length > 0);
      }),
    );
  });
});

describe("linear on huge notes (growth, n against 4n)", () => {
  it("many conflicts, each side a long line of markers' characters", () => {
    const conflict = (n: number) => `<<<<<<< ${"<".repeat(n)}\n- [ ] ${"=".repeat(n)}\n=======\n${"=".repeat(n)}\n>>>>>>> ${">".repeat(n)}\n`;
    expect(bestGrowth((text: string) => readNote("x.md", text), (n, copies) => `# T\n${conflict(n).repeat(copies)}`, 2000, 8)).toBeLessThan(8);
  });

  it("a note of n marker-like lines, none a conflict: `=======` lines and eight `<`", () => {
    expect(bestGrowth((lines: string[]) => mergeConflicts(lines), (n, copies) => Array.from({ length: n * copies }, (_, i) => (i % 3 === 0 ? "<<<<<<<<" : i % 3 === 1 ? "=".repeat(7) + " ".repeat(50) : ">>>>>>>")), 5000, 8)).toBeLessThan(8);
  });

  it("one line of 100,000 `<`, `=` or `>` characters", () => {
    for (const char of ["<", "=", ">"]) {
      expect(bestGrowth((text: string) => readNote("x.md", text), (n) => `<<<<<<< a\n${char.repeat(n)}\n=======\n${char.repeat(n)}\n>>>>>>> b\n`, 25_000, 8)).toBeLessThan(8);
    }
  });
});
