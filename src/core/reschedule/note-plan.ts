// The note's part of a reschedule, as one set of edits: the date and time properties,
// and every open item's own dates (📅 due, and the Tasks plugin's ⏳ scheduled and 🛫
// start) moved by as many days as the show moves; ➕ created, ✅ done and ❌ cancelled
// dates are history and stay. Done and
// cancelled items keep their dates (they record when something was due, not a plan),
// and nothing else in the note changes. The show keeps its wall-clock time in its own
// zone: dates and times are written as the show's wall clock, never as instants.
import type { Episode } from "../types";
import { applyEdits, type TextEdit } from "../live/edits";
import { bodyStartOf } from "../note/frontmatter";
import { splitLines, stripBom } from "../text/lines";
import { addDays, daysBetween, isValidDate } from "../time/calendar-date";
import { isValidTime } from "../time/wall-time";
import { readLineDue } from "../deadlines/line-due";
import { resolveOffset } from "../deadlines/offset";
import { plural } from "../status/alerts";
import { planProperties } from "./properties";
import { planningMarks } from "./planning-dates";

export interface RescheduleTarget {
  /** `YYYY-MM-DD` in the show's zone. */
  date: string;
  /** `HH:mm` in the show's zone. */
  time: string;
}

export type NotePlan =
  | {
      ok: true;
      edits: TextEdit[];
      /** The note after the edits. */
      text: string;
      /** Days the items moved (null: the episode had no date, so nothing moved). */
      shiftDays: number | null;
      /** Open items whose date moved. */
      moved: number;
      /** What changed, for the notice. */
      changes: string[];
    }
  | { ok: false; reason: string };

/**
 * Every date mark of a line (`📅 2026-11-20 (due:: 2026-11-21)`), not only the last one the
 * deadline is read from: moving one alone would leave the two saying different things.
 * Marks in inline code stay: the reader leaves them out, so what moves is what is read.
 */
function lineDates(line: string): { value: string; from: number; to: number; planning: boolean }[] {
  const dates: { value: string; from: number; to: number; planning: boolean }[] = [];
  for (const span of readLineDue(line).spans) {
    const m = /\d{4}-\d{2}-\d{2}/.exec(line.slice(span.from, span.to));
    if (m && isValidDate(m[0])) dates.push({ value: m[0], from: span.from + m.index, to: span.from + m.index + 10, planning: false });
  }
  // The Tasks plugin's ⏳ scheduled and 🛫 start dates plan the same work: they move with it.
  for (const mark of planningMarks(line)) if (mark.date !== null) dates.push({ value: mark.date, from: mark.from, to: mark.to, planning: true });
  return dates;
}

/**
 * Plan the note's edits. `episode` is the note read from `text` (the caller reads it
 * with the show's rules); `usualTime` is the show's time, which a note without a time
 * of its own takes; `nameCarriesDate` says the new file name will hold the date.
 */
export function planNoteReschedule(
  text: string,
  episode: Pick<Episode, "date" | "time" | "tasks">,
  target: RescheduleTarget,
  usualTime: string,
  nameCarriesDate: boolean,
  /** The show's zone: an episode getting its first date has its items' offsets turned into dates (hours need the zone). */
  timeZone?: string,
  /**
   * The earliest date those offsets may give (the day of the reschedule in the show's zone,
   * earliestDue's rule at creation), or null to keep them as they fall.
   */
  notBefore: string | null = null,
): NotePlan {
  if (!isValidDate(target.date)) return { ok: false, reason: `“${target.date}” is not a date like 2026-11-27.` };
  if (!isValidTime(target.time)) return { ok: false, reason: `“${target.time}” is not a time like 13:00.` };
  const lines = splitLines(stripBom(text));
  const bodyStart = bodyStartOf(lines);
  const oldTime = episode.time ?? usualTime;
  if (episode.date === target.date && oldTime === target.time) return { ok: false, reason: "The episode is already at that date and time." };
  const properties = planProperties(lines, bodyStart, { oldDate: episode.date, newDate: target.date, oldTime, newTime: target.time, nameCarriesDate, timeZone });
  if (!properties.ok) return properties;

  const edits = [...properties.edits];
  const shiftDays = episode.date === null ? null : daysBetween(episode.date, target.date);
  let moved = 0;
  let planned = 0;
  if (shiftDays !== null && shiftDays !== 0) {
    for (const task of episode.tasks) {
      if (task.state !== "open") continue;
      const dates = lineDates(task.raw);
      for (const due of dates) {
        const next = addDays(due.value, shiftDays);
        if (next === null) return { ok: false, reason: `Line ${task.line + 1}'s date ${due.value} would leave the calendar; nothing was changed.` };
        edits.push({ from: { line: task.line, ch: due.from }, to: { line: task.line, ch: due.to }, text: next });
        if (due.planning) planned++;
      }
      if (dates.length > 0) moved++;
    }
  }
  // An episode made without a date kept its template's offsets (📅 -7d), which the Tasks
  // plugin cannot read; with its first date they become dates, as at creation.
  let dated = 0;
  const clamp = (date: string) => (notBefore !== null && date < notBefore ? notBefore : date);
  if (episode.date === null && timeZone !== undefined) {
    for (const task of episode.tasks) {
      if (task.state !== "open") continue;
      const start = { date: target.date, time: target.time, timeZone };
      const mark = readLineDue(task.raw).offset;
      const resolvedDue = mark ? resolveOffset(mark.offset, start) : null;
      const date = resolvedDue === null ? null : clamp(resolvedDue);
      if (mark && date !== null) edits.push({ from: { line: task.line, ch: mark.from }, to: { line: task.line, ch: mark.to }, text: `📅 ${date}` });
      // ⏳ -8d becomes ⏳ and its date, the emoji and spacing as written.
      let planning = false;
      for (const own of planningMarks(task.raw)) {
        const resolved = own.offset ? resolveOffset(own.offset, start) : null;
        if (resolved === null) continue;
        edits.push({ from: { line: task.line, ch: own.from }, to: { line: task.line, ch: own.to }, text: clamp(resolved) });
        planning = true;
      }
      if ((mark && date !== null) || planning) dated++;
    }
  }
  const changes = [...properties.changes];
  if (dated > 0) changes.push(`${plural(dated, "open item")} given dates from their offsets`);
  if (moved > 0 && shiftDays !== null) {
    const days = plural(Math.abs(shiftDays), "day");
    changes.push(`${plural(moved, "open item")} due ${days} ${shiftDays > 0 ? "later" : "earlier"}`);
    if (planned > 0) changes.push(`${plural(planned, "scheduled or start date")} (⏳ 🛫) moved with them`);
  }
  return { ok: true, edits, text: applyEdits(text, edits), shiftDays, moved, changes };
}
