// YouTube's chapter rules, one at a time, each naming the line to fix; and the lines
// in YouTube's own form.
import { describe, expect, it } from "vitest";
import { youtubeLines, youtubeProblems } from "../../../src/core/live/youtube";
import type { Chapter } from "../../../src/core/live/chapters";
import { formatTimecode } from "../../../src/core/live/timecode";

function chapters(...list: [number, string][]): Chapter[] {
  return list.map(([seconds, title], i) => ({ at: formatTimecode(seconds), seconds, title, line: 10 + i }));
}

describe("youtubeProblems", () => {
  it("accepts three chapters from 0:00, in order, each 10 s or longer", () => {
    expect(youtubeProblems(chapters([0, "Intro"], [10, "Guest"], [20, "Demo"]))).toEqual([]);
  });

  it("says there are no chapters", () => {
    expect(youtubeProblems([])).toEqual([{ line: null, message: "No chapters yet." }]);
  });

  it("wants the first at 0:00", () => {
    expect(youtubeProblems(chapters([5, "Intro"], [60, "Guest"], [120, "Demo"]))).toEqual([
      { line: 10, message: "Line 11: the first chapter starts at 00:00:05; YouTube needs the first one at 0:00." },
    ]);
  });

  it("wants at least three", () => {
    expect(youtubeProblems(chapters([0, "Intro"], [60, "Guest"]))).toEqual([{ line: null, message: "Only 2 chapters; YouTube needs at least 3." }]);
  });

  it("wants them in order", () => {
    expect(youtubeProblems(chapters([0, "Intro"], [120, "Demo"], [60, "Guest"]))).toEqual([
      { line: 12, message: "Line 13: 00:01:00 comes before the chapter above it (00:02:00); YouTube needs the times in order." },
    ]);
  });

  it("wants each at least 10 s long, and names the short one", () => {
    expect(youtubeProblems(chapters([0, "Intro"], [9, "Guest"], [60, "Demo"]))).toEqual([
      { line: 10, message: "Line 11: “Intro” lasts 9 s, until line 12 (00:00:09 Guest); YouTube needs at least 10 s per chapter: remove one of the two, or give line 12 a time from 00:00:10 on." },
    ]);
  });

  it("checks the last chapter against the recorded length when it is known", () => {
    const list = chapters([0, "Intro"], [60, "Guest"], [3595, "Bye"]);
    expect(youtubeProblems(list, 3600)).toEqual([
      { line: 12, message: "Line 13: “Bye” starts less than 10 s before the show ended (01:00:00); YouTube needs at least 10 s per chapter." },
    ]);
    expect(youtubeProblems(list, 3590)[0]?.message).toContain("starts after the show ended");
    expect(youtubeProblems(list, 3605)).toEqual([]);
    expect(youtubeProblems(list, null)).toEqual([]);
  });
});

describe("youtubeLines", () => {
  it("writes YouTube's form with plain-text titles", () => {
    expect(youtubeLines(chapters([0, "Intro"], [754, "What is **eBPF**?"], [3765, "Q&A with [[Ann Lee|Ann]]"]))).toEqual([
      "0:00 Intro",
      "12:34 What is eBPF?",
      "1:02:45 Q&A with Ann",
    ]);
  });
});
