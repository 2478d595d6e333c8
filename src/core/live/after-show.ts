// After the show: whether an episode's chapters are missing or would be refused by
// YouTube (a warning like the others in the sidebar), and which after-show item the
// plugin may tick for the host once valid chapters exist (only when the host turned
// that on: a checklist is never touched uninvited).
import type { EpisodeSummary } from "../types";
import type { EpisodeRecord } from "../vault/episode-record";
import type { OpenTask } from "../vault/open-items";
import type { TaskRef } from "../tick/task-ref";
import type { Alert } from "../status/status";
import { MIN_CHAPTERS } from "./youtube";
import { asksToWriteChapters } from "./chapter-task";

/** An after-show item about chapters: "Add timestamps to the video (at least four)." */
const CHAPTER_TASK = /\b(timestamps?|chapters?|cap[ií]tulos|marcas de tiempo)\b/i;

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
};

/** "(at least four)", "(minimo 4)": the number of chapters the item itself asks for. */
export function chaptersAskedFor(text: string): number {
  const m = /\b(?:at least|minimum|min\.?|m[ií]nimo|al menos)\s+(\d{1,3}|[a-zé]+)/i.exec(text);
  const word = m?.[1]?.toLowerCase() ?? "";
  const n = /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? 0);
  return Math.max(MIN_CHAPTERS, n);
}

/** An item's text is about timestamps or chapters (the reader sets `asksForChapters` with it). */
export function isChapterTask(text: string): boolean {
  return CHAPTER_TASK.test(text);
}

/** The show does chapters: it has a Timestamps section, an after-show item about them, or went live here. */
export function wantsChapters(episode: EpisodeSummary): boolean {
  return episode.timestampsLine !== null || episode.live.start !== null || episode.asksForChapters;
}

/** The sidebar's warning for a past (or ended) episode; none while the show is ahead. */
export function chapterAlerts(episode: EpisodeSummary, over: boolean): Alert[] {
  if (!over || !wantsChapters(episode)) return [];
  if (episode.chapters.length === 0) return [{ severity: "soon", message: "No chapters yet" }];
  const problem = episode.chapterProblems[0];
  if (problem) {
    const more = episode.chapterProblems.length - 1;
    return [{ severity: "late", message: `YouTube would refuse the chapters: ${problem.message}${more > 0 ? ` (and ${more} more)` : ""}` }];
  }
  return [];
}

/**
 * The open after-show item that valid chapters now satisfy, or null. Only once the show is
 * over, only an item asking for the chapters to be written into the video (chapter-task.ts),
 * only when the chapters reach the number it asks for, and only when it is the one such
 * open item: with two, which one the chapters satisfy is the host's call, so none is ticked.
 */
export function chapterTaskToTick(episode: EpisodeRecord, over: boolean): { task: OpenTask; ref: TaskRef } | null {
  if (!over || episode.chapters.length === 0 || episode.chapterProblems.length > 0) return null;
  const tasks = episode.open.tasks();
  const candidates = chapterCandidates(episode, tasks);
  const at = candidates.length === 1 ? (candidates[0] ?? -1) : -1;
  const task = tasks[at];
  if (!task || episode.chapters.length < chaptersAskedFor(task.text)) return null;
  const ref = episode.open.refs(episode.sections)[at];
  return ref ? { task, ref } : null;
}

/** Where in `tasks` the open after-show items asking for the chapters in the video are. */
function chapterCandidates(episode: EpisodeRecord, tasks: readonly OpenTask[]): number[] {
  const candidates: number[] = [];
  tasks.forEach((t, i) => {
    if (episode.sections[t.section]?.phase === "after" && asksToWriteChapters(t.text)) candidates.push(i);
  });
  return candidates;
}

/**
 * The texts of the open items the auto-tick would have ticked but for each other: two or
 * more items asking for the chapters once valid chapters are there. Empty otherwise. The
 * host who turned the auto-tick on is told why nothing was ticked, not left to wonder.
 */
export function chapterItemsInDoubt(episode: EpisodeRecord, over: boolean): string[] {
  if (!over || episode.chapters.length === 0 || episode.chapterProblems.length > 0) return [];
  const tasks = episode.open.tasks();
  const candidates = chapterCandidates(episode, tasks);
  return candidates.length < 2 ? [] : candidates.map((i) => tasks[i]?.text ?? "");
}
