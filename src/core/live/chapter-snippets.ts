// The chapter placeholders of the snippets. `{{timestamps}}` gives the note's chapters
// when it has some, else the talking points as an outline whose times the host fills in
// (marked ==[m:ss]==, never a column of identical 00:00:00 that looks filled).
// `{{youtubeChapters}}` is filled only when YouTube would accept the chapters; otherwise
// the snippet is refused with the reason. `{{chaptersBlock}}` is the description's
// "Timestamps:" part, left out when there are no chapters.
import type { Episode } from "../types";
import { talkingPoints } from "../snippets/talking-points";
import { plainText } from "../text/plain";
import { youtubeLines } from "./youtube";
import { blank } from "../new-episode/template/episode-values";

export interface ChapterFields {
  fields: { timestamps: string; youtubechapters: string; chaptersblock: string };
  /** Set when YouTube would refuse the chapters: why. */
  refusal: string | null;
}

export function chapterFields(episode: Episode, noteText: string): ChapterFields {
  const chapters = youtubeLines(episode.chapters);
  const valid = chapters.length > 0 && episode.chapterProblems.length === 0;
  const refusal = valid ? null : refusalOf(episode);
  let timestamps: string;
  if (chapters.length > 0) timestamps = chapters.join("\n");
  else {
    const points = talkingPoints(noteText).map(plainText);
    timestamps = points.map((p, i) => `${i === 0 ? "0:00" : blank("m:ss")} ${p}`).join("\n");
  }
  let block = "";
  if (valid) block = `\n\nTimestamps:\n${chapters.join("\n")}`;
  else if (chapters.length > 0) block = `\n\nTimestamps:\n${blank(`YouTube will not show these as chapters: ${refusal ?? ""}`)}\n${chapters.join("\n")}`;
  return { fields: { timestamps, youtubechapters: valid ? chapters.join("\n") : "", chaptersblock: block }, refusal };
}

function refusalOf(episode: Episode): string {
  if (episode.chapters.length === 0) {
    return episode.timestampsLine === null
      ? "The note has no Timestamps section yet; log chapters during the show or write lines like 00:04:04 Title under a Timestamps heading."
      : `The Timestamps section (line ${episode.timestampsLine + 1}) has no chapter lines yet.`;
  }
  const [first, ...rest] = episode.chapterProblems;
  return `${first?.message ?? ""}${rest.length > 0 ? ` (${rest.length} more problem${rest.length === 1 ? "" : "s"}: see the live view or the report)` : ""}`;
}
