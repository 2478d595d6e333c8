// The note's own Dataview `date::` field (src/core/note/inline-date.ts, episode-date.ts): it
// dates a note with no `date` property, as Dataview reads it; the property wins when both
// are there; a checklist item's field is the item's; code blocks and comments hold none.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readEpisode } from "../../../src/core/note/episode";
import { cachedFrontmatter } from "../../../src/plugin/vault/frontmatter";
import { computeCache } from "../../host/markdown-parse";
import { readNote } from "../../support/notes";
import { bestGrowth, perLine, whole } from "../../support/growth";
import type { Episode } from "../../../src/core/types";

const DIR = fileURLToPath(new URL("../../fixtures/reader7/dataview-dates/", import.meta.url));
const fixture = (name: string) => readNote(name, readFileSync(DIR + name, "utf8"));
const when = (e: Episode) => [e.date, e.time];
const body = (...lines: string[]) => [...lines, "", "## Before the show", "- [ ] Book the guest", ""].join("\n");
const read = (text: string, name = "Note.md", timeZone?: string) => readNote(name, text, timeZone === undefined ? {} : { timeZone });

describe("the fixtures (tests/fixtures/reader7/dataview-dates)", () => {
  it("a (date:: …) in a sentence dates the note over its name's date; the items', the code block's and the comment's dates do not", () => {
    const e = fixture("Office Hours 2022-01-04 - Kickoff.md");
    expect(when(e)).toEqual(["2022-01-06", null]);
    expect(e.warnings).toEqual([]);
  });

  it("**Date**:: with a time gives the day and the time", () => {
    const e = fixture("Standup notes.md");
    expect(when(e)).toEqual(["2022-02-15", "18:00"]);
    expect(e.warnings).toEqual([]);
  });

  it("a link to a daily note is read by its target's name", () => {
    expect(when(fixture("Linked day.md"))).toEqual(["2022-03-01", null]);
  });

  it("two date:: fields a week apart: the first counts, and a warning names both lines", () => {
    const e = fixture("Two days.md");
    expect(e.date).toBe("2022-04-05");
    expect(e.readerWarnings.map((w) => w.kind)).toEqual(["date"]);
    expect(e.warnings[0]).toContain('"2022-04-05" (line 1) and "2022-04-12" (line 8); the first is used');
  });
});

describe("where a date:: field is read", () => {
  it.each([
    ["on its own line", "date:: 2022-03-15"],
    ["with a capital and a space before the colons", "Date :: 2022-03-15"],
    ["in bold", "**Date**:: 2022-03-15"],
    ["in parentheses in a sentence", "Streamed live (date:: 2022-03-15) on the channel."],
    ["in brackets in a sentence", "Streamed live [date:: 2022-03-15] on the channel."],
    ["in a plain list item (Dataview gives it to the page)", "- date:: 2022-03-15"],
    ["in a callout", "> [!info]\n> date:: 2022-03-15"],
    ["in a heading", "# PH 1 (date:: 2022-03-15)"],
  ])("%s", (_, line) => {
    const e = read(body(line));
    expect(when(e)).toEqual(["2022-03-15", null]);
    expect(e.warnings).toEqual([]);
  });

  it.each([
    ["a checklist item's (it is the item's: when the invite is due)", "- [ ] Send the invite (date:: 2022-03-15)"],
    ["a done item's, bracketed", "- [x] Booked [date:: 2022-03-15]"],
    ["one in a fenced code block", "```\ndate:: 2022-03-15\n```"],
    ["one in a %% comment %%", "%% date:: 2022-03-15 %%"],
    ["one in an HTML comment", "<!--\ndate:: 2022-03-15\n-->"],
    ["one under another key", "recorded:: 2022-03-15"],
  ])("not %s", (_, line) => {
    const e = read(body(line), "Show 2022-01-01.md");
    // The file name's date, as without the field.
    expect(when(e)).toEqual(["2022-01-01", null]);
    expect(e.warnings).toEqual([]);
  });
});

describe("the property and the field", () => {
  it("the date property wins, silently: a date:: in a sentence may be any day", () => {
    const e = read(`---\ndate: 2025-03-11\n---\n${body("Booked (date:: 2025-02-20) at KubeCon.")}`);
    expect(when(e)).toEqual(["2025-03-11", null]);
    expect(e.warnings).toEqual([]);
  });

  it("a property that is no date warns, and the field is used", () => {
    const e = read(`---\ndate: next week\n---\n${body("date:: 2022-03-15")}`, "Show 2022-01-01.md");
    expect(e.date).toBe("2022-03-15");
    expect(e.warnings).toEqual(['The frontmatter date "next week" is not a date like 2024-01-05; the date:: field is used.']);
  });

  it("an empty property is no date: the field is used without a word", () => {
    const e = read(`---\ndate:\n---\n${body("date:: 2022-03-15")}`);
    expect([e.date, e.warnings]).toEqual(["2022-03-15", []]);
  });
});

describe("values", () => {
  it("a time is kept; a time naming its zone is placed on the show's clock, as the property's is", () => {
    expect(when(read(body("date:: 2022-03-15T18:00")))).toEqual(["2022-03-15", "18:00"]);
    expect(when(read(body("date:: 2022-03-15T17:00:00Z"), "Note.md", "Europe/Madrid"))).toEqual(["2022-03-15", "18:00"]);
    // Midnight UTC is a day (as for the property).
    expect(when(read(body("date:: 2022-03-15T00:00:00.000Z"), "Note.md", "America/New_York"))).toEqual(["2022-03-15", null]);
  });

  it("text that is no date warns with its line, and the name's date is used", () => {
    const e = read(body("# Kickoff", "date:: next Tuesday"), "Show 2022-01-01.md");
    expect(e.date).toBe("2022-01-01");
    expect(e.readerWarnings).toEqual([{ kind: "date", message: 'The date:: field "next Tuesday" (line 2) is not a date like 2024-01-05; the date in the file name is used.' }]);
  });

  it("a date that does not exist is no date (2022-02-29)", () => {
    const e = read(body("date:: 2022-02-29"));
    expect([e.date, e.warnings.length]).toEqual([null, 1]);
  });

  it("an unreadable field before a readable one: the readable one is used, and the other is named", () => {
    const e = read(body("date:: TBD", "(date:: 2022-03-15)"));
    expect(e.date).toBe("2022-03-15");
    expect(e.warnings).toEqual(['The date:: field "TBD" (line 1) is not a date like 2024-01-05; the date:: field on line 2 is used.']);
  });

  it("the same day written twice is no disagreement (a time on one of them neither)", () => {
    const e = read(body("date:: 2022-03-15", "(date:: 2022-03-15T18:00)"));
    expect([e.date, e.warnings]).toEqual(["2022-03-15", []]);
  });

  it("an empty date:: (a template's) is no date and no warning", () => {
    expect([read(body("date::")).date, read(body("date::")).warnings]).toEqual([null, []]);
  });

  it("a link to a page whose name is no date (a Logseq journal's) is a reference: no date from it, no warning", () => {
    const e = read(body("- date:: [[Mar 11th, 2026]]"), "2026_03_11 Meetup.md");
    expect([e.date, e.warnings]).toEqual(["2026-03-11", []]);
  });
});

describe("the plugin and the command-line tool read the same", () => {
  // The plugin hands the core Obsidian's cached properties (cachedFrontmatter), the tool its
  // YAML library's: the body, where date:: is, is read by the core in both.
  const notes = [
    body("date:: 2022-03-15"),
    body("(date:: 2022-03-15T18:00) live", "- [ ] Invite (date:: 2022-03-01)"),
    `---\ndate: 2025-03-11\n---\n${body("date:: 2022-03-15")}`,
    `---\ndate: soon\ntags: [a]\n---\n${body("date:: 2022-03-15")}`,
    `---\ntitle: x\n---\n${body("date:: 2022-03-15", "date:: 2022-03-22")}`,
  ];
  it.each(notes.map((n, i) => [i, n]))("note %i", (_, text) => {
    const cli = readNote("Note.md", text);
    const plugin = readEpisode("Note.md", text, {}, cachedFrontmatter(computeCache(text)));
    expect([plugin.date, plugin.time, plugin.warnings]).toEqual([cli.date, cli.time, cli.warnings]);
    expect(plugin.date).not.toBeNull();
  });
});

describe("for every date and every way of writing the field", () => {
  const day = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const form = fc.constantFrom(
    (d: string) => `date:: ${d}`,
    (d: string) => `Date :: ${d}`,
    (d: string) => `Aired (date:: ${d}) live.`,
    (d: string) => `Aired [date:: ${d}] live.`,
    (d: string) => `- **date**:: ${d}`,
  );

  it("the note's date is the field's; a checklist item's date:: beside it never is", () => {
    fc.assert(
      fc.property(day, day, form, (note, item, write) => {
        // The item first: were its field the note's, it would be the first date and count.
        const e = read(body(`- [ ] Invite (date:: ${item})`, "", write(note)));
        expect([e.date, e.warnings]).toEqual([note, []]);
      }),
    );
  });

  it("the property wins over any field", () => {
    fc.assert(
      fc.property(day, day, form, (property, field, write) => {
        const e = read(`---\ndate: ${property}\n---\n${body(write(field))}`);
        expect([e.date, e.warnings]).toEqual([property, []]);
      }),
    );
  });
});

describe("long lines and many fields (n against 4n)", () => {
  const LIMIT = 8;

  it("a long value is quoted shortly in the warning", () => {
    const e = read(body(`date:: ${"x".repeat(10_000)}`));
    expect(e.warnings[0]?.length).toBeLessThan(200);
  });

  it("a note of many date:: lines, readable or not, and a long run of [[ in one value", () => {
    const many = whole((n) => "date:: 2022-03-15\n(date:: soon) [date:: 2022-03-16]\n".repeat(Math.max(1, n / 50)));
    expect(bestGrowth((text) => read(text), many, 5000, LIMIT)).toBeLessThan(LIMIT);
    const brackets = perLine((n) => `date:: [[${"[[".repeat(n / 2)}]]`);
    expect(bestGrowth((text) => read(text), brackets, 5000, LIMIT)).toBeLessThan(LIMIT);
    const spaces = perLine((n) => `date:: 2022-03-15T10:00${" ".repeat(n)}x`);
    expect(bestGrowth((text) => read(text), spaces, 5000, LIMIT)).toBeLessThan(LIMIT);
  });
});
