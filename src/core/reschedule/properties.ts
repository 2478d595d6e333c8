// The episode's `date` and `time` properties, changed as text so nothing else in the
// frontmatter moves: quotes, comments, key order and the way a date is written
// (`2024-01-05`, `"2024-01-05"`, `2024-01-05T13:00`) all stay; only the digits change.
// processFrontMatter would rewrite the whole YAML block, and a reschedule then
// rescheduled back would not give the note back byte for byte.
// A note with no `date:` value dated by its own Dataview `date::` field has that field moved
// instead (the reader's rule, note/episode-date.ts): a `date:` added beside it would be a
// second date source, and would win.
import { TIME_EXAMPLE } from "../note/property-line";
import { keyLines } from "../note/key-line";
import type { TextEdit } from "../live/edits";
import { inShapeOf, moveDateValue, span } from "./date-value";
import { datingFields } from "./date-field";

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
  /** Where the value starts on its line, and the value as written (quotes and comment aside). */
  at: number;
  value: string;
  /** A comment's `#` right where an empty value would go (`date: # YYYY-MM-DD`). */
  commentAt: boolean;
}

/** Top-level `key:` lines of the frontmatter (lines 1 … bodyStart - 2), read by the one line reader. */
function propertyLines(lines: readonly string[], bodyStart: number, key: string): Property[] {
  return keyLines(lines, 1, bodyStart - 1, key).map((read) => {
    // A value the reader does not read from its line, or one with escapes, is handed on as
    // written, its opening quote included (the date readers then refuse it with its text).
    const quote = read.style === "double" || read.style === "single" ? 1 : 0;
    const value = read.unread === null && !read.escaped ? (read.value ?? "") : (lines[read.line] ?? "").slice(read.from - quote, read.unread === null ? read.to + quote : undefined).trim();
    const below = read.unread === "below" || read.unread === "continued";
    return { line: read.line, at: read.from, value, below, commentAt: read.style === "empty" && read.comment === read.from };
  });
}

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

  // An empty or missing `date:` leaves the note to its date:: field, when one reads as a date.
  const fields = !date || date.value === "" ? datingFields(lines, bodyStart) : null;
  if (fields !== null && !fields.ok) return fields;
  if (fields !== null && fields.fields.length > 0) {
    for (const field of fields.fields) {
      const moved = moveDateValue(field.line, field.at, field.value, target, `The note's date:: field (line ${field.line + 1})`);
      if (!moved.ok) return moved;
      edits.push(...moved.edits);
      timeWritten ||= moved.timeWritten;
    }
    if (date) insertAfter = date.line;
  } else if (date) {
    insertAfter = date.line;
    if (date.value === "") {
      // Empty: the note takes its date from its name. It stays so when the name changes;
      // otherwise the date is written here (after a space if the line has none).
      const spaced = (lines[date.line] ?? "").charAt(date.at - 1) === ":" ? " " : "";
      // Before a comment there (`date: # YYYY-MM-DD`), a space keeps it a comment.
      const before = date.commentAt ? " " : "";
      if (!target.nameCarriesDate) edits.push({ ...span(date.line, date.at, date.at), text: `${spaced}${target.newDate}${before}` });
    } else {
      const moved = moveDateValue(date.line, date.at, date.value, target, "The note's date");
      if (!moved.ok) return moved;
      edits.push(...moved.edits);
      timeWritten = moved.timeWritten;
    }
  } else if (!target.nameCarriesDate) {
    added.push(`date: ${target.newDate}`);
  }
  const inField = fields !== null && fields.fields[0] !== undefined ? ` (date:: field, line ${fields.fields[0].line + 1})` : "";
  if (target.oldDate !== target.newDate) changes.push(`${target.oldDate === null ? `date set to ${target.newDate}` : `date ${target.oldDate} → ${target.newDate}`}${inField}`);

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
