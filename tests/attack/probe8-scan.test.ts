// probe8: line scans in the files probe8 owns, attacked with 80,000-character lines of one
// repeated trigger. A sweep of 15 scans × 45 triggers (date marks, timecodes, `::`, `%%`,
// `<!--`, `[[`, tabs, `(`, …) timed each at 20,000 and 80,000 characters; the pairs that
// looked slow there are measured here properly (n against 4n, best of several runs). All held.
import { describe, expect, it } from "vitest";
import { readLineDue } from "../../src/core/deadlines/line-due";
import { readChapterLine } from "../../src/core/live/chapters";
import { trailingFieldsStart } from "../../src/core/deadlines/trailing-fields";
import { safeFileName } from "../../src/core/new-episode/naming";
import { isPlaceholderTitle } from "../../src/core/status/placeholders";
import { parseBreak } from "../../src/core/deadlines/breaks";
import { planningMarks } from "../../src/core/reschedule/planning-dates";
import { bestGrowth, whole } from "../support/growth";

const LIMIT = 8;
const cases: [string, (s: string) => unknown, string][] = [
  ["readLineDue", readLineDue, "📅 2025-01-01 "],
  ["readChapterLine", (s) => readChapterLine(s, 1, 0), "00:"],
  ["trailingFieldsStart", (s) => trailingFieldsStart(s, []), "::"],
  ["trailingFieldsStart", (s) => trailingFieldsStart(s, []), "%%"],
  ["safeFileName", safeFileName, "+1d "],
  ["isPlaceholderTitle", isPlaceholderTitle, "("],
  ["parseBreak", parseBreak, "2024-01-01.."],
  ["planningMarks", planningMarks, "⏳ "],
];

describe("a line of one repeated trigger is read in linear time", () => {
  for (const [name, run, trigger] of cases) {
    it(`${name}: ${JSON.stringify(trigger)} repeated`, () => {
      const make = whole((n) => trigger.repeat(Math.ceil(n / trigger.length)));
      expect(bestGrowth(run, make, 16000, LIMIT)).toBeLessThan(LIMIT);
    });
  }
});
