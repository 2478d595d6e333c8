// A user's template often leaves the episode's facts blank instead of using
// placeholders: the real GOH template has `date:` empty and `Guest:: "Name"`. After
// rendering, such blanks get what the host typed in the form, so the note is complete
// either way. Only empty or placeholder values are filled; anything written stays.
import { bodyStartOf } from "../../note/frontmatter";
import { scanBody } from "../../note/scan";
import { splitLines } from "../../text/lines";
import { canonicalKey } from "../../note/fields";
import { parseGuestValue } from "../../note/guests";

export interface FieldValues {
  date: string;
  guests: readonly string[];
  guestFields: readonly string[];
}

export function fillEmptyFields(text: string, values: FieldValues): string {
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = splitLines(text);
  const bodyStart = bodyStartOf(lines);
  if (values.date !== "" && bodyStart > 0) {
    const at = lines.findIndex((line, i) => i > 0 && i < bodyStart && /^date:[ \t]*$/.test(line));
    if (at > 0) lines[at] = `date: ${values.date}`;
  }
  if (values.guests.length > 0) {
    const keys = new Set(values.guestFields.map(canonicalKey));
    // Only a whole-line field (`Guest:: "Name"`) is filled; an inline one is left alone.
    // The test is part of the search: an empty `[guest:: ]` earlier in the note used to
    // be found first and stop it, so the whole-line field after it stayed empty.
    const wholeLine = (line: string | undefined) => {
      const at = line?.indexOf("::") ?? -1;
      return line !== undefined && at >= 0 && !/[[(]/.test(line.slice(0, at));
    };
    const field = scanBody(lines, bodyStart, { fields: true, templateTags: false }).fields.find(
      (f) => keys.has(canonicalKey(f.key)) && parseGuestValue(f.value).guests.length === 0 && wholeLine(lines[f.line]),
    );
    const line = field ? lines[field.line] : undefined;
    if (field && line !== undefined) {
      const at = line.indexOf("::");
      lines[field.line] = `${line.slice(0, at + 2)} ${values.guests.join(", ")}`;
    }
  }
  const trailing = text.endsWith("\n") ? newline : "";
  return lines.join(newline) + trailing;
}
