// Which `date::` fields a reschedule moves, for a note the reader dates by its field: the
// first that reads as a date (the one that counts), and any other naming the same day (a
// second copy of the date, "recorded (date:: 2022-01-06)", which would otherwise be left
// behind and read as a second, different date). A field naming another day is left as it
// is: the reader already warns about it, and it may be a reference to another day.
import { dateFields, datingField, type LocatedDateField } from "../note/date-fields";

type Read = NonNullable<LocatedDateField["read"]>;

/** Two readings of one day: the same date, and the same time where both give one (the reader's rule). */
const agree = (a: Read, b: Read) => a.date === b.date && (a.time === null || b.time === null || a.time === b.time);

export type DatingFields = { ok: true; fields: (LocatedDateField & { read: Read })[] } | { ok: false; reason: string };

export function datingFields(lines: readonly string[], bodyStart: number): DatingFields {
  const all = dateFields(lines, bodyStart);
  const first = datingField(all);
  if (first?.read == null) return { ok: true, fields: [] };
  const chosen = first.read;
  const fields = all.filter((f): f is LocatedDateField & { read: Read } => f.read !== null && agree(f.read, chosen));
  // Found by the scan but not on its line: the edit could not be verified, so nothing is changed.
  const lost = fields.find((f) => f.at < 0);
  if (lost) return { ok: false, reason: `The note's date:: field on line ${lost.line + 1} could not be found on its line to move it; write it as date:: 2024-01-05, then reschedule.` };
  return { ok: true, fields };
}
