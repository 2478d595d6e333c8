// What the live view shows for one episode, computed without any DOM: the state and the
// clock's start, the talking points (nested ones folded under their parent) marked when
// a chapter with their title exists, the "just before the show" items, the chapters so
// far and whether YouTube would take them.
import type { Episode } from "../types";
import type { Chapter, ChapterProblem } from "./chapters";
import type { ShowFormat } from "../settings/show-format";
import { talkingPointTree } from "../snippets/talking-points";
import { plainText } from "../text/plain";
import { liveState, type LiveState } from "./live-state";
import { youtubeLines } from "./youtube";
import { taskRefsOf, type TaskRef } from "../tick/task-ref";

export interface LivePoint {
  /** As the chapter title will read: plain text. */
  title: string;
  line: number;
  children: string[];
  /** The time of the chapter with this title, when logged. */
  loggedAt: string | null;
}

export interface BeforeItem {
  line: number;
  raw: string;
  /** What the safe tick finds the item by. */
  ref: TaskRef;
  text: string;
  done: boolean;
}

export interface LiveModel {
  path: string;
  title: string;
  state: LiveState;
  points: LivePoint[];
  before: BeforeItem[];
  chapters: Chapter[];
  problems: ChapterProblem[];
  /** The chapters for the description, when YouTube would accept them. */
  youtube: string[] | null;
  url: string | null;
  /** The heading the note gives its "before" items ("Recording day"), null when they have none. */
  beforeHeading: string | null;
  /** What began at Go live, in the show's own terms: a podcast records, it does not stream. */
  started: "Stream" | "Recording";
}

/** Titles compared the way a host reads them: plain text, case and spacing ignored. */
export function titleKey(title: string): string {
  return plainText(title).toLowerCase().replace(/\s+/g, " ").trim();
}

/** The note's talking points, each marked with the time of the chapter of the same title. */
export function livePoints(noteText: string, chapters: readonly Chapter[]): LivePoint[] {
  const logged = new Map<string, string>();
  for (const chapter of chapters) if (!logged.has(titleKey(chapter.title))) logged.set(titleKey(chapter.title), chapter.at);
  return talkingPointTree(noteText).map((p) => {
    const title = plainText(p.text);
    return { title, line: p.line, children: p.children.map((c) => plainText(c.text)), loggedAt: logged.get(titleKey(title)) ?? null };
  });
}

export function liveModel(episode: Episode, noteText: string, nowMs: number, timeZone: string, format: ShowFormat = "livestream"): LiveModel {
  const points = livePoints(noteText, episode.chapters);
  const refs = taskRefsOf(episode, noteText);
  const before: BeforeItem[] = [];
  episode.tasks.forEach((t, i) => {
    const ref = refs[i];
    if (!ref || t.state === "cancelled" || episode.sections[t.section]?.phase !== "before") return;
    before.push({ line: t.line, raw: t.raw, ref, text: plainText(t.text), done: t.state === "done" });
  });
  const valid = episode.chapters.length > 0 && episode.chapterProblems.length === 0;
  return {
    path: episode.path,
    title: episode.topic || episode.title,
    state: liveState(episode.live, nowMs, timeZone),
    points,
    before,
    chapters: episode.chapters,
    problems: episode.chapterProblems,
    youtube: valid ? youtubeLines(episode.chapters) : null,
    url: episode.url,
    beforeHeading: beforeHeadingOf(episode, before),
    started: format === "podcast" ? "Recording" : "Stream",
  };
}

/** The heading of the first section holding a listed "before" item, as plain text. */
function beforeHeadingOf(episode: Episode, before: readonly BeforeItem[]): string | null {
  const first = before[0];
  if (!first) return null;
  const task = episode.tasks.find((t) => t.line === first.line);
  const heading = task ? episode.sections[task.section]?.heading : null;
  const text = heading ? plainText(heading).trim() : "";
  return text === "" ? null : text;
}

/**
 * The point "Log timestamp" logs without a selection: the first unlogged point after the
 * last logged one (the host moves down the plan), else any unlogged point, else none
 * (then the host is asked for a title).
 */
export function nextPoint(points: readonly LivePoint[]): LivePoint | null {
  let lastLogged = -1;
  points.forEach((p, i) => {
    if (p.loggedAt !== null) lastLogged = i;
  });
  return points.slice(lastLogged + 1).find((p) => p.loggedAt === null) ?? points.find((p) => p.loggedAt === null) ?? null;
}
