// The note's Dataview `date::` fields found on their lines, for the commands that edit or
// name them: Reschedule moves the one that dates the note (as it moves a `date:` property),
// and the invite's refusals name its line. Which fields count is inline-date.ts's rule
// (the reader's); this only adds where each value is written on its line.
import { canonicalKey } from "./fields";
import { inlineDates, type InlineDate } from "./inline-date";
import { parseDateValue } from "./dates";
import { scanBody } from "./scan";

export interface LocatedDateField extends InlineDate {
  /** Where `value` starts on its line (inside a link's brackets for `[[2022-03-15]]`), or -1 when it could not be found. */
  at: number;
  /** The value read as a date, as the reader reads a field; null when it is none. */
  read: ReturnType<typeof parseDateValue>;
}

/** A key longer than this is never `date` (canonicalKey keeps letters; a few marks of emphasis around it at most). */
const MAX_KEY = 64;
const LEADING = /^[^\p{L}\p{N}]+/u;

/** `[[Journal/2022-03-15|Tue]]`: the value starts inside the link, before its `]]`. */
function valueFrom(line: string, start: number, value: string): number {
  const found = line.indexOf(value, start);
  if (found === start) return found;
  if (!line.startsWith("[[", start) || found < 0) return -1;
  const close = line.indexOf("]]", start);
  return close >= 0 && found < close ? found : -1;
}

/**
 * Where each field's value starts: the `::` of a key reading `date` (from the last bracket
 * before it, or from the line's start for a field on its own line) whose value, spaces
 * skipped, is the one the scan read. Fields on one line are matched in order, each `::`
 * looked at once: linear in the line's length.
 */
function locate(line: string, fields: readonly InlineDate[]): number[] {
  const found: number[] = [];
  let next = 0;
  let lastOpen = -1;
  for (let i = 0; i < line.length - 1 && next < fields.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 91 || c === 40) lastOpen = i;
    if (c !== 58 || line.charCodeAt(i + 1) !== 58) continue;
    // A field on its own line may start with decoration (`- **Date**::`, `> date::`), which is no part of its key.
    const isDate = (from: number) => i - from <= MAX_KEY && canonicalKey(line.slice(from, i).replace(LEADING, "")) === "date";
    if (isDate(lastOpen + 1) || (lastOpen >= 0 && isDate(0))) {
      let start = i + 2;
      while (start < line.length && (line[start] === " " || line[start] === "\t")) start++;
      const at = valueFrom(line, start, fields[next]?.value ?? "");
      if (at >= 0) {
        found.push(at);
        next++;
      }
    }
    i++;
  }
  while (found.length < fields.length) found.push(-1);
  return found;
}

/** The note's page-level `date::` fields (not a checklist item's, not in code or a comment), located. */
export function dateFields(lines: readonly string[], bodyStart: number): LocatedDateField[] {
  // Only a note with `::` in its body is scanned: most notes have no field at all.
  let any = false;
  for (let n = bodyStart; n < lines.length && !any; n++) any = (lines[n] ?? "").includes("::");
  if (!any) return [];
  const fields = inlineDates(scanBody(lines, bodyStart));
  const byLine = new Map<number, InlineDate[]>();
  for (const field of fields) {
    const onLine = byLine.get(field.line);
    if (onLine) onLine.push(field);
    else byLine.set(field.line, [field]);
  }
  const at = new Map<InlineDate, number>();
  for (const [line, onLine] of byLine) locate(lines[line] ?? "", onLine).forEach((a, k) => at.set(onLine[k] as InlineDate, a));
  return fields.map((field) => ({ ...field, at: at.get(field) ?? -1, read: parseDateValue(field.value) }));
}

/** The field that dates a note without a readable `date` property: the first that reads as a date (the reader's rule), or null. */
export function datingField(fields: readonly LocatedDateField[]): LocatedDateField | null {
  return fields.find((field) => field.read !== null) ?? null;
}
