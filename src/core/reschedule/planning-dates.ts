// The Tasks plugin's planning dates on a task line: ⏳ scheduled (also ⌛) and 🛫 start,
// written as Tasks writes them (`⏳ 2026-11-20`, the emoji's variation selector allowed).
// They say when to work on an item, so a reschedule moves them with its 📅 due date. The
// other Tasks dates are history and are not read here: ➕ created, ✅ done, ❌ cancelled
// say when something happened, which a new show date does not change. As for 📅, a mark
// inside `inline code` is talk about the syntax, one inside a comment is hidden, and a template's offset (`⏳ -7d`) is
// read so an episode's first date can turn it into a date. A mark followed by plain words
// ("Move ⏳ 2026-11-20 to Friday") is description, as Tasks reads its fields from the end
// of the line, and stays as written: the same rule as 📅 (deadlines/trailing-fields.ts).
// One indexOf pass per emoji,
// so a line of any length costs linear time.
import { isValidDate } from "../time/calendar-date";
import { looksLikeOffset, parseOffset, type Offset } from "../deadlines/offset";
import { inCodeOrCommentTester } from "../note/comments";
// The date's shape and what may follow a value are the 📅 reader's own.
import { DATE_SHAPE, PUNCTUATION, readLineDue } from "../deadlines/line-due";
import { isSpace } from "../note/task-fields";
import { withoutTrailing } from "../text/trim-end";
import { trailingFieldsStart } from "../deadlines/trailing-fields";

export interface PlanningMark {
  kind: "scheduled" | "start";
  /** The date (`YYYY-MM-DD`) or the offset written after the emoji; exactly one is set. */
  date: string | null;
  offset: Offset | null;
  /** Where the value (the date's ten characters, or the offset) sits on the line. */
  from: number;
  to: number;
  /** Where the emoji starts, for the inline-code test. */
  at: number;
}

/** ⏳ U+23F3 and ⌛ U+231B are one code unit each; 🛫 U+1F6EB is a surrogate pair. */
const EMOJIS: readonly { text: string; kind: PlanningMark["kind"] }[] = [
  { text: "\u23f3", kind: "scheduled" },
  { text: "\u231b", kind: "scheduled" },
  { text: "\ud83d\udeeb", kind: "start" },
];

function markAt(line: string, at: number, width: number, kind: PlanningMark["kind"]): PlanningMark | null {
  let i = at + width;
  if (line.charCodeAt(i) === 0xfe0f) i++;
  while (isSpace(line.charCodeAt(i))) i++;
  const valueAt = i;
  while (i < line.length && !isSpace(line.charCodeAt(i))) i++;
  const word = line.slice(valueAt, i);
  const head = word.slice(0, 10);
  // A date followed by anything but a digit ("2026-11-20," or "2026-11-20@10:00") is that date.
  if (DATE_SHAPE.test(head)) {
    const next = word.charCodeAt(10);
    const more = next >= 48 && next <= 57;
    return isValidDate(head) && !more ? { kind, date: head, offset: null, from: valueAt, to: valueAt + 10, at } : null;
  }
  const bare = looksLikeOffset(word) ? word : withoutTrailing(word, PUNCTUATION);
  if (!looksLikeOffset(bare)) return null;
  const read = parseOffset(bare);
  return read.ok ? { kind, date: null, offset: read.offset, from: valueAt, to: valueAt + bare.length, at } : null;
}

/** The ⏳/⌛ scheduled and 🛫 start marks of one line outside inline code and comments, in line order. */
export function planningMarks(line: string): PlanningMark[] {
  const found: PlanningMark[] = [];
  for (const emoji of EMOJIS) {
    for (let at = line.indexOf(emoji.text); at >= 0; at = line.indexOf(emoji.text, at + emoji.text.length)) {
      const mark = markAt(line, at, emoji.text.length, emoji.kind);
      if (mark) found.push(mark);
    }
  }
  if (found.length === 0) return found;
  found.sort((a, b) => a.at - b.at);
  // Code spans and comments read as the reader reads them (one rule, comments.ts).
  const hidden = inCodeOrCommentTester(line);
  const outside = hidden === null ? found : found.filter((mark) => !hidden(mark.at));
  if (outside.length === 0) return outside;
  const start = trailingFieldsStart(line, [...readLineDue(line).spans, ...outside.map((mark) => ({ from: mark.at, to: mark.to }))]);
  return outside.filter((mark) => mark.at >= start);
}
