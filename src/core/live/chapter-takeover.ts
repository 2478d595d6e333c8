// A log that would make the chapter before it too short for YouTube takes that chapter's
// line over instead of adding a second one under 10 s after it (see takeOver).
import type { ChapterLine } from "./chapters";
import type { LogPlan } from "./edits";

/**
 * A log less than 10 s after the chapter before it (the template's `00:00:00 Introductions`
 * and the first point logged at 0:05; a point logged, then the right one a moment later)
 * would leave that chapter too short for YouTube, which refuses the whole list. The new
 * title takes that line over, at its time: only the title changes, and undo puts the line
 * back as it was. Null when the title cannot be found on the line as read.
 */
export function takeOver(lines: readonly string[], chapter: ChapterLine, title: string): LogPlan | null {
  const old = lines[chapter.line] ?? "";
  const from = chapter.title === "" ? -1 : old.indexOf(chapter.title, chapter.timeTo);
  if (from < 0) return null;
  const to = from + chapter.title.length;
  const lineText = old.slice(0, from) + title + old.slice(to);
  return {
    ok: true,
    edits: [{ from: { line: chapter.line, ch: from }, to: { line: chapter.line, ch: to }, text: title }],
    line: chapter.line,
    lineText,
    seconds: chapter.seconds,
    replaced: { lineText: old, title: chapter.title, at: chapter.at },
  };
}
