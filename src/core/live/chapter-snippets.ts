// The chapter placeholders of the snippets. `{{timestamps}}` gives the note's chapters
// when it has some, else the talking points as an outline whose times the host fills in
// (marked ==[m:ss]==, never a column of identical 00:00:00 that looks filled).
// `{{youtubeChapters}}` is filled only when YouTube would accept the chapters; otherwise
// the snippet is refused with the reason. `{{chaptersBlock}}` is the description's
// "Timestamps:" part, left out when there are no chapters.
//
// The block goes into the show's description, so it is written in the snippet's language
// (Spanish for a Spanish one, chapter-reasons-es.ts); the refusal is the plugin's own
// notice, in English like the rest of its interface and the live view.
import type { Episode } from "../types";
import { talkingPoints } from "../snippets/talking-points";
import { plainText } from "../text/plain";
import { youtubeLines } from "./youtube";
import { blank } from "../new-episode/template/episode-values";
import { spanishChapterProblem } from "./chapter-reasons-es";

export interface ChapterFields {
  fields: { timestamps: string; youtubechapters: string; chaptersblock: string };
  /** Set when YouTube would refuse the chapters: why (in English, for the notice). */
  refusal: string | null;
}

/** The languages the block is written in. */
export type ChapterLanguage = "en" | "es";

interface Words {
  heading: string;
  refused: string;
  noSection: string;
  noLines: (line: number) => string;
  more: (count: number) => string;
  problem: (message: string) => string;
}

const ENGLISH: Words = {
  heading: "Timestamps:",
  refused: "YouTube will not show these as chapters:",
  noSection: "The note has no Timestamps section yet; log chapters during the show or write lines like 00:04:04 Title under a Timestamps heading.",
  noLines: (line) => `The Timestamps section (line ${line}) has no chapter lines yet.`,
  more: (count) => ` (${count} more problem${count === 1 ? "" : "s"}: see the live view or the report)`,
  problem: (message) => message,
};

// Neutral Latin-American Spanish, as the Spanish snippets (spanish-snippets.ts).
const SPANISH: Words = {
  heading: "Capítulos:",
  refused: "YouTube no va a mostrar estos capítulos:",
  noSection:
    "La nota todavía no tiene una sección de capítulos; registra los capítulos durante el show o escribe líneas como 00:04:04 Título bajo un encabezado Capítulos.",
  noLines: (line) => `La sección de capítulos (línea ${line}) todavía no tiene líneas de capítulos.`,
  more: (count) => ` (${count === 1 ? "1 problema más" : `${count} problemas más`}: revísalos en la vista en vivo o en el reporte)`,
  problem: spanishChapterProblem,
};

export function chapterFields(episode: Episode, noteText: string, language: ChapterLanguage = "en"): ChapterFields {
  const chapters = youtubeLines(episode.chapters);
  const valid = chapters.length > 0 && episode.chapterProblems.length === 0;
  const words = language === "es" ? SPANISH : ENGLISH;
  let timestamps: string;
  if (chapters.length > 0) timestamps = chapters.join("\n");
  else {
    const points = talkingPoints(noteText).map(plainText);
    timestamps = points.map((p, i) => `${i === 0 ? "0:00" : blank("m:ss")} ${p}`).join("\n");
  }
  let block = "";
  if (valid) block = `\n\n${words.heading}\n${chapters.join("\n")}`;
  else if (chapters.length > 0) block = `\n\n${words.heading}\n${blank(`${words.refused} ${refusalOf(episode, words)}`)}\n${chapters.join("\n")}`;
  return { fields: { timestamps, youtubechapters: valid ? chapters.join("\n") : "", chaptersblock: block }, refusal: valid ? null : refusalOf(episode, ENGLISH) };
}

function refusalOf(episode: Episode, words: Words): string {
  if (episode.chapters.length === 0) return episode.timestampsLine === null ? words.noSection : words.noLines(episode.timestampsLine + 1);
  const [first, ...rest] = episode.chapterProblems;
  return `${first ? words.problem(first.message) : ""}${rest.length > 0 ? words.more(rest.length) : ""}`;
}
