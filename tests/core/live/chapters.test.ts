// Reading chapters from the Timestamps section: the real notes (GOH 16 filled, the empty
// and one-line sections of the others), every form the issue lists, and each kind of bad
// line, with the line each problem names.
import { describe, expect, it } from "vitest";
import { timestampHeadingMatcher } from "../../../src/core/live/chapters";
import { AA37, CCG005, GOH16, GOH16_CHAPTERS, GOH25, GOH30, LOGGING03, LOKI_CACHE, LOKI_ROAD, fiveShows, liveNote } from "./fixtures";
import { readNote } from "../../support/notes";

function read(text: string, path = "Episode.md") {
  return readNote(path, text);
}

describe("the real notes", () => {
  it("reads GOH 16's eighteen chapters, valid for YouTube", () => {
    const episode = read(fiveShows(GOH16), GOH16);
    expect(episode.timestampsLine).toBe(129);
    expect(episode.chapters.map((c) => [c.at, c.seconds, c.title])).toEqual(GOH16_CHAPTERS);
    expect(episode.chapters.map((c) => c.line)).toEqual(GOH16_CHAPTERS.map((_, i) => 131 + i));
    expect(episode.chapterProblems).toEqual([]);
  });

  it("finds the empty sections of GOH 25 and A&A 37 and reads no chapter from them", () => {
    for (const [path, line] of [[GOH25, 34], [AA37, 28]] as const) {
      const episode = read(fiveShows(path), path);
      expect([path, episode.timestampsLine, episode.chapters, episode.chapterProblems]).toEqual([path, line, [], []]);
    }
  });

  it("reads the one-line sections under ### Timestamps and says why YouTube would refuse one chapter", () => {
    for (const [path, heading] of [[GOH30, 115], [LOGGING03, 107], [LOKI_CACHE, 165], [LOKI_ROAD, 97]] as const) {
      const episode = read(fiveShows(path), path);
      expect(episode.timestampsLine).toBe(heading);
      expect(episode.chapters).toEqual([{ at: "00:00:00", seconds: 0, title: "Introductions", line: heading + 2 }]);
      expect(episode.chapterProblems).toEqual([{ line: null, message: "Only 1 chapter; YouTube needs at least 3." }]);
    }
  });

  it("has no Timestamps section in CCG 005, and no problem for it", () => {
    const episode = read(fiveShows(CCG005), CCG005);
    expect([episode.timestampsLine, episode.chapters, episode.chapterProblems]).toEqual([null, [], []]);
  });
});

describe("chapter forms", () => {
  it("reads 0:00, - 01:30, [00:12:34] and * 1:02:45 - Title; skips comments and quoted instructions", () => {
    const episode = read(liveNote("forms.md"));
    expect(episode.chapters).toEqual([
      { at: "00:00:00", seconds: 0, title: "Intro", line: 12 },
      { at: "00:01:30", seconds: 90, title: "Who is Ann?", line: 13 },
      { at: "00:12:34", seconds: 754, title: "What is eBPF?", line: 14 },
      { at: "01:02:45", seconds: 3765, title: "Questions from the chat", line: 15 },
    ]);
    expect(episode.chapterProblems).toEqual([]);
  });

  it("reads a section inside a callout, which ends with the callout", () => {
    const episode = read(liveNote("callout.md"));
    expect(episode.chapters.map((c) => [c.at, c.title, c.line])).toEqual([
      ["00:00:00", "Intro", 6],
      ["00:02:00", "Eve joins", 7],
      ["00:05:00", "The demo", 8],
    ]);
    expect(episode.chapterProblems).toEqual([]);
  });

  it("reads the same chapters from CRLF lines and after a byte order mark", () => {
    const lf = liveNote("forms.md");
    const crlf = `\ufeff${lf.replace(/\n/g, "\r\n")}`;
    expect(read(crlf).chapters).toEqual(read(lf).chapters);
  });

  it("takes the section's name from the settings, compared like phase headings", () => {
    const text = "# T\n\nGuest:: A\n\n## Kapitel (YouTube)\n\n0:00 Start\n";
    expect(read(text).chapters).toEqual([]);
    const episode = readNote("T.md", text, { isTimestampHeading: timestampHeadingMatcher(["Kapitel"]) });
    expect(episode.chapters).toEqual([{ at: "00:00:00", seconds: 0, title: "Start", line: 6 }]);
  });
});

describe("bad input", () => {
  it("names each malformed line and keeps the good ones", () => {
    const episode = read(liveNote("malformed.md"));
    expect(episode.chapters.map((c) => [c.at, c.title])).toEqual([
      ["00:00:00", "Intro"],
      ["00:20:00", "Demo"],
    ]);
    expect(episode.chapterProblems.map((p) => [p.line, p.message])).toEqual([
      [7, "Line 8: “00:99:00” has minutes or seconds above 59."],
      [8, "Line 9: “1:2:3:4” is not a time like 00:04:04 or 4:04."],
      [9, "Line 10: “Introductions” has no time at the start; a chapter line looks like 00:04:04 Title."],
      [10, "Line 11: 00:10:00 has no title after it."],
      [11, "Line 12: “[00:15:00 No closing bracket” opens a [ before the time but does not close it after."],
      [12, "Line 13: “00:16:00Title without a space” needs a space between the time and the title."],
      [null, "Only 2 chapters; YouTube needs at least 3."],
    ]);
  });

  it("reads duplicate times and times going back, and says which line breaks YouTube's rules", () => {
    const episode = read(liveNote("duplicates.md"));
    expect(episode.chapters).toHaveLength(6);
    expect(episode.chapterProblems.map((p) => p.message)).toEqual([
      "Line 9 repeats line 8 (00:05:00 Setup); remove one.",
      "Line 9: “Setup” lasts 4 s, until line 10 (00:05:04 Too short); YouTube needs at least 10 s per chapter: remove one of the two, or give line 10 a time from 00:05:10 on.",
      "Line 11: 00:04:00 comes before the chapter above it (00:05:04); YouTube needs the times in order.",
    ]);
  });

  it("does not take a heading inside a code block for the section, nor read chapter lines inside one", () => {
    const episode = read(liveNote("fenced.md"));
    expect(episode.timestampsLine).toBe(9);
    expect(episode.chapters).toEqual([]);
    expect(episode.chapterProblems).toEqual([
      { line: 12, message: "Line 13 is inside a code block, so it is not read as a chapter." },
      { line: 13, message: "Line 14 is inside a code block, so it is not read as a chapter." },
    ]);
  });

  it("reads the first of several Timestamps sections and points at the others", () => {
    const episode = read(liveNote("several-headings.md"));
    expect(episode.chapters.map((c) => c.title)).toEqual(["Intro", "Guest", "Demo"]);
    expect(episode.chapterProblems).toEqual([
      { line: 14, message: "Line 15 is a second Timestamps heading; only the section on line 5 is read. Keep one." },
    ]);
  });
});
