// The Tasks plugin's own settings that decide what a tick from here writes, read from its
// data.json (`<configDir>/plugins/obsidian-tasks-plugin/data.json`) at each tick, since
// they change any time in Tasks' settings:
// - "Set done date on every completed task" (`setDoneDate`, on unless it says false);
// - the global filter (`globalFilter`, "" for none). With one, Tasks treats only lines
//   holding it as tasks: any other checklist item is a plain checkbox to it, ticked by its
//   own "Toggle task done" without a `✅ date` and, with a `🔁` rule, without a next
//   occurrence. Its test is a plain substring test on the text after the checkbox, case
//   and all: `#task` is not a tag match, so `#tasks`, `#task/home` and `a#task` hold it,
//   `#Task` does not. Its "Remove global filter from description" changes how Tasks shows
//   an item, never the line, so a tick has nothing to do with it.
// No file, no JSON object, a key missing or of the wrong type: that key's default, as
// Tasks reads it.
import { taskOnLine } from "../note/scan";

export interface TasksSettings {
  setDoneDate: boolean;
  globalFilter: string;
}

/** Tasks with no data.json: every checklist item a task, each completion dated. */
export const TASKS_DEFAULTS: Readonly<TasksSettings> = { setDoneDate: true, globalFilter: "" };

/** The settings in the text of Tasks' data.json (null: no such file). */
export function tasksSettings(data: string | null): TasksSettings {
  if (data === null) return { ...TASKS_DEFAULTS };
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return { ...TASKS_DEFAULTS };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return { ...TASKS_DEFAULTS };
  const { setDoneDate, globalFilter } = parsed as { setDoneDate?: unknown; globalFilter?: unknown };
  return {
    setDoneDate: setDoneDate !== false,
    globalFilter: typeof globalFilter === "string" ? globalFilter : TASKS_DEFAULTS.globalFilter,
  };
}

/**
 * Whether Tasks takes `line` for one of its tasks: any checklist item when there is no
 * global filter, else one whose text after the checkbox (the spaces right after it
 * aside) holds the filter. False for a line that is no checklist item.
 */
export function isTasksTask(line: string, globalFilter: string): boolean {
  const task = taskOnLine(line);
  if (!task) return false;
  if (globalFilter === "") return true;
  // The status character, then "]": the text starts after it and the spaces that follow.
  let at = task.statusAt + task.status.length + 1;
  while (line.charCodeAt(at) === 32) at++;
  return line.indexOf(globalFilter, at) >= 0;
}
