// FIXED (lead, this stop: youtubeProblems judges a title as written out).
// review5: this stop made the video description's titles "as the reading view shows them"
// (src/core/live/chapter-title.ts: a `%% … %%` or `<!-- … -->` comment and a block id
// dropped) in youtubeLines (src/core/live/youtube.ts:72), but left youtubeProblems (the
// same file, line 16) judging the title as written. A chapter line whose title is only a
// comment, the host's private mark on a stretch to cut ("00:02:00 %% sponsor read %%"),
// then passes every check, the live view offers the list as ready for YouTube (and the
// opt-in auto-tick ticks "Add timestamps to the video"), and the description gets a line
// with a time and no title: "2:00 ".
// Fix: judge what is written out. youtubeProblems reads each title through
// chapterTitleText once, says "Line 9: the chapter has no title once its comment is left
// out (the video would show none)", and compares titles (sameTitle) as shown.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { viewNote } from "../../src/core/live/edits";
import { youtubeLines, youtubeProblems } from "../../src/core/live/youtube";
import type { Chapter } from "../../src/core/live/chapters";

function chaptersOf(lines: readonly string[]): Chapter[] {
  const text = ["---", "date: 2025-06-06", "---", "# OH 07", "", "## Timestamps", "", ...lines, ""].join("\n");
  const reading = viewNote(text, (heading) => /timestamps/i.test(heading)).reading;
  return reading.section?.chapters ?? [];
}

/** The chapters YouTube would get with no title. */
const untitled = (chapters: readonly Chapter[]) => youtubeLines(chapters).filter((line) => /^\S+\s*$/.test(line));

describe("review5: chapters judged valid are written with their titles", () => {
  it("guard: plain titles are valid and written as they are", () => {
    const chapters = chaptersOf(["00:00:00 Intro", "00:02:00 Tracing 101", "00:20:00 Demo"]);
    expect(youtubeProblems(chapters)).toEqual([]);
    expect(youtubeLines(chapters)).toEqual(["0:00 Intro", "2:00 Tracing 101", "20:00 Demo"]);
  });

  const commented = chaptersOf(["00:00:00 Intro", "00:02:00 %% sponsor read, cut %%", "00:20:00 Demo", "00:30:00 <!-- Q&A -->"]);

  it("guard: those lines are chapters, and would be written with no title", () => {
    expect(commented).toHaveLength(4);
    expect(untitled(commented)).toEqual(["2:00 ", "30:00 "]);
  });

  it("a title that is only a comment is a problem, named by its line", () => {
    expect(youtubeProblems(commented).map((p) => p.line)).toEqual([8, 10]);
  });

  it("for any titles: no problem said means every written line has a title", () => {
    const title = fc.oneof(fc.constantFrom("Intro", "Demo", "Q&A", "**Bold**"), fc.constantFrom("%% cut %%", "<!-- todo -->", "%%private%%"));
    fc.assert(
      fc.property(fc.array(title, { minLength: 3, maxLength: 6 }), (titles) => {
        const chapters = chaptersOf(titles.map((t, i) => `00:${String(i * 5).padStart(2, "0")}:00 ${t}`));
        if (youtubeProblems(chapters).length === 0) expect(untitled(chapters)).toEqual([]);
      }),
    );
  });
});
