// The Tasks plugin's conventions for a tick made outside Tasks (the sidebar, the agenda,
// the live view). Tasks, ticking an item in Obsidian, adds `✅ <today>` (its default
// "Set done date on every completed task") and, on an item with a `🔁` rule, writes the
// next occurrence. A tick from here keeps the first convention on lines that are plainly
// Tasks lines (they already carry one of its fields), and refuses
// the second: computing the next occurrence needs Tasks' recurrence rules ("every month
// on the last Friday", "when done"...), which only Tasks reads right (toggle.ts refuses,
// the note unchanged). A line that Tasks' global filter leaves out is no task to Tasks
// (tasks-settings.ts): neither convention applies, its checkbox alone changes.
//
// Every scan here is indexOf or a regex anchored on an emoji: linear in the line.
import { isTasksTask, tasksSettings } from "./tasks-settings";

/** Tasks' date fields: due (📅, or its 📆 🗓 variants), scheduled (⏳ ⌛), start (🛫), created (➕), each with its date. */
const DATE_FIELD = /(?:📅|📆|🗓|⏳|⌛|🛫|➕)\uFE0F? *\d{4}-\d{2}-\d{2}/u;
/** Tasks' priorities: highest, high, medium, low, lowest. */
const PRIORITY = /[🔺⏫🔼🔽⏬]/u;
const RECURRENCE = "🔁";
const DONE = "✅";
const DONE_DATE = /^✅\uFE0F? *\d{4}-\d{2}-\d{2}/u;

/** The line carries a Tasks field (a date, a `🔁` rule or a priority): Tasks would date its tick. */
export function hasTasksFields(line: string): boolean {
  return line.includes(RECURRENCE) || DATE_FIELD.test(line) || PRIORITY.test(line);
}

/** The line has a `🔁` rule: ticking it means writing its next occurrence, which only Tasks can. */
export function repeats(line: string): boolean {
  return line.includes(RECURRENCE);
}

/** Where the first `✅ <date>` of the line starts (the spaces before it included) and ends, or null. */
function doneDateSpan(line: string): { start: number; end: number } | null {
  for (let at = line.indexOf(DONE); at >= 0; at = line.indexOf(DONE, at + 1)) {
    const match = DONE_DATE.exec(line.slice(at, at + 24));
    if (!match) continue;
    let start = at;
    while (start > 0 && (line[start - 1] === " " || line[start - 1] === "\t")) start--;
    return { start, end: at + match[0].length };
  }
  return null;
}

/**
 * Where Tasks puts its done date: last of its fields, so at the end of the line, but before
 * a block link (` ^id`, which Tasks keeps last) and before trailing spaces.
 */
function doneDateAt(line: string): number {
  let end = line.length;
  while (end > 0 && (line[end - 1] === " " || line[end - 1] === "\t")) end--;
  const link = line.lastIndexOf(" ^", end);
  if (link >= 0 && link + 2 < end && /^[A-Za-z0-9-]+$/.test(line.slice(link + 2, end))) end = link;
  return end;
}

/** The line with ` ✅ <today>` where Tasks writes it; unchanged when it already has a done date. */
export function withDoneDate(line: string, today: string): string {
  if (doneDateSpan(line)) return line;
  const at = doneDateAt(line);
  return `${line.slice(0, at)} ${DONE} ${today}${line.slice(at)}`;
}

/** The line without its `✅ <date>` (and the spaces before it), as Tasks leaves an item it unticks. */
export function withoutDoneDate(line: string): string {
  const span = doneDateSpan(line);
  return span ? line.slice(0, span.start) + line.slice(span.end) : line;
}

/** Tasks' "Set done date on every completed task", from the text of its data.json (tasks-settings.ts). */
export function tasksSetsDoneDate(data: string | null): boolean {
  return tasksSettings(data).setDoneDate;
}

/**
 * Whether a tick of `line` gets Tasks' `✅ date` (its "set done date" on): a line Tasks
 * takes for a task (its global filter, tasks-settings.ts) that is plainly a Tasks line,
 * one with a Tasks field. A plain item stays one character's change, the global filter on
 * it or not: many hosts tick checklists without Tasks, and a plain tick is written at
 * once, before Tasks' settings could be read.
 */
export function tasksDatesLine(line: string, globalFilter: string): boolean {
  return hasTasksFields(line) && isTasksTask(line, globalFilter);
}

/** Whether Tasks' settings can change a tick of `line`: it has a Tasks field (a date, a priority, a `🔁` rule) or a `✅`. */
export function mayBeTasksLine(line: string): boolean {
  return hasTasksFields(line) || line.includes(DONE);
}
