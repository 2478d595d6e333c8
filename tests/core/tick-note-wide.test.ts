// The numbers a ref keeps about the whole note (src/core/tick/note-wide.ts): how many
// task lines read as the item, the note's heading lines order aside, and which repeated
// task lines stand under which heading (the task spread, ticks7). What the index keeps
// (vault/open-items.ts) must give the refs the note's text gave, and none of them may
// move when sections are moved around or prose is typed (a tick must still land).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitLines, stripBom } from "../../src/core/text/lines";
import { headingSetOf, looksLikeFence, spreadOf } from "../../src/core/tick/note-wide";
import { taskRefsOf } from "../../src/core/tick/task-ref";
import { noteArb, noteText } from "./race/race-note";
import { readNote, recordOf } from "../support/notes";
import { refsOf } from "./tick-refs";

const NOTE = [
  "## Prep",
  "- [ ] Post on LinkedIn",
  "- [ ] Upload",
  "- [ ] Upload",
  "## After the show",
  "- [x] Post on LinkedIn",
  "- [ ] Post on LinkedIn",
  "- [ ] Thank the guest",
  "",
].join("\n");

/** The heading lines of `text` as the reader finds them (not in code, not in comments). */
function headingsOf(text: string): number {
  const lines = splitLines(stripBom(text));
  return headingSetOf(lines, readNote("x.md", text).sections.slice(1).map((s) => s.line));
}

describe("what a ref keeps about the whole note", () => {
  it("counts every line of the note that reads as the item, checkbox aside, under any heading", () => {
    expect(refsOf(NOTE).map((r) => [r.line, r.copies])).toEqual([
      [1, 3],
      [2, 2],
      [3, 2],
      [5, 3],
      [6, 3],
      [7, 1],
    ]);
  });

  it("counts the lines in code and comments that read as the item too, and the index keeps them", () => {
    const text = `${NOTE}\n\`\`\`\n- [ ] Thank the guest\n\`\`\`\n%%\n- [x] Thank the guest\n%%\n\n\t- [ ] Upload\n`;
    // Items and the others apart: an item moved into code leaves their sum as it was.
    expect(refsOf(text).map((r) => [r.line, r.copies, r.hidden])).toEqual([
      [1, 3, 0],
      [2, 2, 0],
      [3, 2, 0],
      [5, 3, 0],
      [6, 3, 0],
      [7, 1, 2],
    ]);
    const record = recordOf("x.md", text);
    expect(record.open.refs(record.sections).map((r) => [r.copies, r.hidden])).toEqual([
      [3, 0],
      [2, 0],
      [2, 0],
      [3, 0],
      [1, 2],
    ]);
  });

  it("the index gives back the refs the text gave, copies under other headings and the heading number included", () => {
    const record = recordOf("x.md", NOTE);
    const episode = readNote("x.md", NOTE);
    const refs = record.open.refs(record.sections);
    expect(refs).toEqual(taskRefsOf(episode, NOTE).filter((_, i) => episode.tasks[i]?.state === "open"));
    // Not all alike: the check above would pass with every copies at 1 or every heading number at 0.
    expect(new Set(refs.map((r) => r.copies))).toEqual(new Set([1, 2, 3]));
    expect(refs[0]?.headings).not.toBe(0);
  });

  it("the heading number: the same with the sections in any order, another with a heading renamed, added or removed", () => {
    const moved = ["## After the show", "- [x] Post on LinkedIn", "## Prep", "- [ ] Upload"].join("\n");
    const base = ["## Prep", "- [ ] Upload", "## After the show", "- [x] Post on LinkedIn"].join("\n");
    expect(headingsOf(moved)).toBe(headingsOf(base));
    expect(headingsOf(base.replace("## Prep", "## Preparation"))).not.toBe(headingsOf(base));
    expect(headingsOf(base.replace("## Prep", "### Prep"))).not.toBe(headingsOf(base));
    expect(headingsOf(`${base}\n## Links`)).not.toBe(headingsOf(base));
    expect(headingsOf(base.replace("## Prep\n", ""))).not.toBe(headingsOf(base));
    // Two identical headings are two: removing one of them is seen.
    expect(headingsOf(`${base}\n## Prep`)).not.toBe(headingsOf(base));
  });

  it("neither number moves when whole sections change places or prose is typed (random notes)", () => {
    // Sections cut at every heading and put back in another order: the heading lines and
    // the task lines are the same lines, so both numbers must be as they were.
    fc.assert(
      fc.property(noteArb, fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), fc.nat(), (note, order, at) => {
        const lines = noteText({ ...note, crlf: false, finalNewline: false }).split("\n");
        const text = lines.join("\n");
        // Only notes whose structure holds no block that a reordering could open or close.
        if (lines.some((l) => /^(```|%%|<!--|-->|\$\$|---|===)/.test(l) || /[\r\t]/.test(l))) return;
        const starts = lines.flatMap((l, i) => (/^#{1,6} /.test(l) ? [i] : []));
        const blocks = [lines.slice(0, starts[0] ?? lines.length), ...starts.map((s, k) => lines.slice(s, starts[k + 1] ?? lines.length))];
        const head = blocks.shift() ?? [];
        const shuffled = [...blocks].sort((a, b) => ((order[blocks.indexOf(a) % order.length] ?? 0) % 7) - ((order[blocks.indexOf(b) % order.length] ?? 0) % 7));
        const movedLines = [...head, ...shuffled.flat()];
        const typed = [...movedLines.slice(0, at % (movedLines.length + 1)), "A paragraph typed", ...movedLines.slice(at % (movedLines.length + 1))];
        const after = typed.join("\n");
        expect(headingsOf(after)).toBe(headingsOf(text));
        // The whole note-wide number, the task spread with it.
        expect(refsOf(after)[0]?.headings).toBe(refsOf(text)[0]?.headings);
        const copies = (t: string) => refsOf(t).map((r) => `${r.raw}:${r.copies}`).sort();
        expect(copies(after)).toEqual(copies(text));
      }),
    );
  });
});

describe("the task spread (seed 1289402713)", () => {
  const spread = (lines: string[]) => spreadOf(refsOf(lines.join("\n"))[0]?.headings ?? 0);
  const POST = "- [ ] Post on LinkedIn";
  const before = ["## After the show", POST, POST, "## Prep", POST, POST];

  it("changes when a heading is moved alone, over other task lines: the seed's two edits", () => {
    expect(spread([POST, POST, "## Prep", "## After the show", POST, POST])).not.toBe(spread(before));
    // The same headings, order aside: the heading number alone did not see it.
    expect(headingsOf([POST, POST, "## Prep", "## After the show", POST, POST].join("\n"))).toBe(headingsOf(before.join("\n")));
  });

  it("stays when sections move, prose is typed, items are ticked, or an item that reads as no other is typed", () => {
    const base = spread(before);
    expect(spread(["## Prep", POST, POST, "## After the show", POST, POST])).toBe(base);
    expect(spread(["Intro", "## After the show", POST, "Notes", POST, "## Prep", POST, POST, ""])).toBe(base);
    expect(spread(["## After the show", "- [x] Post on LinkedIn", POST, "## Prep", POST, POST])).toBe(base);
    expect(spread(["## After the show", POST, POST, "## Prep", POST, "- [ ] Book the studio", POST])).toBe(base);
    // A heading over no repeated item (lines typed above the frontmatter make "---" a setext underline: plugin/tick-twins.test.ts).
    expect(spread(["Typed", "---", "## After the show", POST, POST, "## Notes", "- [ ] Book the studio", "## Prep", POST, POST])).toBe(base);
  });

  it("changes when a repeated task line is typed, removed or edited, or a heading added", () => {
    const base = spread(before);
    expect(spread([...before, POST])).not.toBe(base);
    expect(spread(before.slice(0, 5))).not.toBe(base);
    expect(spread(["## After the show", POST, POST, "## Prep", POST, "- [ ] Tweet", "- [ ] Tweet"])).not.toBe(spread(["## After the show", POST, POST, "## Prep", POST, "- [ ] Tweet", "Tweet"]));
    expect(spread(["## After the show", POST, "## Links", POST, "## Prep", POST, POST])).not.toBe(base);
  });
});

describe("fence-like lines (seed -1106696743)", () => {
  it("start, after indentation and quote marks, with three backticks or tildes", () => {
    const fence = (line: string) => looksLikeFence(line, 0, line.length);
    for (const yes of ["```", "```js", "~~~", "   ```", "> ```", ">> ~~~~", "\t```"]) expect(fence(yes)).toBe(true);
    for (const no of ["``", "~~", "a ```", "- ```", "", " > ``"]) expect(fence(no)).toBe(false);
    // Within a span of a longer text: the end is the span's.
    expect(looksLikeFence("x\n``\n", 2, 4)).toBe(false);
    expect(looksLikeFence("x\n```\n", 2, 5)).toBe(true);
  });

  it("count with the headings: a fence moved changes the note-wide number, order aside as the headings", () => {
    const a = ["# A", "```", "x", "```", "# B"];
    expect(headingSetOf(a, [0, 4])).not.toBe(headingSetOf(["# A", "```", "x", "# B", "```"].slice(0, 4), [0, 3]));
    expect(headingSetOf(["# B", "y", "# A", "```", "x", "```"], [0, 2])).toBe(headingSetOf(a, [0, 4]));
  });
});
