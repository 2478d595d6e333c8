// A reschedule renames a note by its date only where a date stands: never inside a longer
// number ("26" of {{date:YY}} inside "OH 126", "0105" inside "20105").
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renamedForDate } from "../../../src/core/reschedule/file-name";

const rename = (basename: string, pattern: string, oldDate: string, newDate: string) => renamedForDate(`Show/${basename}.md`, basename, pattern, oldDate, newDate);

describe("the old date inside a longer number", () => {
  it("is not the date: 'OH 126 - 26' changes its date, not its number", () => {
    expect(rename("OH 126 - 26 - Logs", "{{code}} {{number}} - {{date:YY}} - {{topic}}", "2026-01-05", "2027-01-05")).toEqual({ rename: true, basename: "OH 126 - 27 - Logs", path: "Show/OH 126 - 27 - Logs.md" });
  });

  it("a name whose only match is inside a number keeps its name, and says so", () => {
    const change = rename("OH 126 - Logs", "{{code}} {{number}} - {{date:YY}} - {{topic}}", "2026-01-05", "2027-01-05");
    expect(change.rename).toBe(false);
    expect(change.rename ? "" : change.reason).toContain("does not show the date");
  });

  it("a date next to letters or signs is still found", () => {
    expect(rename("CCG 005 - 231130 - Intro", "{{code}} {{number}} - {{date:YYMMDD}} - {{topic}}", "2023-11-30", "2023-12-07")).toMatchObject({ rename: true, basename: "CCG 005 - 231207 - Intro" });
    expect(rename("2025-03-25-loki-cache", "{{date}}-{{topic}}", "2025-03-25", "2025-04-01")).toMatchObject({ rename: true, basename: "2025-04-01-loki-cache" });
  });

  it("no rename ever changes a digit next to the old date's place (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 9 }), (number, tail) => {
        // A number that ends with the year's digits, then the real date.
        const name = `OH ${number}26${tail} - 26 - Talk`;
        const change = rename(name, "{{code}} {{number}} - {{date:YY}} - {{topic}}", "2026-03-01", "2027-03-01");
        expect(change).toMatchObject({ rename: true, basename: `OH ${number}26${tail} - 27 - Talk` });
      }),
      { numRuns: 100 },
    );
  });
});
