// YouTube's chapter rules, checked before the host pastes the list: YouTube refuses the
// whole list silently when one rule is broken, so each message names the line to fix.
// Rules (YouTube Help, "Video chapters"): the first chapter starts at 0:00, there are at
// least three, they go up in time, and each lasts at least 10 seconds.
import type { Chapter, ChapterProblem } from "./chapters";
import { formatTimecode, youtubeTimecode } from "./timecode";
import { chapterTitleText } from "./chapter-title";

export const MIN_CHAPTERS = 3;
export const MIN_CHAPTER_SECONDS = 10;

/**
 * Why YouTube would refuse these chapters; empty when it would take them.
 * `videoSeconds`, when known (the show's recorded length), also checks the last one.
 */
export function youtubeProblems(chapters: readonly Chapter[], videoSeconds: number | null = null): ChapterProblem[] {
  const problems: ChapterProblem[] = [];
  const first = chapters[0];
  if (!first) return [{ line: null, message: "No chapters yet." }];
  if (first.seconds !== 0) {
    problems.push({
      line: first.line,
      message: `Line ${first.line + 1}: the first chapter starts at ${first.at}; YouTube needs the first one at 0:00.`,
    });
  }
  if (chapters.length < MIN_CHAPTERS) {
    problems.push({
      line: null,
      message: `Only ${chapters.length} chapter${chapters.length === 1 ? "" : "s"}; YouTube needs at least ${MIN_CHAPTERS}.`,
    });
  }
  for (let i = 1; i < chapters.length; i++) {
    const before = chapters[i - 1];
    const chapter = chapters[i];
    if (!before || !chapter) continue;
    const where = `Line ${chapter.line + 1}`;
    if (chapter.seconds === before.seconds && sameTitle(chapter.title, before.title)) {
      problems.push({ line: chapter.line, message: `${where} repeats line ${before.line + 1} (${chapter.at} ${chapter.title}); remove one.` });
    } else if (chapter.seconds < before.seconds) {
      problems.push({
        line: chapter.line,
        message: `${where}: ${chapter.at} comes before the chapter above it (${before.at}); YouTube needs the times in order.`,
      });
    } else if (chapter.seconds - before.seconds < MIN_CHAPTER_SECONDS) {
      problems.push({
        line: before.line,
        // Both lines named, and the fix: a bare "lasts 5 s" left the host to find the second one.
        message: `Line ${before.line + 1}: “${before.title}” lasts ${chapter.seconds - before.seconds} s, until line ${chapter.line + 1} (${chapter.at} ${chapter.title}); YouTube needs at least ${MIN_CHAPTER_SECONDS} s per chapter: remove one of the two, or give line ${chapter.line + 1} a time from ${formatTimecode(before.seconds + MIN_CHAPTER_SECONDS)} on.`,
      });
    }
  }
  // Judged as written out (youtubeLines): a title that is only a comment or a block id
  // (the host's private mark on a stretch to cut) leaves YouTube a time with no title.
  for (const chapter of chapters) {
    if (chapter.title.trim() !== "" && chapterTitleText(chapter.title).trim() === "") {
      problems.push({ line: chapter.line, message: `Line ${chapter.line + 1}: the chapter has no title once its comment is left out (the video would show none); give it one, or remove the line.` });
    }
  }
  const last = chapters[chapters.length - 1];
  if (last && videoSeconds !== null && chapters.length > 1 && videoSeconds - last.seconds < MIN_CHAPTER_SECONDS) {
    problems.push({
      line: last.line,
      message: `Line ${last.line + 1}: “${last.title}” starts ${videoSeconds - last.seconds < 0 ? "after the show ended" : "less than 10 s before the show ended"} (${formatTimecode(videoSeconds)}); YouTube needs at least ${MIN_CHAPTER_SECONDS} s per chapter.`,
    });
  }
  return problems;
}

function sameTitle(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The lines for the video description, in YouTube's own form (`0:00 Intro`, `1:02:45 Q&A`),
 * titles as the reading view shows them (chapter-title.ts): a description shows `[[links]]`
 * and `**bold**` as typed, and would show a comment or block id to everyone.
 */
export function youtubeLines(chapters: readonly Chapter[]): string[] {
  return chapters.map((c) => `${youtubeTimecode(c.seconds)} ${chapterTitleText(c.title)}`);
}
