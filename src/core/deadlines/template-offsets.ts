// A new note's checklist gets real dates: each item a template gives an offset from the
// show (`📅 -7d`, `(due:: -7d)`) gets `📅 2026-11-27` in its place, the Tasks plugin's
// own form, so Tasks and Dataview queries see the deadlines with no setup. Only task
// lines are touched (never code blocks or the frontmatter); a line with a date already,
// or an offset that cannot be read, is left as written and listed. A date before the day
// the note is made becomes that day: an episode made three days ahead should open with
// "due today", not ten items "18 days late" for work nobody could have done back then.
import { bodyStartOf } from "../note/frontmatter";
import { scanBody } from "../note/scan";
import { splitLines, stripBom } from "../text/lines";
import { replaceLines } from "../text/replace-lines";
import { readLineDue } from "./line-due";
import { resolveOffset, type ShowStart } from "./offset";
import { planningMarks } from "../reschedule/planning-dates";
import { wallReading } from "../time/zone-clock";
import { zonedToInstant } from "../time/zoned-to-instant";

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
 * `notBefore` (`YYYY-MM-DD`, the creation day in the show's zone): every date, 📅 ⏳ and
 * 🛫 alike, is that day at the earliest; null keeps the offsets' dates as they fall.
 */
export function dateChecklist(text: string, start: ShowStart | null, notBefore: string | null = null): DatedChecklist {
  // Dates as text compare as dates (YYYY-MM-DD); clamping each keeps their order on a line.
  const clamp = (date: string) => (notBefore !== null && date < notBefore ? notBefore : date);
  const lines = splitLines(stripBom(text));
  const bodyStart = bodyStartOf(lines);
  const tasks = scanBody(lines, bodyStart, { fields: false, templateTags: false }).tasks;
  const changes = new Map<number, string>();
  const problems: string[] = [];
  for (const task of tasks) {
    if (task.state === "cancelled") continue;
    const due = readLineDue(task.raw);
    for (const problem of due.problems) problems.push(`Line ${task.line + 1}: ${problem}`);
    if (start === null) continue;
    // The Tasks plugin's ⏳ scheduled and 🛫 start offsets (`⏳ -8d`) get their dates too.
    const edits: { from: number; to: number; text: string }[] = [];
    for (const mark of planningMarks(task.raw)) {
      const date = mark.offset ? resolveOffset(mark.offset, start) : null;
      if (date !== null) edits.push({ from: mark.from, to: mark.to, text: clamp(date) });
    }
    if (due.offset) {
      const date = resolveOffset(due.offset.offset, start);
      if (date === null) problems.push(`Line ${task.line + 1}: the offset gives no date (check the show's time zone).`);
      else edits.push({ from: due.offset.from, to: due.offset.to, text: `📅 ${clamp(date)}` });
    }
    if (edits.length === 0) continue;
    let line = task.raw;
    for (const edit of edits.sort((a, b) => b.from - a.from)) line = line.slice(0, edit.from) + edit.text + line.slice(edit.to);
    changes.set(task.line, line);
  }
  return { text: replaceLines(text, changes), dated: changes.size, problems };
}

/**
 * The earliest date a new note's items may be due: the day it is made, in the show's
 * zone. None for an episode already over (back-filling an old one): its items keep the
 * template's dates, a record of when the work was due, rather than all being "due today"
 * for a show long gone.
 */
export function earliestDue(start: ShowStart, durationMinutes: number, now: Date): string | null {
  const today = wallReading(now, start.timeZone)?.date;
  if (today === undefined) return null;
  const begins = zonedToInstant(start.date, start.time, start.timeZone);
  const over = begins.ok ? now.getTime() >= begins.instant.getTime() + durationMinutes * 60_000 : start.date < today;
  return over ? null : today;
}
