// After the show: whether an episode's chapters are missing or would be refused by
// YouTube (a warning like the others in the sidebar), and which after-show item the
// plugin may tick for the host once valid chapters exist (only when the host turned
// that on: a checklist is never touched uninvited).
import type { Episode, TaskItem } from "../types";
import type { Alert } from "../status/status";
import { MIN_CHAPTERS } from "./youtube";

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

function chapterTasks(episode: Episode): TaskItem[] {
  return episode.tasks.filter((t) => episode.sections[t.section]?.phase === "after" && CHAPTER_TASK.test(t.text));
}

/** The show does chapters: it has a Timestamps section, an after-show item about them, or went live here. */
export function wantsChapters(episode: Episode): boolean {
  return episode.timestampsLine !== null || episode.live.start !== null || chapterTasks(episode).length > 0;
}

/** The sidebar's warning for a past (or ended) episode; none while the show is ahead. */
export function chapterAlerts(episode: Episode, over: boolean): Alert[] {
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
 * The open after-show item about chapters that valid chapters now satisfy, or null. Only
 * once the show is over, and only when the chapters reach the number the item asks for.
 */
export function chapterTaskToTick(episode: Episode, over: boolean): TaskItem | null {
  if (!over || episode.chapters.length === 0 || episode.chapterProblems.length > 0) return null;
  return chapterTasks(episode).find((t) => t.state === "open" && episode.chapters.length >= chaptersAskedFor(t.text)) ?? null;
}
