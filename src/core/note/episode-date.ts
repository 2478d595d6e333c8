// An episode's date and time: the frontmatter `date` (a zoned one on the show's clock), else
// the note's own Dataview `date::` field (inline-date.ts), else the file name's date; a
// separate `time:` property; a warning naming what cannot be read.
import { dateValueIn, parseClockTime, parseDateValue } from "./dates";
import type { InlineDate } from "./inline-date";
import { propertyAt, TIME_EXAMPLE, writtenValue } from "./property-line";
import type { ReaderWarning } from "./reader-warning";
import { listedDates, quotedList } from "./date-list";

const UTC_OFFSET = /^(?:Z|[+-]00:?00)$/i;

type DateTime = { date: string; time: string | null };

/** A written date (a property's or a field's) as a day and a time on the show's clock, or null. */
function readDate(text: string, timeZone: string | undefined): DateTime | null {
  const parsed = parseDateValue(text);
  if (!parsed) return null;
  // Midnight UTC is a day, not an instant: tools that store dates through an ISO instant
  // (`2026-03-04T00:00:00.000Z`, as JavaScript's toISOString writes) mean 4 March, which
  // in New York would read as 3 March at 19:00.
  if (parsed.time === "00:00" && parsed.zone !== null && UTC_OFFSET.test(parsed.zone)) return { date: parsed.date, time: null };
  // `18:00:00Z` is an instant: shown in the show's zone, as every other time is.
  const there = timeZone ? dateValueIn(parsed, timeZone) : null;
  if (there) return { date: there.date, time: there.time };
  return { date: parsed.date, time: parsed.time };
}

/** A value quoted in a warning: a field's value may be a whole long line, the sidebar shows a few words. */
function quoted(value: string): string {
  return value.length > 60 ? `${value.slice(0, 59)}…` : value;
}

/** Two readings of one day: the same date, and the same time where both give one. */
function agree(a: DateTime, b: DateTime): boolean {
  return a.date === b.date && (a.time === null || b.time === null || a.time === b.time);
}

/**
 * The date from the note's `date::` fields: the first that reads as a date. Warned about:
 * a field that is no date (not one written as a link to a page whose name is none: that is
 * a reference, as Dataview reads it), and a second field giving another day (the first is
 * used, as Dataview's `file.day` takes the first; the host is told which one counts).
 */
function fieldDate(fields: readonly InlineDate[], nameDate: string | null, timeZone: string | undefined, warnings: ReaderWarning[]): DateTime | null {
  let chosen: { at: InlineDate; read: DateTime } | null = null;
  let unread: InlineDate | null = null;
  let other: InlineDate | null = null;
  for (const field of fields) {
    const read = readDate(field.value, timeZone);
    if (read === null) {
      if (!field.link) unread ??= field;
    } else if (chosen === null) chosen = { at: field, read };
    else if (other === null && !agree(chosen.read, read)) other = field;
  }
  if (unread !== null) {
    const instead = chosen ? `the date:: field on line ${chosen.at.line + 1} is used` : nameDate ? "the date in the file name is used" : "the episode has no date";
    warnings.push({ kind: "date", message: `The date:: field "${quoted(unread.value)}" (line ${unread.line + 1}) is not a date like 2024-01-05; ${instead}.` });
  }
  if (chosen !== null && other !== null) {
    warnings.push({
      kind: "date",
      message: `Two date:: fields give different dates, "${quoted(chosen.at.value)}" (line ${chosen.at.line + 1}) and "${quoted(other.value)}" (line ${other.line + 1}); the first is used. Remove the other, or make it a checklist item's field.`,
    });
  }
  return chosen?.read ?? null;
}

/**
 * The episode's date: the `date` property when it is a date (it wins over any `date::` field,
 * which in a sentence may be any day: "booked (date:: 2025-02-20) at KubeCon"), else the
 * first `date::` field, else the file name's date.
 */
export function episodeDate(
  value: unknown,
  fields: readonly InlineDate[],
  nameDate: string | null,
  timeZone: string | undefined,
  warnings: ReaderWarning[],
): { date: string | null; time: string | null } {
  const listed = listedDates(value);
  if (listed !== null && listed.length > 0) return listDate(listed, fields, nameDate, timeZone, warnings);
  const text = typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
  const property = text === "" ? null : readDate(text, timeZone);
  if (property) return property;
  // Warnings in the order a host reads the note: the property's first.
  const at = warnings.length;
  const field = fields.length > 0 ? fieldDate(fields, nameDate, timeZone, warnings) : null;
  if (text !== "") {
    const instead = field ? `; the date:: field is used` : nameDate ? "; the date in the file name is used" : "";
    warnings.splice(at, 0, { kind: "date", message: `The frontmatter date "${text}" is not a date like 2024-01-05${instead}.` });
  }
  return field ?? { date: nameDate, time: null };
}

/**
 * A `date:` written as a list (date-list.ts). One day (however often listed) is that day.
 * Entries giving different days, or any that is no date, are warned about, naming them,
 * and the first date is used: the rule for two `date::` fields, so the episode keeps its
 * place in the sidebar and the host is told which day counts. A list with no date in it
 * is an unreadable property: the `date::` field, else the file name, dates the note.
 */
function listDate(
  entries: readonly string[],
  fields: readonly InlineDate[],
  nameDate: string | null,
  timeZone: string | undefined,
  warnings: ReaderWarning[],
): { date: string | null; time: string | null } {
  const read = entries.map((entry) => (entry === "" ? null : readDate(entry, timeZone)));
  const firstAt = read.findIndex((r) => r !== null);
  const first = firstAt >= 0 ? read[firstAt] : null;
  if (first) {
    if (read.some((r) => r === null || !agree(first, r))) {
      warnings.push({ kind: "date", message: `The frontmatter date lists ${entries.length} values, ${quotedList(entries)}; the first date, "${entries[firstAt] ?? ""}", is used. Keep one day in date:.` });
    }
    return first;
  }
  const at = warnings.length;
  const field = fields.length > 0 ? fieldDate(fields, nameDate, timeZone, warnings) : null;
  const instead = field ? "; the date:: field is used" : nameDate ? "; the date in the file name is used" : "";
  const what = entries.length === 1 ? `${quotedList(entries)} (a list) is not a date` : `lists ${quotedList(entries)}, none of them a date`;
  warnings.splice(at, 0, { kind: "date", message: `The frontmatter date ${what} like 2024-01-05${instead}.` });
  return field ?? { date: nameDate, time: null };
}

/**
 * A separate `time: 13:00` property (written by the built-in template; `6pm` and `6:30 PM`
 * as hosts type it are read too). One that cannot
 * be read is reported through `unread`: the sidebar, agenda and snippets would otherwise
 * use the show's usual hour without a word. An empty `time:` is no time, not a wrong one.
 */
export function frontmatterTime(value: unknown, unread: ((value: unknown) => void) | null): string | null {
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return null;
  const time = typeof value === "string" ? parseClockTime(value) : null;
  if (time === null) unread?.(value);
  return time;
}

/** The warning for an unreadable time, naming its line as the invite export's refusal does (snippets/invite-start.ts). */
export function timeWarning(lines: readonly string[], bodyStart: number, warnings: ReaderWarning[]): (value: unknown) => void {
  return (value) => {
    const at = propertyAt(lines, bodyStart, "time");
    warnings.push({ kind: "time", message: `The frontmatter time “${writtenValue(at?.text, value)}”${at ? ` (line ${at.line})` : ""} ${TIME_EXAMPLE}; the show's usual time is used.` });
  };
}
