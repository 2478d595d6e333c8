// A user's template often leaves the episode's facts blank instead of using
// placeholders: the real GOH template has `date:` empty and `Guest:: "Name"`, the CCG
// template an empty `Invitado(s):` (a one-colon guest field, see note/one-colon.ts).
// After rendering, such blanks get what the host typed in the form, so the note is
// complete either way. Only empty or placeholder values are filled; anything written stays.
import { bodyStartOf } from "../../note/frontmatter";
import { scanBody } from "../../note/scan";
import { splitLines } from "../../text/lines";
import { canonicalKey } from "../../note/fields";
import { parseGuestValue } from "../../note/guests";
import { oneColonKeys } from "../../note/one-colon";
import { andWordsFor, joinGuestNames } from "../../note/and-words";

export interface FieldValues {
  date: string;
  guests: readonly string[];
  guestFields: readonly string[];
  /** The show's language: a one-colon line is written as its notes write it ("Ann y Bo"). */
  language?: string;
}

/**
 * The template's comment (or "") when a top-level `date:` line has a value YAML reads as
 * none: nothing, `""`, `''`, `~` or `null` (any case YAML 1.2's core schema reads), maybe
 * followed by a comment; null for any other line. Templates write an empty date all these
 * ways (Obsidian's own property editor writes `date:`); each left the note without the
 * date the form asked for. One pass, no regex over the spaces: `[ \t]*` twice in a row
 * split a long run of spaces every possible way.
 */
function emptyDateComment(line: string): string | null {
  const m = /^date:([^#]*)(#.*)?$/.exec(line);
  if (!m) return null;
  const before = m[1] ?? "";
  // A `#` right after the value is part of it (`date: ~#x`), not a comment.
  if (m[2] !== undefined && before !== "" && !/[ \t]$/.test(before)) return null;
  if (!EMPTY_VALUES.has(before.trim())) return null;
  return m[2] === undefined ? "" : ` ${m[2]}`;
}

const EMPTY_VALUES = new Set(["", '""', "''", "~", "null", "Null", "NULL"]);

export function fillEmptyFields(text: string, values: FieldValues): string {
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = splitLines(text);
  const bodyStart = bodyStartOf(lines);
  if (values.date !== "" && bodyStart > 0) {
    for (let i = 1; i < bodyStart; i++) {
      const comment = emptyDateComment(lines[i] ?? "");
      if (comment === null) continue;
      // The template's comment stays after the date (`date: # YYYY-MM-DD` is a hint, not a value).
      lines[i] = `date: ${values.date}${comment}`;
      break;
    }
  }
  if (values.guests.length > 0) {
    const keys = new Set(values.guestFields.map(canonicalKey));
    const colonKeys = oneColonKeys(values.guestFields);
    const language = values.language ?? "";
    // Only a whole-line field (`Guest:: "Name"`, `Invitado(s):`) is filled; an inline one
    // is left alone. The test is part of the search: an empty `[guest:: ]` earlier in the
    // note used to be found first and stop it, so the whole-line field after it stayed empty.
    const wholeLine = (line: string | undefined) => {
      const at = line?.indexOf("::") ?? -1;
      return line !== undefined && at >= 0 && !/[[(]/.test(line.slice(0, at));
    };
    const scan = scanBody(lines, bodyStart, { fields: true, templateTags: false, oneColonKeys: colonKeys.size > 0 ? colonKeys : undefined });
    const field = scan.fields.find(
      (f) =>
        (f.valueAt !== undefined || (keys.has(canonicalKey(f.key)) && wholeLine(lines[f.line]))) &&
        parseGuestValue(f.value, andWordsFor(language)).guests.length === 0,
    );
    const line = field ? lines[field.line] : undefined;
    if (field && line !== undefined) {
      if (field.valueAt !== undefined) {
        // As the show's notes write it: `Invitado(s): Ann y Bo`, read back as two guests.
        lines[field.line] = `${line.slice(0, field.valueAt).trimEnd()} ${joinGuestNames(values.guests, language)}`;
      } else {
        const at = line.indexOf("::");
        lines[field.line] = `${line.slice(0, at + 2)} ${values.guests.join(", ")}`;
      }
    }
  }
  const trailing = text.endsWith("\n") ? newline : "";
  return lines.join(newline) + trailing;
}
