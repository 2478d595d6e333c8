// An episode's date and time: the frontmatter `date` (a zoned one on the show's clock), else the
// file name's date; a separate `time:` property; a warning naming what cannot be read.
import { dateValueIn, parseClockTime, parseDateValue } from "./dates";
import { propertyAt, TIME_EXAMPLE, writtenValue } from "./property-line";
import type { ReaderWarning } from "./reader-warning";

const UTC_OFFSET = /^(?:Z|[+-]00:?00)$/i;

export function episodeDate(
  value: unknown,
  nameDate: string | null,
  timeZone: string | undefined,
  warnings: ReaderWarning[],
): { date: string | null; time: string | null } {
  const text = typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
  if (text !== "") {
    const parsed = parseDateValue(text);
    // Midnight UTC is a day, not an instant: tools that store dates through an ISO instant
    // (`2026-03-04T00:00:00.000Z`, as JavaScript's toISOString writes) mean 4 March, which
    // in New York would read as 3 March at 19:00.
    if (parsed && parsed.time === "00:00" && parsed.zone !== null && UTC_OFFSET.test(parsed.zone)) return { date: parsed.date, time: null };
    // `18:00:00Z` is an instant: shown in the show's zone, as every other time is.
    const there = parsed && timeZone ? dateValueIn(parsed, timeZone) : null;
    if (there) return { date: there.date, time: there.time };
    if (parsed) return { date: parsed.date, time: parsed.time };
    warnings.push({ kind: "date", message: `The frontmatter date "${text}" is not a date like 2024-01-05${nameDate ? "; the date in the file name is used" : ""}.` });
  }
  return { date: nameDate, time: null };
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
