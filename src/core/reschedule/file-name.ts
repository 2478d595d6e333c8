// A rescheduled episode whose show names its notes by date ("CCG 005 - 231130 - …",
// "2025-03-25-loki-cache") gets the new date in its name; the rest of the name, typed or
// edited by the host since, stays exactly as it is.
import { formatPlainDate } from "../note/name-pattern";

export type NameChange = { rename: false; reason: string | null } | { rename: true; basename: string; path: string };

/** The formats the pattern writes its date in: `{{date}}` is YYYY-MM-DD, `{{date:YYMMDD}}` its own. */
export function dateFormats(pattern: string): string[] {
  const formats: string[] = [];
  const tag = /\{\{\s*date\s*(?::([^}]*))?\}\}/gi;
  for (let m = tag.exec(pattern); m !== null; m = tag.exec(pattern)) formats.push((m[1] ?? "YYYY-MM-DD").trim() || "YYYY-MM-DD");
  return formats;
}

const DIGIT = /\p{Nd}/u;

/**
 * A date written with digits is no part of a longer number: with `{{date:YY}}`, "26" in
 * "OH 126" or "2026" is the episode number's or the year's, not the date. A digit right
 * before or after the match (when the match itself starts or ends with one) rules it out.
 */
function standsAlone(name: string, at: number, length: number): boolean {
  const before = name.charAt(at - 1);
  const after = name.charAt(at + length);
  const first = name.charAt(at);
  const last = name.charAt(at + length - 1);
  return !(DIGIT.test(first) && DIGIT.test(before)) && !(DIGIT.test(last) && DIGIT.test(after));
}

/**
 * The note's new name when the show's pattern holds the date and the name shows the old
 * date exactly once in one of the pattern's formats; otherwise no rename, and why (null
 * when the pattern has no date, which is no news).
 */
export function renamedForDate(path: string, basename: string, pattern: string, oldDate: string | null, newDate: string): NameChange {
  const formats = dateFormats(pattern);
  if (formats.length === 0) return { rename: false, reason: null };
  if (oldDate === null || oldDate === newDate) return { rename: false, reason: oldDate === null ? "the file name has no date to change" : null };
  const hits: { at: number; old: string; format: string }[] = [];
  for (const format of new Set(formats)) {
    const old = formatPlainDate(oldDate, format);
    if (old === "") continue;
    for (let at = basename.indexOf(old); at >= 0; at = basename.indexOf(old, at + 1)) if (standsAlone(basename, at, old.length)) hits.push({ at, old, format });
  }
  const places = new Set(hits.map((h) => h.at));
  if (places.size === 0) return { rename: false, reason: `the file name does not show the date ${oldDate}, so it was kept` };
  if (places.size > 1) return { rename: false, reason: `the file name shows the date ${oldDate} more than once, so it was kept` };
  // Several formats may match at one place ("YYYY-MM-DD" inside a longer one): the longest.
  const hit = hits.reduce((a, b) => (b.old.length > a.old.length ? b : a));
  const name = basename.slice(0, hit.at) + formatPlainDate(newDate, hit.format) + basename.slice(hit.at + hit.old.length);
  // A pattern that shows part of the date ("{{date:YYYY-MM}}") keeps its name within that part.
  if (name === basename) return { rename: false, reason: null };
  const folder = path.lastIndexOf("/") >= 0 ? path.slice(0, path.lastIndexOf("/") + 1) : "";
  const extension = path.slice(path.lastIndexOf("/") + 1 + basename.length);
  return { rename: true, basename: name, path: `${folder}${name}${extension}` };
}
