// Each item's own deadline, read off its line, and the warnings for those that cannot be read.
import type { TaskItem } from "../types";
import { readLineDue } from "../deadlines/line-due";
import { shownText } from "./shown-text";

/** Deadline problems listed per note before the rest are only counted. */
const MAX_DUE_WARNINGS = 10;

/**
 * An open item's own deadline, kept on the item, and its text without the deadline (as
 * the Tasks plugin shows it: lists and snippets want "Send the invite", not the date);
 * what cannot be read stays in the text and is noted in `problems`.
 */
export function readDue(task: TaskItem, problems: string[] | null): void {
  const due = readLineDue(task.text);
  if (due.date) task.due = due.date.value;
  else if (due.offset) task.dueOffset = due.offset.offset;
  task.text = shownText(task.text, due.spans);
  if (problems && due.problems.length > 0) problems.push(`Line ${task.line + 1}: ${due.problems.join(" ")} The item's phase deadline is used.`);
}

/** The first problems as warnings, the rest counted: a note of many bad lines gets one more line, not thousands. */
export function dueWarnings(problems: readonly string[]): string[] {
  if (problems.length <= MAX_DUE_WARNINGS) return [...problems];
  const more = problems.length - MAX_DUE_WARNINGS;
  return [...problems.slice(0, MAX_DUE_WARNINGS), `${more} more item${more === 1 ? "" : "s"} have deadlines that cannot be read.`];
}
