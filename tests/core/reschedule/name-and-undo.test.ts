// The rest of a reschedule's plan: the new file name (the date in it replaced in place,
// as the show's pattern writes it), and the helpers undo relies on: edits that turn a
// text back into another, and the index note's list put back only when untouched.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dateFormats, renamedForDate } from "../../../src/core/reschedule/file-name";
import { episodeListBlock, lineEdits, restoreBlock } from "../../../src/core/reschedule/undo";
import { applyEdits } from "../../../src/core/live/edits";
import { BLOCK_END, BLOCK_START } from "../../../src/core/index-note/index-note";

describe("the new file name", () => {
  it("reads the pattern's date formats", () => {
    expect(dateFormats("{{code}} {{number}} - {{date:YYMMDD}} - {{topic}}")).toEqual(["YYMMDD"]);
    expect(dateFormats("{{date}}-{{topic}}")).toEqual(["YYYY-MM-DD"]);
    expect(dateFormats("{{code}} {{number}} - {{topic}}, with {{guests}}")).toEqual([]);
  });

  it("replaces the old date where the name shows it, keeping the rest as typed", () => {
    expect(renamedForDate("CafeConGrafana/Episodes/CCG 012 - 240215 - TBD.md", "CCG 012 - 240215 - TBD", "{{code}} {{number}} - {{date:YYMMDD}} - {{topic}}", "2024-02-15", "2024-02-22")).toEqual({
      rename: true,
      basename: "CCG 012 - 240222 - TBD",
      path: "CafeConGrafana/Episodes/CCG 012 - 240222 - TBD.md",
    });
    expect(renamedForDate("Loki/2025-03-25-loki-cache.md", "2025-03-25-loki-cache", "{{date}}-{{topic}}", "2025-03-25", "2025-04-01")).toMatchObject({
      rename: true,
      path: "Loki/2025-04-01-loki-cache.md",
    });
    expect(renamedForDate("2025-03-25 Cache.md", "2025-03-25 Cache", "{{date}} {{topic}}", "2025-03-25", "2025-04-01")).toMatchObject({ path: "2025-04-01 Cache.md" });
  });

  it("keeps the name when the pattern has no date, or the name does not show it once", () => {
    expect(renamedForDate("GOH/GOH 25 - X.md", "GOH 25 - X", "{{code}} {{number}} - {{topic}}", "2024-01-05", "2024-01-12")).toEqual({ rename: false, reason: null });
    expect(renamedForDate("CCG 012 - TBD.md", "CCG 012 - TBD", "{{code}} {{number}} - {{date:YYMMDD}} - {{topic}}", "2024-02-15", "2024-02-22")).toEqual({
      rename: false,
      reason: "the file name does not show the date 2024-02-15, so it was kept",
    });
    expect(renamedForDate("240215 - 240215.md", "240215 - 240215", "{{date:YYMMDD}} - {{topic}}", "2024-02-15", "2024-02-22")).toEqual({
      rename: false,
      reason: "the file name shows the date 2024-02-15 more than once, so it was kept",
    });
    expect(renamedForDate("X.md", "X", "{{date}}", null, "2024-02-22")).toEqual({ rename: false, reason: "the file name has no date to change" });
  });
});

describe("edits that turn one text into another", () => {
  const lines = fc.array(fc.constantFrom("date: 2026-11-27", "- [ ] A 📅 2026-11-20", "", "text", "time: 13:00", "---", "😀 x"), { maxLength: 12 });

  it("give exactly the target text, whatever was added, removed or changed", () => {
    fc.assert(
      fc.property(lines, lines, fc.constantFrom("\n", "\r\n"), fc.boolean(), (a, b, eol, trailing) => {
        fc.pre(a.length > 0 && b.length > 0);
        const from = a.join(eol) + (trailing ? eol : "");
        const to = b.join(eol) + (trailing ? eol : "");
        // A one-line text without an ending cannot say which line ending it uses.
        fc.pre(eol === "\n" || from.includes(eol));
        expect(applyEdits(from, lineEdits(from, to))).toBe(to);
      }),
      { numRuns: 500 },
    );
  });

  it("touch only the characters that differ when the lines stay", () => {
    expect(lineEdits("date: 2026-11-27\n- [ ] A 📅 2026-12-04\n", "date: 2026-11-20\n- [ ] A 📅 2026-11-27\n")).toEqual([
      { from: { line: 0, ch: 15 }, to: { line: 0, ch: 16 }, text: "0" },
      { from: { line: 1, ch: 17 }, to: { line: 1, ch: 21 }, text: "1-27" },
    ]);
  });
});

describe("the index note's list on undo", () => {
  const list = (date: string) => [BLOCK_START, "### Upcoming", "", `- ${date}: [[CCG 012]]`, "", "### Past", "", "- (none yet)", BLOCK_END].join("\n");
  const note = (date: string) => `# Café con Grafana\n\nMine.\n\n${list(date)}\n\nAlso mine.\n`;

  it("finds the list, markers included", () => {
    expect(episodeListBlock(note("2024-02-22"))).toBe(list("2024-02-22"));
    expect(episodeListBlock("# No list\n")).toBeNull();
    expect(episodeListBlock(`${list("a")}\n${list("b")}`)).toBeNull();
  });

  it("puts the old list back, leaving the rest of the note as it is now", () => {
    const now = note("2024-02-22").replace("Also mine.", "Also mine, edited since.");
    expect(restoreBlock(now, list("2024-02-22"), list("2024-02-15"))).toEqual({ ok: true, text: note("2024-02-15").replace("Also mine.", "Also mine, edited since.") });
  });

  it("refuses when the list is not the one the reschedule wrote", () => {
    expect(restoreBlock(note("2024-03-01"), list("2024-02-22"), list("2024-02-15"))).toEqual({ ok: false, reason: "the index note's episode list changed since the reschedule" });
  });
});
