// The GOH team's template keeps `00:00:00 Introductions` in its Timestamps section. A first
// log in the first seconds used to go in below it (`00:00:05 What is Grafana Agent?`), and
// the YouTube check then flagged a 5 s chapter. A log less than 10 s after the chapter
// before it now takes that line over at its time; undo puts the line back byte for byte.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits, planLog, planUndo, viewNote } from "../../../src/core/live/edits";
import { DEFAULT_TIMESTAMP_HEADINGS, timestampHeadingMatcher } from "../../../src/core/live/chapters";
import { youtubeProblems } from "../../../src/core/live/youtube";
import { formatTimecode } from "../../../src/core/live/timecode";
import { fiveShows } from "./fixtures";

const NAMES = DEFAULT_TIMESTAMP_HEADINGS;
const isHeading = timestampHeadingMatcher(NAMES);
const TEMPLATE = fiveShows("templates/GOH checklist.md");

function logged(text: string, seconds: number, title: string) {
  const plan = planLog(viewNote(text, isHeading), { seconds, title }, NAMES);
  if (!plan.ok) throw new Error(plan.reason);
  return { ...plan, text: applyEdits(text, plan.edits) };
}

function undone(text: string, log: { line: number; lineText: string; replaced?: { lineText: string } }): string {
  const plan = planUndo(viewNote(text, isHeading), log);
  if (!plan.ok) throw new Error(plan.reason);
  return applyEdits(text, plan.edits);
}

const chaptersOf = (text: string) => viewNote(text, isHeading).reading.section?.chapters ?? [];

describe("the GOH template's 00:00:00 Introductions and a first log at 0:05", () => {
  it("the log takes the line over at 00:00:00: no 5 s chapter for YouTube to refuse", () => {
    const log = logged(TEMPLATE, 5, "What is Grafana Agent?");
    expect(log.text).toBe(TEMPLATE.replace("\n00:00:00 Introductions\n", "\n00:00:00 What is Grafana Agent?\n"));
    expect(log.replaced).toEqual({ lineText: "00:00:00 Introductions", title: "Introductions", at: "00:00:00" });
    expect(chaptersOf(log.text).map((c) => [c.at, c.title])).toEqual([["00:00:00", "What is Grafana Agent?"]]);
    const next = logged(log.text, 600, "Demo");
    const last = logged(next.text, 1200, "Q&A");
    expect(youtubeProblems(chaptersOf(last.text))).toEqual([]);
  });

  it("undo puts Introductions back, byte for byte", () => {
    const log = logged(TEMPLATE, 5, "What is Grafana Agent?");
    expect(undone(log.text, log)).toBe(TEMPLATE);
  });

  it("a log 10 s or more after it goes in below, as before", () => {
    const log = logged(TEMPLATE, 10, "What is Grafana Agent?");
    expect(log.replaced).toBeUndefined();
    expect(log.text).toBe(TEMPLATE.replace("\n00:00:00 Introductions\n", "\n00:00:00 Introductions\n00:00:10 What is Grafana Agent?\n"));
  });

  it("a second log a moment after the first (the wrong point, then the right one) takes its place, and undo gives the first back", () => {
    const first = logged(TEMPLATE, 600, "Demo");
    const second = logged(first.text, 604, "Questions from the chat");
    expect(second.text).toBe(first.text.replace("\n00:10:00 Demo\n", "\n00:10:00 Questions from the chat\n"));
    expect(undone(second.text, second)).toBe(first.text);
  });

  it("keeps the line's own look: list marker, brackets, the separator before the title", () => {
    const text = "# Ep\n\n## Timestamps\n\n* [00:00] - Introductions\n\n## Notes\n";
    const log = logged(text, 3, "Welcome");
    expect(log.text).toBe("# Ep\n\n## Timestamps\n\n* [00:00] - Welcome\n\n## Notes\n");
    expect(undone(log.text, log)).toBe(text);
  });
});

describe("for any valid chapter list and any log", () => {
  const gaps = fc.array(fc.integer({ min: 10, max: 900 }), { minLength: 0, maxLength: 6 });
  const titles = fc.constantFrom("Intro", "Demo", "Questions", "Wrap-up", "What is Loki?", "Q&A");

  it("the chapter before the logged line still lasts 10 s or more, no line is added when one is taken over, and undo gives the note back", () => {
    fc.assert(
      fc.property(gaps, fc.integer({ min: 0, max: 6000 }), titles, (steps, at, title) => {
        let s = 0;
        const times = [0, ...steps.map((g) => (s += g))];
        const text = `# Ep\n\n## Timestamps\n\n${times.map((t, i) => `${formatTimecode(t)} Chapter ${i}`).join("\n")}\n\n## Notes\n`;
        const log = logged(text, at, title);
        const chapters = chaptersOf(log.text);
        for (let i = 1; i < chapters.length; i++) {
          const gap = (chapters[i]?.seconds ?? 0) - (chapters[i - 1]?.seconds ?? 0);
          // Only the line after the new one may be near it (a log just before a chapter): never the one before.
          if (chapters[i]?.line === log.line) expect(gap).toBeGreaterThanOrEqual(10);
        }
        expect(chapters).toHaveLength(log.replaced ? times.length : times.length + 1);
        expect(undone(log.text, log)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
