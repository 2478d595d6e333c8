// The form's date is the new note's date. A template made for Templater often writes the
// episode's date as Templater's guess at it, `date: <% tp.date.now("YYYY-MM-DD", 7) %>`
// ("a week from today"); filled as Templater would, it dated the note a week from the day
// it was made, not the day the form chose, without a word. So a top-level `date:` whose
// whole value is one Templater date expression counts as an empty date, and gets the
// form's date as an empty one does (fill-fields.ts); with no date in the form it stays
// empty. Elsewhere in the note `tp.date.now` keeps Templater's meaning: today.
import { bodyStartOf } from "../../note/frontmatter";
import { splitLines } from "../../text/lines";

/**
 * `tp.date.now(…)`, `tp.date.today(…)`, `tp.date.tomorrow(…)`, `tp.date.yesterday(…)`,
 * `tp.date.weekday(…)`, `tp.file.creation_date(…)` and `moment(…)…` in one `<% %>` tag
 * (whitespace marks allowed), maybe in quotes, maybe with a comment after it. Not `<%* %>`,
 * which is a script: left for Templater, as every script is.
 */
const TEMPLATER_DATE =
  /^date:[ \t]+(["']?)<%[-_]?[ \t]*(?:tp\.date\.(?:now|today|tomorrow|yesterday|weekday)|tp\.file\.creation_date|moment)\([^%]*%>\1(?:[ \t]+(#.*)|[ \t]*)$/;

/** The template with such a `date:` emptied (its comment kept); the text as it was otherwise, byte for byte. */
export function formDateOverTemplater(template: string): string {
  const lines = splitLines(template);
  const bodyStart = bodyStartOf(lines);
  let at = 0;
  for (let i = 0; i < bodyStart; i++) {
    const line = lines[i] ?? "";
    // `[^%]*` cannot run past the tag's `%`, so the test is linear in the line (growth-tested).
    const m = i > 0 && line.startsWith("date:") ? TEMPLATER_DATE.exec(line) : null;
    if (m) return `${template.slice(0, at)}${m[2] === undefined ? "date:" : `date: ${m[2]}`}${template.slice(at + line.length)}`;
    // The next line starts after this one's line break (CRLF or LF, as each line has it).
    at = template.indexOf("\n", at + line.length) + 1;
    if (at === 0) break;
  }
  return template;
}
