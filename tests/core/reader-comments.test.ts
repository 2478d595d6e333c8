// Comments: `%% … %%` and `<!-- … -->` hide what they hold, as in Obsidian's reading view
// and metadata cache. Expected values come from reading tests/fixtures/comments/ by hand.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNote } from "../support/notes";
import { bestGrowth, perLine, whole } from "../support/growth";
import { splitLines } from "../../src/core/text/lines";
import { taskRefsOf, type TaskRef } from "../../src/core/tick/task-ref";
import { locateTask, toggleTaskInText } from "../../src/core/tick/toggle";
import { scanBody } from "../../src/core/note/scan";
import { planLog, viewNote } from "../../src/core/live/edits";
import { timestampHeadingMatcher } from "../../src/core/live/chapters";
import type { Episode } from "../../src/core/types";
import { fillEmptyFields } from "../../src/core/new-episode/template/fill-fields";
import { talkingPointTree } from "../../src/core/snippets/talking-points";

const DIR = fileURLToPath(new URL("../fixtures/comments/", import.meta.url));
const text = (name: string): string => readFileSync(DIR + name, "utf8");
const read = (name: string): Episode => readNote(name, text(name));
const taskRows = (e: Episode): [number, string, string][] => e.tasks.map((t) => [t.line, t.status, t.text]);

describe("a template's instructions in comments", () => {
  const episode = read("template-instructions.md");

  it("reads no item, heading or guest field inside %% or <!-- --> comments", () => {
    expect(taskRows(episode)).toEqual([
      [15, " ", "Book the guest"],
      [16, "x", "Create the stream"],
      [21, " ", "Send the invite"],
      [24, " ", "Upload the video %% within two days %%"],
      [28, " ", "Post the recording"],
    ]);
    expect(episode.sections.map((s) => s.heading)).toEqual([null, "OH 14 - Tracing at scale", "Checklist", "After the show"]);
    expect(episode.guests.map((g) => g.name)).toEqual(["Ben Ortiz"]);
  });

  it("counts progress over the visible items only", () => {
    expect([episode.done, episode.total]).toEqual([1, 5]);
    expect(episode.next?.text).toBe("Book the guest");
    expect(episode.warnings).toEqual([]);
  });

  it("gives refs that tick the visible item, never one in a comment", () => {
    const note = text("template-instructions.md");
    const refs = taskRefsOf(episode, note);
    expect(refs.map((r) => r.line)).toEqual([15, 16, 21, 24, 28]);
    const send = refs.find((r) => r.raw === "- [ ] Send the invite");
    if (!send) throw new Error("no ref");
    const ticked = toggleTaskInText(note, send, "done");
    expect(ticked).toEqual({ ok: true, line: 21, text: note.replace("- [ ] Send the invite", "- [x] Send the invite") });
  });
});

describe("inline and multi-line comments", () => {
  it("reads a line that starts inside a comment as no item, even in a callout", () => {
    const episode = read("inline-comments.md");
    expect(taskRows(episode)).toEqual([
      [6, " ", "Real item %% with a remark %%"],
      [7, " ", "Another %% remark that goes on"],
      [10, " ", "Visible again"],
      [12, " ", "Last item"],
    ]);
  });

  it("reads fields only outside comments on a line that has both", () => {
    const episode = read("inline-comments.md");
    expect(episode.guests.map((g) => g.name)).toEqual(["Ann"]);
  });

  it("opens no comment inside inline code or a fence, and not at a mid-line <!-- left open", () => {
    const episode = read("code-and-comments.md");
    expect(taskRows(episode).map(([line]) => line)).toEqual([3, 4, 9, 11, 15, 17]);
    expect(episode.warnings).toEqual([]);
  });

  it("hides the rest of the note after a %% never closed, and says so", () => {
    const episode = read("unclosed.md");
    expect(taskRows(episode)).toEqual([[3, " ", "Before the comment"]]);
    expect(episode.sections.map((s) => s.heading)).toEqual([null, "Unclosed comment", "Checklist"]);
    expect(episode.chapters).toEqual([]);
    expect(episode.warnings).toEqual([
      "A %% comment opened on line 5 is never closed, so Obsidian hides the rest of the note and nothing after it counts as a task or field.",
    ]);
  });

  it("names the line where the comment left open began, after others closed", () => {
    const scan = scanBody(["%%", "a", "%% b %% c", "- [ ] hidden"], 0);
    expect(scan.hidden).toEqual([{ from: 0, to: 3 }]);
    expect(scan.warnings[0]).toMatch(/^A %% comment opened on line 3 is never closed/);
  });

  it("names an HTML comment block never closed", () => {
    const scan = scanBody(["- [ ] a", "<!-- notes", "- [ ] b"], 0);
    expect(scan.tasks.map((t) => t.line)).toEqual([0]);
    expect(scan.hidden).toEqual([{ from: 1, to: 2 }]);
    expect(scan.warnings[0]).toMatch(/^A <!-- comment opened on line 2 is never closed/);
  });
});

describe("chapters and the live log in a Timestamps section with comments", () => {
  it("reads no chapter and no problem from commented lines", () => {
    const episode = read("chapters-in-comment.md");
    expect(episode.chapters.map((c) => [c.line, c.at])).toEqual([
      [12, "00:00:00"],
      [13, "00:05:10"],
      [14, "00:20:00"],
    ]);
    expect(episode.chapterProblems).toEqual([]);
  });

  const isHeading = timestampHeadingMatcher();

  it("creates a Timestamps section when the only one is commented out", () => {
    const note = "# T\n\n%%\n## Timestamps\n00:00:00 Old\n%%\n";
    const view = viewNote(note, isHeading);
    expect(view.reading.section).toBeNull();
    expect(view.headings.map((h) => h.text)).toEqual(["T"]);
    const plan = planLog(view, { seconds: 0, title: "Intro" }, ["Timestamps"]);
    if (!plan.ok) throw new Error(plan.reason);
    // Under the title, above the comment.
    expect(plan.edits).toEqual([{ from: { line: 0, ch: 3 }, to: { line: 0, ch: 3 }, text: "\n\n## Timestamps\n\n00:00:00 Intro" }]);
  });

  it("logs below the heading, not after example chapters in a comment", () => {
    const note = "# T\n\n## Timestamps\n%%\n00:00:00 Example\n00:09:00 Example\n%%\n";
    const plan = planLog(viewNote(note, isHeading), { seconds: 300, title: "Demo" }, ["Timestamps"]);
    if (!plan.ok) throw new Error(plan.reason);
    // Before comments were read, it went after "00:00:00 Example", inside the comment.
    expect([plan.line, plan.lineText]).toEqual([3, "00:05:00 Demo"]);
  });
});

describe("talking points for the live view", () => {
  it("leave out points in comments and a commented-out talking-points heading", () => {
    const note = [
      "# Show",
      "%%",
      "## Talking points",
      "- Draft point",
      "%%",
      "## Talking points",
      "- [ ] Intro",
      "%% - [ ] Cut point %%",
      "  - Detail",
      "<!--",
      "- Hidden point",
      "-->",
      "- [ ] Demo",
    ].join("\n");
    expect(talkingPointTree(note).map((p) => [p.line, p.text, p.children.map((c) => c.text)])).toEqual([
      [6, "Intro", ["Detail"]],
      [12, "Demo", []],
    ]);
  });
});

describe("a new episode's guest filled in", () => {
  it("goes to the template's field, not to an example field in a comment", () => {
    const template = "# Episode\n%% Fill in:\nGuest::\n%%\nGuest::\n- [ ] Invite\n";
    // Before comments were read, the commented example was filled and the real field left empty.
    expect(fillEmptyFields(template, { date: "", guests: ["Ann Lee"], guestFields: ["Guest"] })).toBe(
      "# Episode\n%% Fill in:\nGuest::\n%%\nGuest:: Ann Lee\n- [ ] Invite\n",
    );
  });
});

// Notes made of these lines: no fences, no setext underlines, nothing that a comment
// block placed between two lines could change the reading of.
const lineArb = fc.oneof(
  fc.constantFrom("## Checklist", "## After the show", "# Title", "## Talking points", "", "Some text", "Guest:: Ann", "  more text"),
  fc
    .tuple(fc.constantFrom("- ", "* ", "1. ", "  - ", "> - "), fc.constantFrom("[ ]", "[x]", "[-]", "[/]"), fc.constantFrom("Invite", "Post", "Book room", "Post"))
    .map(([marker, box, words]) => `${marker}${box} ${words}`),
);
// Anything but the closer of its own comment.
const innerArb = fc.oneof(
  lineArb,
  fc.constantFrom("- [ ] Invite", "## Checklist", "Guest:: Zed", "[guest:: Zed]", "00:00:00 Intro", "```", "<!--", "`"),
);
const blockArb = fc.oneof(
  fc.tuple(fc.constantFrom("%%", "%% note"), fc.array(innerArb.filter((l) => !l.includes("%%")), { maxLength: 5 }), fc.constantFrom("%%", "end %%", "%% ")),
  fc.tuple(fc.constantFrom("<!--", "<!-- note"), fc.array(innerArb.filter((l) => !l.includes("-->")), { maxLength: 5 }), fc.constantFrom("-->", "end -->")),
  fc.constantFrom<[string, string[], string]>(["%% - [ ] Invite %%", [], ""], ["<!-- - [x] Post -->", [], ""]),
);

function identity(ref: TaskRef): unknown {
  const { raw, path, sectionOrdinal, sections, sameSections, occurrence, twins, twinStatuses } = ref;
  return { raw, path, sectionOrdinal, sections, sameSections, occurrence, twins, twinStatuses };
}

describe("property: a comment block holding anything, put between any two lines", () => {
  it("leaves the items, the progress and their refs as they were", () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 14 }), blockArb, fc.nat(), (lines, [open, inner, close], where) => {
        const at = where % (lines.length + 1);
        const block = close === "" ? [open, ...inner] : [open, ...inner, close];
        const before = lines.join("\n");
        const after = [...lines.slice(0, at), ...block, ...lines.slice(at)].join("\n");
        const a = readNote("x.md", before);
        const b = readNote("x.md", after);
        const shift = (line: number): number => (line >= at ? line + block.length : line);
        expect(b.tasks).toEqual(a.tasks.map((t) => ({ ...t, line: shift(t.line) })));
        expect([b.done, b.total, b.next?.line === undefined ? null : b.next.line]).toEqual([a.done, a.total, a.next ? shift(a.next.line) : null]);
        expect(b.sections.map((s) => [s.heading, s.phase, s.done, s.total, s.cancelled])).toEqual(
          a.sections.map((s) => [s.heading, s.phase, s.done, s.total, s.cancelled]),
        );
        expect(b.guests).toEqual(a.guests);
        const refsA = taskRefsOf(a, before);
        const refsB = taskRefsOf(b, after);
        expect(refsB.map(identity)).toEqual(refsA.map(identity));
        // Each item is found again in the note with the comment, on its own line.
        for (const ref of refsB) expect(locateTask(after, ref)).toEqual({ line: ref.line });
      }),
      { numRuns: 300 },
    );
  });
});

describe("reading comments takes linear time", () => {
  const scan = (text: string) => scanBody(splitLines(text), 0);
  const lineFamilies: [name: string, make: (n: number) => string][] = [
    // Searching for a `-->` after each one was quadratic on such a line.
    ["a long line of mid-line <!-- never closed", (n) => "- [ ] x " + "a <!--".repeat(n / 6)],
    ["a long line of comments opened and closed", (n) => "- [ ] x " + "%% a %% b".repeat(n / 9)],
    ["a long line of backticks and markers", (n) => "- [ ] x " + "`%%` ".repeat(n / 5)],
    ["a long line of <!-- inside inline code", (n) => "text " + "`<!--`".repeat(n / 6) + " -->"],
  ];
  it.each(lineFamilies)("%s", (_name, make) => {
    expect(bestGrowth(scan, perLine(make), 20000, 8)).toBeLessThan(8);
  });

  it("a note commented out from its first line", () => {
    expect(bestGrowth(scan, whole((n) => "%%\n" + "- [ ] hidden %\n".repeat(n / 15)), 4000, 8)).toBeLessThan(8);
  });
});
