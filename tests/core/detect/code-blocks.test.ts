// Detect shows reads no evidence from fenced code, by the reader's rule (codeLines in
// note-facts.ts): a schedule, a link or a title a user quotes in a code block says
// nothing about the show. Fixtures: the real notes, copied unchanged, and a note below.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeLines, readNoteFacts, type NoteFacts } from "../../../src/core/detect/note-facts";
import { findSchedule } from "../../../src/core/detect/schedule";
import { linkedNames } from "../../../src/core/detect/index-notes";
import { showName } from "../../../src/core/detect/show-name";
import { lineStates } from "../../../src/core/index-note/line-states";
import { bodyStartOf } from "../../../src/core/note/frontmatter";
import { splitLines } from "../../../src/core/text/lines";
import { frontmatterOfText } from "../../support/notes";
import { FIXTURES } from "./fixture-vault";

const facts = (text: string, path = "Show/Show index.md"): NoteFacts => readNoteFacts(path, text, [], frontmatterOfText(text));
const schedule = (note: NoteFacts) => findSchedule([note], null, () => undefined);
const name = (note: NoteFacts) => showName(note, "Show", null, "Office Hours");

const OWN = [
  "---",
  "tags: [show]",
  "---",
  "",
  "Cafe Live (CL) is a weekly stream.",
  "",
  "# Cafe Live",
  "",
  "We stream Tuesdays 10:00 UTC.",
  "",
  "- [[CL 1 - Logs]]",
  "- [CL 2](CL%202%20-%20Traces.md)",
  "",
].join("\n");

describe("fenced code is no evidence", () => {
  it("a schedule sentence inside a fence is not counted", () => {
    const note = facts("# Notes\n\n```\nWe stream Fridays 16:00 UTC\n```\n");
    expect(schedule(note).time).toBeNull();
    expect(schedule(facts("# Notes\n\nWe stream Fridays 16:00 UTC\n")).time?.value).toBe("16:00");
  });

  it("a link inside a fence links nothing; one outside still does", () => {
    const note = facts("~~~\n[[GOH 1 - Logs]]\n```\n[x](GOH%202.md)\n~~~\n[[GOH 3]]\n");
    expect([...linkedNames(note)]).toEqual(["GOH 3"]);
    // A property's link still counts when the body holds a fence (the frontmatter is no code).
    expect([...linkedNames(facts('---\nup: "[[GOH 4]]"\n---\n```\n[[GOH 5]]\n```\n'))]).toEqual(["GOH 4"]);
  });

  it("a defining sentence or title inside a fence names no show", () => {
    expect(name(facts("\n```\nFake Show (FS) is a test.\n# Fake\n```\n")).name.value).toBe("Show");
  });

  it("a fence above the defining sentence does not hide it", () => {
    expect(name(facts("\n```js\nconst a = 1;\n```\n\nCafe Live (CL) is a weekly stream.\n"))).toMatchObject({ name: { value: "Cafe Live" }, code: "CL" });
  });
});

/** The real notes (no fence in any) and the note above. */
function notes(): { path: string; text: string }[] {
  const dir = join(FIXTURES, "real-notes");
  const real = readdirSync(dir)
    .filter((f) => f.endsWith(".md") && f !== "SOURCE.md")
    .map((f) => ({ path: `Show/${f}`, text: readFileSync(join(dir, f), "utf8") }));
  return [...real, { path: "Show/Show index.md", text: OWN }];
}

/** Body lines that are blank and neither code nor comment: a fence opened after one is a fence. */
function blankLines(lines: readonly string[]): number[] {
  const start = bodyStartOf(lines);
  const states = lineStates(lines, start);
  const out: number[] = [];
  lines.forEach((line, n) => {
    const state = states[n];
    if (n >= start && line.trim() === "" && state && !state.code && !state.carried && !state.openAtEnd) out.push(n);
  });
  return out;
}

const longestRun = (text: string, ch: string) => Math.max(0, ...[...text.matchAll(new RegExp(`\\${ch}+`, "g"))].map((m) => m[0].length));

describe("property: a fenced block after a blank line changes no evidence", () => {
  const all = notes();

  it("has notes with blank lines to insert after, schedules, links and names to keep", () => {
    expect(all.filter((n) => blankLines(splitLines(n.text)).length > 0).length).toBeGreaterThan(5);
    const own = facts(OWN);
    expect(schedule(own).time?.value).toBe("10:00");
    expect(linkedNames(own).size).toBe(2);
    expect(name(own).code).toBe("CL");
  });

  it("for any content, fence and place", () => {
    const content = fc.array(fc.string({ unit: fc.constantFrom("`", "~", "#", " ", "[", "]", "(", ")", "%", "<", "!", "-", ">", "a", "W", "e", "F", "1", "6", ":", "0", "U", "T", "C", "s") }), { maxLength: 6 });
    const words = fc.array(fc.constantFrom("We stream Fridays 16:00 UTC", "[[GOH 9 - Profiles]]", "[y](Other.md)", "# Title", "Fake (FK) is a show.", "%%", "<!--", "~~~"), { maxLength: 4 });
    fc.assert(
      fc.property(fc.nat(), fc.nat(), content, words, fc.constantFrom("`", "~"), fc.string({ maxLength: 6, unit: fc.constantFrom("a", "j", "s", " ") }), (which, where, extra, said, fenceChar, info) => {
        const note = all[which % all.length];
        if (!note) return;
        const lines = splitLines(note.text);
        const blanks = blankLines(lines);
        const at = blanks[where % Math.max(1, blanks.length)];
        if (at === undefined) return;
        const body = [...extra, ...said];
        const fence = fenceChar.repeat(Math.max(3, longestRun(body.join("\n"), fenceChar) + 1));
        // The info string holds no backtick: after a backtick fence one would make it no fence.
        const inserted = [...lines.slice(0, at + 1), fence + info, ...body, fence, ...lines.slice(at + 1)].join("\n");
        const before = facts(note.text, note.path);
        const after = facts(inserted, note.path);
        expect(schedule(after)).toEqual(schedule(before));
        expect([...linkedNames(after)].sort()).toEqual([...linkedNames(before)].sort());
        expect(name(after)).toEqual(name(before));
      }),
      { numRuns: 300 },
    );
  });
});

describe("codeLines: which lines are fenced code", () => {
  it("never counts a frontmatter line as code, whatever fences the body holds", () => {
    const line = fc.oneof(fc.constantFrom("```", "~~~", "````js", "key: value", "- [ ] x", "", "%%", "links: [[A]]"), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.array(line, { maxLength: 8 }), (properties, body) => {
        const lines = ["---", ...properties.map((p) => (p === "---" || p === "..." ? "x" : p)), "---", "```", ...body];
        const bodyStart = properties.length + 2;
        const code = codeLines(lines, bodyStart);
        for (let n = 0; n < bodyStart; n++) expect(code(n)).toBe(false);
        // The body's opening fence is code: the rule is at work, not switched off.
        expect(code(bodyStart)).toBe(true);
      }),
    );
  });
});
