// template7: a user's template that leaves the date empty gets the form's date (README,
// "Templates"). Only a bare `date:` was seen as empty; `date: ""`, `date: ''`, `date: ~`,
// `date: null` and `date: # YYYY-MM-DD` (all values YAML reads as none) left the new note
// without the date the form asked for, so the sidebar showed it undated. The rule: a
// top-level `date:` whose value YAML reads as null or "" is filled, the comment kept.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseDocument } from "yaml";
import { planEpisode } from "../../../src/core/new-episode/new-episode";
import { fillEmptyFields } from "../../../src/core/new-episode/template/fill-fields";
import { defaultShow } from "../../../src/core/settings/settings";
import { nameParser } from "../../../src/core/note/name-pattern";
import { readNote } from "../../support/notes";
import { bestGrowth, whole } from "../../support/growth";

const SHOW = { ...defaultShow("Europe/Berlin", "Office Hours"), id: "oh", code: "OH", folder: "OH" };
const DRAFT = { topic: "Loki basics", guests: ["Ann"], date: "2025-06-20", time: "18:00", number: 7 };
const NOW = new Date("2025-06-01T09:00:00Z");

function plan(template: string) {
  const { path, content } = planEpisode(DRAFT, SHOW, template, NOW);
  const head = content.slice(4, content.indexOf("\n---\n", 3));
  const doc = parseDocument(head);
  const episode = readNote(path, content, { guestFields: SHOW.guestFields, parseName: nameParser(SHOW.fileNamePattern, SHOW.code) });
  return { content, errors: doc.errors.length, data: doc.toJS() as Record<string, unknown>, date: episode.date };
}

const EMPTY = ["", '""', "''", "~", "null", "Null", "NULL"];

describe("a template's empty date", () => {
  it("is filled with the form's date for every way YAML writes none, with or without a comment", () => {
    fc.assert(
      fc.property(fc.constantFrom(...EMPTY), fc.constantFrom("", " ", "\t", "   "), fc.option(fc.constantFrom("# YYYY-MM-DD", "#", "# set: me # twice"), { nil: undefined }), (value, space, comment) => {
        const line = `date:${space}${value}${comment === undefined ? "" : ` ${comment}`}`;
        // The template itself reads as no date: the case this rule is for.
        const read = (parseDocument(line).toJS() as Record<string, unknown> | null)?.date ?? null;
        expect(read === null || read === "", line).toBe(true);
        const out = plan(`---\ntitle: {{title}}\n${line}\n---\nGuest:: \n`);
        expect(out.errors, out.content).toBe(0);
        expect(out.date, out.content).toBe("2025-06-20");
        expect(out.content).toContain(`\ndate: 2025-06-20${comment === undefined ? "" : ` ${comment}`}\n`);
      }),
      { numRuns: 300 },
    );
  });

  it("leaves a date the template wrote, a value that is not empty, and a nested date alone", () => {
    for (const line of ["date: 2024-01-05", 'date: "tbd"', "date: ~#x", "date: nullish", "  date:", "Date: ~"]) {
      const text = `---\n${line}\n---\n`;
      expect(fillEmptyFields(text, { date: "2025-06-20", guests: [], guestFields: [] })).toBe(text);
    }
  });

  it("fills the first empty date only, in the frontmatter only", () => {
    const text = "---\ndate: ~\ndate:\n---\ndate:\n";
    expect(fillEmptyFields(text, { date: "2025-06-20", guests: [], guestFields: [] })).toBe("---\ndate: 2025-06-20\ndate:\n---\ndate:\n");
  });

  it("reads a long date line in linear time (n against 4n)", () => {
    const run = (text: string) => fillEmptyFields(text, { date: "2025-06-20", guests: [], guestFields: [] });
    expect(bestGrowth(run, whole((n) => `---\ndate:${" ".repeat(n)}x\n---\n`), 20_000, 8)).toBeLessThan(8);
    expect(bestGrowth(run, whole((n) => `---\ndate:${" #".repeat(n)}\n---\n`), 20_000, 8)).toBeLessThan(8);
  });
});
