// Ticking a checklist item safely. The item is found again by its exact text (a line
// number alone may be stale: the note can change between reading and ticking), only
// the one status character changes, and every other byte, line endings included,
// stays as it was. When the item cannot be found unambiguously nothing is written.
import { scanBody, taskOnLine } from "../note/scan";
import { readFrontmatter } from "../note/frontmatter";
import { splitLines, stripBom } from "../text/lines";

export interface TaskRef {
  /** 0-based line where the item was when it was read. */
  line: number;
  /** The whole line as it was read. */
  raw: string;
}

export type TaskTarget = "done" | "open";

const NOT_A_TASK = "That line is no longer a checklist item, so the note was not changed.";

export type ToggleResult =
  | { ok: true; text: string; line: number }
  | { ok: false; reason: string };

/** The line with its checkbox set to `to`, or null when it is not a task line. */
export function setTaskStatus(line: string, to: TaskTarget): string | null {
  const task = taskOnLine(line);
  if (!task) return null;
  const mark = to === "done" ? "x" : " ";
  return line.slice(0, task.statusAt) + mark + line.slice(task.statusAt + task.status.length);
}

interface LineSpan {
  start: number;
  end: number;
}

function lineSpans(text: string): LineSpan[] {
  const spans: LineSpan[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    const next = end < 0 ? text.length : end + 1;
    if (end < 0) end = text.length;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    spans.push({ start, end });
    start = next;
  }
  return spans;
}

/**
 * Lines that hold a task as the reader sees them: not inside code or the frontmatter, so
 * an identical line in a code block is never taken for the item.
 */
function taskLines(text: string): Set<number> {
  const lines = splitLines(stripBom(text));
  const start = readFrontmatter(lines).bodyStart;
  return new Set(scanBody(lines, start, { fields: false, templateTags: false }).tasks.map((t) => t.line));
}

/** Where `ref` is now: its old line if unchanged, else the single task line with the same text. */
export function locateTask(text: string, ref: TaskRef): { line: number; span: LineSpan } | { reason: string } {
  const spans = lineSpans(text);
  const tasks = taskLines(text);
  const lineText = (i: number) => {
    const span = spans[i];
    if (!span) return null;
    const raw = text.slice(span.start, span.end);
    return i === 0 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  };
  const atOld = spans[ref.line];
  if (atOld && lineText(ref.line) === ref.raw) {
    if (tasks.has(ref.line)) return { line: ref.line, span: atOld };
    return { reason: NOT_A_TASK };
  }
  const matches: number[] = [];
  for (const i of tasks) {
    if (lineText(i) === ref.raw) matches.push(i);
    if (matches.length > 1) break;
  }
  const only = matches[0];
  if (matches.length === 1 && only !== undefined) {
    const span = spans[only];
    if (span) return { line: only, span };
  }
  if (matches.length > 1) {
    return { reason: "The note has several identical items like this one, so it was not changed. Open the note to tick it." };
  }
  return { reason: "The item was changed or removed since the list was drawn, so the note was not changed." };
}

export function toggleTaskInText(text: string, ref: TaskRef, to: TaskTarget): ToggleResult {
  const found = locateTask(text, ref);
  if ("reason" in found) return { ok: false, reason: found.reason };
  const { span } = found;
  const bom = found.line === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const current = text.slice(span.start + bom, span.end);
  const updated = setTaskStatus(current, to);
  if (updated === null) return { ok: false, reason: NOT_A_TASK };
  return { ok: true, text: text.slice(0, span.start + bom) + updated + text.slice(span.end), line: found.line };
}
