// A new note's checklist gets real dates: each item a template gives an offset from the
// show (`📅 -7d`, `(due:: -7d)`) gets `📅 2026-11-27` in its place, the Tasks plugin's
// own form, so Tasks and Dataview queries see the deadlines with no setup. Only task
// lines are touched (never code blocks or the frontmatter); a line with a date already,
// or an offset that cannot be read, is left as written and listed.
import { bodyStartOf } from "../note/frontmatter";
import { scanBody } from "../note/scan";
import { splitLines, stripBom } from "../text/lines";
import { replaceLines } from "../text/replace-lines";
import { offsetToDate, readLineDue } from "./line-due";
import { resolveOffset, type ShowStart } from "./offset";

export interface DatedChecklist {
  text: string;
  /** Items given a date. */
  dated: number;
  /** Lines left as written, with why ("Line 14: …"). */
  problems: string[];
}

/**
 * Turn the offsets of `text` into dates for a show starting at `start`. Without a start
 * (no date yet) the offsets stay: the reader resolves them once the note has a date.
 */
export function dateChecklist(text: string, start: ShowStart | null): DatedChecklist {
  const lines = splitLines(stripBom(text));
  const bodyStart = bodyStartOf(lines);
  const tasks = scanBody(lines, bodyStart, { fields: false, templateTags: false }).tasks;
  const changes = new Map<number, string>();
  const problems: string[] = [];
  for (const task of tasks) {
    if (task.state === "cancelled") continue;
    const due = readLineDue(task.raw);
    for (const problem of due.problems) problems.push(`Line ${task.line + 1}: ${problem}`);
    if (!due.offset || start === null) continue;
    const date = resolveOffset(due.offset.offset, start);
    if (date === null) problems.push(`Line ${task.line + 1}: the offset gives no date (check the show's time zone).`);
    else changes.set(task.line, offsetToDate(task.raw, due.offset, date));
  }
  return { text: replaceLines(text, changes), dated: changes.size, problems };
}
