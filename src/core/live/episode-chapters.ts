// What the episode keeps about its chapters: the list, and every problem with it (lines
// that cannot be read, and YouTube's rules, the last chapter checked against the show's
// recorded length when the note has one). Called by the note reader with the lines and
// headings it has already scanned.
import { plainChapters, readChapters, timestampHeadingMatcher, type Chapter, type ChapterProblem, type HeadingLine } from "./chapters";
import { parseInstant, type LiveMarks } from "./live-state";
import { youtubeProblems } from "./youtube";
import type { LineRange } from "../note/comments";

export const DEFAULT_TIMESTAMP_MATCHER = timestampHeadingMatcher();

export interface EpisodeChapters {
  chapters: Chapter[];
  problems: ChapterProblem[];
  heading: number | null;
}

export function episodeChapters(
  lines: readonly string[],
  headings: readonly HeadingLine[],
  isTimestampHeading: (heading: string) => boolean,
  live: LiveMarks,
  hidden: readonly LineRange[] = [],
): EpisodeChapters {
  const reading = readChapters(lines, headings, isTimestampHeading, hidden);
  const chapters = plainChapters(reading.section);
  const problems = [...reading.problems];
  if (chapters.length > 0) problems.push(...youtubeProblems(chapters, recordedSeconds(live)));
  return { chapters, problems, heading: reading.section?.heading ?? null };
}

/**
 * The show's length from `live:` to `ended:`. A value without an offset is read as UTC
 * here: both ends are in the same zone, so the difference is the same (bar a clock
 * change during the show).
 */
export function recordedSeconds(live: LiveMarks): number | null {
  if (live.start === null || live.end === null) return null;
  const start = parseInstant(live.start, "UTC");
  const end = parseInstant(live.end, "UTC");
  if (!start.ok || !end.ok || end.ms < start.ms) return null;
  return Math.floor((end.ms - start.ms) / 1000);
}
