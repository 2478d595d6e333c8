// Where the run of fields at the end of a task line starts, as the Tasks plugin reads it:
// from the end, one field after another (📅 and the other dates, priority, 🔁, 🆔, ⛔, 🏁,
// Dataview-form fields, tags, a block id) until a character no field holds. An emoji mark
// before that point is followed by plain words, so Tasks reads it as description ("Reply
// to the 📅 2026-01-01 invite"): the deadline and planning readers keep only the marks in
// this run. Punctuation and comments between fields are passed over, as the readers take
// "📅 2026-11-27," and Obsidian hides a comment. Each step moves back over the characters
// it reads, so a line of any length costs linear time.
import { blockId, fieldAt, isSpace, marksByEnd, skipBack, tagAt, wordFieldsOf, type Span } from "../note/task-fields";
import { hasCommentMarker, lineComments, NO_COMMENT } from "../note/comments";

/** What may follow a value without being part of it, as the readers allow ("📅 2026-11-27,"). */
const PUNCTUATION = new Set([44, 46, 59, 58, 33, 63, 41, 93]);

/**
 * The start of the trailing fields of `line`. `marks` are the spans of the marks read on
 * it (deadlines, planning dates), each from its emoji or bracket to the end of its value:
 * they count as fields whatever their value, so a bad date at the end is still warned of.
 */
export function trailingFieldsStart(line: string, marks: readonly Span[]): number {
  const comments = hasCommentMarker(line) ? lineComments(line, -1, NO_COMMENT).comments : [];
  let k = comments.length - 2;
  const words = wordFieldsOf(line);
  const markAt = marksByEnd(marks);
  // Asked at ever smaller ends, so the comments are passed once, from the last.
  const fieldEndingAt = (end: number): number => {
    while (k >= 0 && (comments[k] ?? 0) >= end) k -= 2;
    if (k >= 0 && (comments[k + 1] ?? 0) >= end) return comments[k] ?? 0;
    let from = fieldAt(line, end, markAt, words);
    if (from < 0) from = tagAt(line, end);
    if (from < 0) from = blockId(line, end);
    return from;
  };
  let end = line.length;
  for (;;) {
    end = skipBack(line, end, isSpace);
    let from = fieldEndingAt(end);
    if (from < 0) {
      const bare = skipBack(line, end, (c) => isSpace(c) || PUNCTUATION.has(c));
      if (bare < end) from = fieldEndingAt(bare);
    }
    if (from < 0 || from >= end) return end;
    end = from;
  }
}
