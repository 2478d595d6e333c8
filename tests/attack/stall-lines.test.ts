// Hostile single lines through the line readers: n against 4n (tests/support/growth.ts),
// CPU time, the best of several runs, never a wall-clock bound. Linear code reads about
// 4; each family here read 9 to 17 before its fix (named with it).
import { describe, expect, it } from "vitest";
import { bestGrowth, perLine } from "../support/growth";
import { readNote } from "../support/notes";
import { lineComments, NO_COMMENT } from "../../src/core/note/comments";
import { trailingFieldsStart } from "../../src/core/deadlines/trailing-fields";
import { readLine } from "../../src/core/vault/open-item-line";
import { markdownInlineValue } from "../../src/core/text/markdown-link";
import { readLineDue } from "../../src/core/deadlines/line-due";
import { talkingPoints } from "../../src/core/snippets/talking-points";

const LIMIT = 8;
const N = 2000;

const eachLine = (run: (line: string) => unknown) => (text: string) => {
  for (const line of text.split("\n")) run(line);
};

/** Lines that alternate comments and inline code: each comment restarted the code-span reading from its end to the end of the line. */
const commentsAndCode: [string, (n: number) => string][] = [
  ["`%%`%%… (comments between code spans)", (n) => "`%%".repeat(n / 3)],
  ["<!-- a --> `… (HTML comments, code spans between)", (n) => "<!-- a --> `".repeat(n / 12)],
];

describe("comments and inline code on one line", () => {
  it.each(commentsAndCode)("the comment reader: %s", (_name, make) => {
    expect(bestGrowth(eachLine((line) => lineComments(line, 0, NO_COMMENT)), perLine(make), N, LIMIT)).toBeLessThan(LIMIT);
  });
  it.each(commentsAndCode)("trailing fields: %s", (_name, make) => {
    expect(bestGrowth(eachLine((line) => trailingFieldsStart(line, [])), perLine(make), N, LIMIT)).toBeLessThan(LIMIT);
  });
  it.each(commentsAndCode)("the reader: %s", (_name, make) => {
    const note = (n: number, copies: number) => "Guest:: Ann\n" + perLine((k) => "- [ ] " + make(k))(n, copies);
    expect(bestGrowth((text) => readNote("x.md", text), note, N, LIMIT)).toBeLessThan(LIMIT);
  });
  it.each(commentsAndCode)("talking points: %s", (_name, make) => {
    const note = (n: number, copies: number) => "## Talking points\n" + perLine((k) => "- " + make(k))(n, copies);
    expect(bestGrowth(talkingPoints, note, N, LIMIT)).toBeLessThan(LIMIT);
  });
});

describe("a value placed in a snippet", () => {
  // Each `<` looked for its closer to the end of the value.
  it("<!--<!--… without a closer", () => {
    expect(bestGrowth(eachLine(markdownInlineValue), perLine((n) => "<!--".repeat(n / 4)), N, LIMIT)).toBeLessThan(LIMIT);
  });
  it("<a<a<a… without a closer", () => {
    expect(bestGrowth(eachLine(markdownInlineValue), perLine((n) => "<a".repeat(n / 2)), N, LIMIT)).toBeLessThan(LIMIT);
  });
});

/** Deadline marks by the thousand: each read its value to the next space, and the trailing fields looked each end up among all marks. */
const markStorms: [string, (n: number) => string][] = [
  ["📅📅📅… (no space, no date)", (n) => "📅".repeat(n / 2)],
  ["📅 📅 📅 … (marks without dates)", (n) => "a " + "📅 ".repeat(n / 3)],
  ["📅 2026-01-01 📅 2026-01-01 … (many dates)", (n) => "a " + "📅 2026-01-01 ".repeat(n / 14)],
];

describe("a line of many deadline marks", () => {
  it.each(markStorms)("an item's line read again (sidebar, agenda): %s", (_name, make) => {
    expect(bestGrowth(eachLine((line) => readLine("- [ ] " + line)), perLine(make), N, LIMIT)).toBeLessThan(LIMIT);
  });
  it.each(markStorms)("the reader: %s", (_name, make) => {
    const note = (n: number, copies: number) => "Guest:: Ann\n" + perLine((k) => "- [ ] " + make(k))(n, copies);
    expect(bestGrowth((text) => readNote("x.md", text), note, N, LIMIT)).toBeLessThan(LIMIT);
  });
});

/**
 * `::` by the thousand with no `due` key, or `(due::` with no closer: each line read 10-19
 * times slower at 4n (at 64,000 characters ": :" took 0.2 s, "(due::" 0.4 s), while the
 * key before each `::` was lowered with slice().toLowerCase() (line-due.ts isDueKey).
 */
const colonStorms: [string, (n: number) => string][] = [
  [": :: :… (no due key)", (n) => ": :".repeat(n / 3)],
  ["(due::(due::… (no closer)", (n) => "(due::".repeat(n / 6)],
];

describe("a line of many Dataview colons", () => {
  it.each(colonStorms)("the deadline reader: %s", (_name, make) => {
    expect(bestGrowth(eachLine(readLineDue), perLine(make), 16000, LIMIT)).toBeLessThan(LIMIT);
  });
});

describe("what a bad mark's message quotes", () => {
  it("a value of thousands of characters is cut, with an ellipsis, and the note's text is not", () => {
    const value = "x".repeat(5000);
    const due = readLineDue(`Book the slot 📅 ${value}`);
    expect(due.problems).toHaveLength(1);
    expect(due.problems[0]).toContain(`“📅 ${"x".repeat(40)}…”`);
    expect(due.problems[0]?.length).toBeLessThan(200);
  });
  it("a cut never splits an emoji in two", () => {
    const due = readLineDue(`Book 📅 ${"x".repeat(39)}😀${"y".repeat(50)}`);
    expect(due.problems[0]).toContain(`“📅 ${"x".repeat(39)}…”`);
  });
});
