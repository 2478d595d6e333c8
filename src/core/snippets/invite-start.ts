// Why an episode has no start to put in an invite, told where the fix is: the note's own
// date or time (its property and line), a date typed into the form, or the show's time and
// zone in the settings. "Check the settings" for a typo in the note sent people to the
// wrong place. The date is looked for where the reader takes it: the `date:` property, else
// the note's Dataview `date::` field, else the file name.
import { parseISO } from "date-fns";
import type { Episode } from "../types";
import type { ShowSettings } from "../settings/settings";
import { bodyStartOf } from "../note/frontmatter";
import { splitLines, stripBom } from "../text/lines";
import { isValidDate } from "../time/calendar-date";
import { parseDateValue } from "../note/dates";
import { zonedToInstant } from "../time/zoned-to-instant";
import { wallReading } from "../time/zone-clock";
import { ownValue } from "../records";
import { propertyAt as propertyLineAt, TIME_EXAMPLE, writtenValue } from "../note/property-line";
import { dateFields, datingField, type LocatedDateField } from "../note/date-fields";

/** The frontmatter property `key`'s 1-based line and its value as written, or null when the note has none written. */
function propertyAt(noteText: string, key: string): { line: number; text: string } | null {
  const lines = splitLines(stripBom(noteText));
  return propertyLineAt(lines, bodyStartOf(lines), key);
}

function propertyLine(noteText: string, key: string): number | null {
  return propertyAt(noteText, key)?.line ?? null;
}

function where(noteText: string, key: string): string {
  const line = propertyLine(noteText, key);
  return `the note's ${key} property${line === null ? "" : ` (line ${line})`}`;
}

function written(noteText: string, key: string, value: unknown): string {
  return writtenValue(propertyAt(noteText, key)?.text, value);
}

/**
 * A `time:` property the reader could not take (`time: 25:00`, `time: noon`): the invite
 * would otherwise fall back to the show's usual time without a word, at the wrong hour.
 * Null when the note has no own time written, or its date carries one.
 */
export function unreadNoteTime(episode: Pick<Episode, "time" | "frontmatter">, noteText: string): string | null {
  if (episode.time !== null) return null;
  const raw = ownValue(episode.frontmatter, "time");
  if (raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "")) return null;
  return `The time “${written(noteText, "time", raw)}” in ${where(noteText, "time")} ${TIME_EXAMPLE}; correct it in the note.`;
}

/**
 * A `date:` that names its own zone (`2024-01-05T18:00:00Z`, `+05:00`) whose clock time the
 * episode still holds as written at an instant the show's zone does not give. The vault's
 * reader takes the instant and shows it on the show's clock (ReadOptions.timeZone), so this
 * answers null for every episode it read; it is the guard for one read without the show's
 * zone, which the invite would otherwise put off by the difference without a word. Null
 * when there is no zone, the episode's time is not the one written, or the instants agree.
 */
export function conflictingDateZone(episode: Pick<Episode, "date" | "time" | "frontmatter">, show: ShowSettings, noteText: string): string | null {
  const raw = ownValue(episode.frontmatter, "date");
  const parsed = typeof raw === "string" ? parseDateValue(raw) : null;
  if (!parsed?.zone || parsed.time === null || parsed.date !== episode.date || parsed.time !== episode.time) return null;
  // date-fns reads the zone as written: Z, +05:00 or +0500.
  const meant = parseISO(`${parsed.date}T${parsed.time}${parsed.zone}`);
  const read = zonedToInstant(parsed.date, parsed.time, show.schedule.timeZone);
  const there = wallReading(meant, show.schedule.timeZone);
  if (!read.ok || there === null || read.instant.getTime() === meant.getTime()) return null;
  return (
    `The date “${written(noteText, "date", raw)}” in ${where(noteText, "date")} names its own zone (${parsed.zone}), but the note's times are read in the show's zone ` +
    `(${show.schedule.timeZone}), so the invite would be at ${parsed.time} there instead of the ${there.time} the zone means; write the show's time without a zone (${there.date} ${there.time}) and correct it in the note.`
  );
}

/** The note's `date::` fields, read from its text. */
function fieldsOf(noteText: string): LocatedDateField[] {
  const lines = splitLines(stripBom(noteText));
  return dateFields(lines, bodyStartOf(lines));
}

const fieldPlace = (field: LocatedDateField) => `the note's date:: field (line ${field.line + 1})`;

/** Why no start could be found for the invite (the caller found none). */
export function noStartReason(episode: Pick<Episode, "date" | "time" | "frontmatter">, show: ShowSettings, noteText: string, answers: Record<string, string>): string {
  const typed = answers.date?.trim() ?? "";
  if (typed !== "" && !isValidDate(typed)) return `“${typed}” is not a date like 2024-01-05.`;
  const date = typed !== "" ? typed : episode.date;
  if (date === null) {
    // A `date:` written but no date (2023-02-29, a list): the fix is in the note, which "no date yet" hid.
    const raw = ownValue(episode.frontmatter, "date");
    const text = typeof raw === "string" ? raw.trim() : typeof raw === "number" ? String(raw) : raw === undefined || raw === null ? "" : "-";
    const writtenDate = text !== "" && parseDateValue(text) === null;
    if (writtenDate) return `The date “${written(noteText, "date", raw)}” in ${where(noteText, "date")} is not a date like 2024-01-05; correct it in the note.`;
    // A `date::` field written but no date (a link to a page not named as a date is a reference, as the reader takes it).
    const unread = fieldsOf(noteText).find((field) => field.read === null && !field.link);
    const shown = unread && unread.value.length > 60 ? `${unread.value.slice(0, 59)}…` : unread?.value;
    return unread ? `The date “${shown}” in ${fieldPlace(unread)} is not a date like 2024-01-05; correct it in the note.` : "The episode has no date yet.";
  }
  const time = episode.time ?? show.schedule.time;
  const start = zonedToInstant(date, time, show.schedule.timeZone);
  if (start.ok) return "The episode's start could not be worked out.";
  if (start.error === "invalid-date") {
    if (typed !== "") return start.message;
    // A note without a date property is dated by its date:: field, else by its file name.
    const property = propertyAt(noteText, "date");
    const field = property === null || property.text === "" ? datingField(fieldsOf(noteText)) : null;
    const place = property !== null && property.text !== "" ? where(noteText, "date") : field ? fieldPlace(field) : "the note's file name";
    return `The date in ${place} cannot be used: ${start.message}`;
  }
  if (start.error === "invalid-time" && episode.time !== null) return `The note's own time cannot be used: ${start.message}`;
  return `The show's ${start.error === "invalid-time" ? "time" : "time zone"} in the settings cannot be used: ${start.message}`;
}
