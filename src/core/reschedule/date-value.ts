// One written date (a `date:` property's value or a `date::` field's) moved to the new
// start as text: only its digits change, in the shape they were written (2026-1-5 stays
// unpadded, 9:00 keeps one digit), a time kept where it has one, a zone kept and the time
// written in it. A move there and back gives the bytes back.
import type { Position, TextEdit } from "../live/edits";
import { parseDateValue } from "../note/dates";
import { zonedToInstant } from "../time/zoned-to-instant";

export interface DateTarget {
  newDate: string;
  newTime: string;
  /** The show's zone, which newDate and newTime are on: a value naming its own zone is written in that zone. */
  timeZone?: string;
}

/**
 * `value` (2026-01-12, 09:00) in the style `written` (2026-1-5, 9:00) has: a date with a
 * month or day written without its leading zero gets none, nor does a one-digit hour. So a
 * note moved there and back gets its bytes back, unless the style cannot be seen any more
 * (2026-1-5 moved to 2026-10-12 reads as padded; 9:00 moved to 10:00 too).
 */
export function inShapeOf(written: string, value: string): string {
  const was = written.split(/[-:]/);
  const unpadded = was.length === 3 ? was.slice(1).some((part) => part.length === 1) : (was[0] ?? "").length === 1;
  if (!unpadded) return value;
  return was.length === 3 ? value.replace(/-0(\d)/g, "-$1") : value.replace(/^0(\d)/, "$1");
}

/** The new start (on the show's clock) as a clock at `zone` (`Z`, `+01:00`, `-0500`) reads it; null without the show's zone. */
function inOffset(target: DateTarget, zone: string): { date: string; time: string } | null {
  if (target.timeZone === undefined) return null;
  const start = zonedToInstant(target.newDate, target.newTime, target.timeZone);
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!start.ok || (zone !== "Z" && !m)) return null;
  const minutes = m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  const shifted = new Date(start.instant.getTime() + minutes * 60_000).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

export const span = (line: number, from: number, to: number): { from: Position; to: Position } => ({ from: { line, ch: from }, to: { line, ch: to } });

export type ValueMove = { ok: true; edits: TextEdit[]; timeWritten: boolean } | { ok: false; reason: string };

/**
 * The edits moving `value`, written on `line` from column `at`, to the target. `what` names
 * it in a refusal ("The note's date", "The note's date:: field (line 3)").
 */
export function moveDateValue(line: number, at: number, value: string, target: DateTarget, what: string): ValueMove {
  // `date: [2025-03-06]`, a YAML list of one day, dates the note by that day (note/date-list.ts):
  // the day is moved inside its brackets. A list of several days is the host's to settle.
  const listed = /^\[(\s*)([^,[\]]*?)\s*\]$/.exec(value);
  if (listed) return moveDateValue(line, at + 1 + (listed[1] ?? "").length, listed[2] ?? "", target, what);
  if (/^\[.*,.*\]$/.test(value)) return { ok: false, reason: `${what} “${value}” is a list of several days; keep the one the episode is on, then reschedule.` };
  const parsed = parseDateValue(value);
  if (!parsed) return { ok: false, reason: `${what} “${value}” is not a date like 2024-01-05; correct it, then reschedule.` };
  // The reader takes `…T18:00:00Z` as the instant it names, on the show's clock: the
  // new start is written in the value's own zone, or it would name another instant.
  const written = parsed.zone !== null && parsed.time !== null ? inOffset(target, parsed.zone) : { date: target.newDate, time: target.newTime };
  if (!written) return { ok: false, reason: `${what} “${value}” names its own zone and the show's zone cannot place the new time in it; write the date without a zone, then reschedule.` };
  const edits: TextEdit[] = [];
  const digits = /^\d{4}-\d{1,2}-\d{1,2}/.exec(value)?.[0] ?? "";
  if (parsed.date !== written.date) edits.push({ ...span(line, at, at + digits.length), text: inShapeOf(digits, written.date) });
  const time = /[T ](\d{1,2}:\d{2})/.exec(value);
  if (!time || time[1] === undefined) return { ok: true, edits, timeWritten: false };
  const from = at + time.index + 1;
  if (parsed.time !== written.time) edits.push({ ...span(line, from, from + time[1].length), text: inShapeOf(time[1], written.time) });
  return { ok: true, edits, timeWritten: true };
}
