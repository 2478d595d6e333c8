// The episode's `date` and `time` properties, changed as text so nothing else in the
// frontmatter moves: quotes, comments, key order and the way a date is written
// (`2024-01-05`, `"2024-01-05"`, `2024-01-05T13:00`) all stay; only the digits change.
// processFrontMatter would rewrite the whole YAML block, and a reschedule then
// rescheduled back would not give the note back byte for byte.
import { TIME_EXAMPLE } from "../note/property-line";
import type { Position, TextEdit } from "../live/edits";
import { parseDateValue } from "../note/dates";
import { zonedToInstant } from "../time/zoned-to-instant";

export interface PropertyTarget {
  oldDate: string | null;
  newDate: string;
  oldTime: string;
  newTime: string;
  /** The new date reaches the note through its new file name: no `date:` needs adding. */
  nameCarriesDate: boolean;
  /** The show's zone, which newDate and newTime are on: a `date:` naming its own zone is written in that zone. */
  timeZone?: string;
}

export type PropertyPlan = { ok: true; edits: TextEdit[]; changes: string[] } | { ok: false; reason: string };

interface Property {
  line: number;
  /** The value goes on below the key (an indented line or a list): not one the plan can edit. */
  below: boolean;
  /** Where the value starts on its line, and the value (quotes and comment aside). */
  at: number;
  value: string;
}

/** Top-level `key:` lines of the frontmatter (lines 1 … bodyStart - 2). */
function propertyLines(lines: readonly string[], bodyStart: number, key: string): Property[] {
  const found: Property[] = [];
  // YAML reads `"date":` and `'date':` as the same key: missing them added a second date: line.
  const pattern = new RegExp(`^(?:${key}|"${key}"|'${key}')[ \\t]*:[ \\t]*`);
  for (let n = 1; n < bodyStart - 1; n++) {
    const line = lines[n] ?? "";
    const m = pattern.exec(line);
    if (!m) continue;
    let at = m[0].length;
    let rest = line.slice(at);
    // A comment needs a space before `#` in YAML; it stays after the value.
    const comment = rest.search(/[ \t]#/);
    if (comment >= 0) rest = rest.slice(0, comment);
    rest = rest.trimEnd();
    const quoted = /^(["'])(.*)\1$/.exec(rest);
    if (quoted) {
      at += 1;
      rest = quoted[2] ?? "";
    }
    const next = n + 1 < bodyStart - 1 ? (lines[n + 1] ?? "") : "";
    found.push({ line: n, at, value: rest, below: rest === "" && /^([ \t]+\S|-([ \t]|$))/.test(next) });
  }
  return found;
}

/**
 * `value` (2026-01-12, 09:00) in the style `written` (2026-1-5, 9:00) has: a date with a
 * month or day written without its leading zero gets none, nor does a one-digit hour. So a
 * note moved there and back gets its bytes back, unless the style cannot be seen any more
 * (2026-1-5 moved to 2026-10-12 reads as padded; 9:00 moved to 10:00 too).
 */
function inShapeOf(written: string, value: string): string {
  const was = written.split(/[-:]/);
  const unpadded = was.length === 3 ? was.slice(1).some((part) => part.length === 1) : (was[0] ?? "").length === 1;
  if (!unpadded) return value;
  return was.length === 3 ? value.replace(/-0(\d)/g, "-$1") : value.replace(/^0(\d)/, "$1");
}

/** The new start (on the show's clock) as a clock at `zone` (`Z`, `+01:00`, `-0500`) reads it; null without the show's zone. */
function inOffset(target: PropertyTarget, zone: string): { date: string; time: string } | null {
  if (target.timeZone === undefined) return null;
  const start = zonedToInstant(target.newDate, target.newTime, target.timeZone);
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!start.ok || (zone !== "Z" && !m)) return null;
  const minutes = m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  const shifted = new Date(start.instant.getTime() + minutes * 60_000).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

const span = (line: number, from: number, to: number): { from: Position; to: Position } => ({ from: { line, ch: from }, to: { line, ch: to } });

export function planProperties(lines: readonly string[], bodyStart: number, target: PropertyTarget): PropertyPlan {
  const edits: TextEdit[] = [];
  const changes: string[] = [];
  const dates = propertyLines(lines, bodyStart, "date");
  const times = propertyLines(lines, bodyStart, "time");
  if (dates.length > 1) return { ok: false, reason: "The note's frontmatter has several date: lines; keep one and try again." };
  if (times.length > 1) return { ok: false, reason: "The note's frontmatter has several time: lines; keep one and try again." };
  const date = dates[0];
  for (const [name, found] of [["date", date], ["time", times[0]]] as const) {
    if (found?.below) return { ok: false, reason: `The note's ${name}: has its value on the lines below it; write it on one line (${name}: ${name === "date" ? "2024-01-05" : "13:00"}), then reschedule.` };
  }
  let timeWritten = false;
  let insertAfter = bodyStart > 0 ? bodyStart - 2 : -1;
  const added: string[] = [];

  if (date) {
    insertAfter = date.line;
    if (date.value === "") {
      // Empty: the note takes its date from its name. It stays so when the name changes;
      // otherwise the date is written here (after a space if the line has none).
      const spaced = (lines[date.line] ?? "").charAt(date.at - 1) === ":" ? " " : "";
      if (!target.nameCarriesDate) edits.push({ ...span(date.line, date.at, date.at), text: `${spaced}${target.newDate}` });
    } else {
      const parsed = parseDateValue(date.value);
      if (!parsed) return { ok: false, reason: `The note's date “${date.value}” is not a date like 2024-01-05; correct it, then reschedule.` };
      // The reader takes `…T18:00:00Z` as the instant it names, on the show's clock: the
      // new start is written in the value's own zone, or it would name another instant.
      const written = parsed.zone !== null && parsed.time !== null ? inOffset(target, parsed.zone) : { date: target.newDate, time: target.newTime };
      if (!written) return { ok: false, reason: `The note's date “${date.value}” names its own zone and the show's zone cannot place the new time in it; write the date without a zone, then reschedule.` };
      const digits = /^\d{4}-\d{1,2}-\d{1,2}/.exec(date.value)?.[0] ?? "";
      if (parsed.date !== written.date) edits.push({ ...span(date.line, date.at, date.at + digits.length), text: inShapeOf(digits, written.date) });
      const time = /[T ](\d{1,2}:\d{2})/.exec(date.value);
      if (time && time[1] !== undefined) {
        timeWritten = true;
        const from = date.at + time.index + 1;
        if (parsed.time !== written.time) edits.push({ ...span(date.line, from, from + time[1].length), text: inShapeOf(time[1], written.time) });
      }
    }
  } else if (!target.nameCarriesDate) {
    added.push(`date: ${target.newDate}`);
  }
  if (target.oldDate !== target.newDate) changes.push(target.oldDate === null ? `date set to ${target.newDate}` : `date ${target.oldDate} → ${target.newDate}`);

  const time = times[0];
  if (!timeWritten && time) {
    const m = /^(\d{1,2}):(\d{2})$/.exec(time.value);
    if (!m) return { ok: false, reason: `The note's time “${time.value}” ${TIME_EXAMPLE}; correct it, then reschedule.` };
    if (target.oldTime !== target.newTime) edits.push({ ...span(time.line, time.at, time.at + time.value.length), text: inShapeOf(time.value, target.newTime) });
  } else if (!timeWritten && target.oldTime !== target.newTime) {
    // The note took the show's usual time; another time has to be written down.
    added.push(`time: ${target.newTime}`);
  }
  if (target.oldTime !== target.newTime) changes.push(`time ${target.oldTime} → ${target.newTime}`);

  if (added.length > 0) {
    if (insertAfter >= 0) {
      const end = (lines[insertAfter] ?? "").length;
      const text = added.map((line) => `\n${line}`).join("");
      // An empty `date:` filled at its line's end: one edit, as two insertions at one place have no order.
      const fill = edits.find((e) => e.from.line === insertAfter && e.from.ch === end && e.to.ch === end);
      if (fill) fill.text += text;
      else edits.push({ ...span(insertAfter, end, end), text });
    } else {
      // No frontmatter yet: one is made at the top.
      edits.push({ ...span(0, 0, 0), text: `---\n${added.join("\n")}\n---${lines.length > 0 ? "\n" : ""}` });
    }
  }
  return { ok: true, edits, changes };
}
