// Refs made the way the sidebar makes them: read the note into an Episode, then derive.
import { taskRefsOf, type TaskRef } from "../../src/core/tick/task-ref";
import type { ToggleResult } from "../../src/core/tick/toggle";
import { readNote } from "../support/notes";

export function refsOf(text: string): TaskRef[] {
  return taskRefsOf(readNote("x.md", text), text);
}

/** The ref of the task on 0-based `line` of `text`, as read from `text`. */
export function refAt(text: string, line: number): TaskRef {
  const ref = refsOf(text).find((r) => r.line === line);
  if (!ref) throw new Error(`no task on line ${line}`);
  return ref;
}

/** Why a tick was refused, or "(ticked line n)" when it was not. */
export function refusal(result: ToggleResult): string {
  return result.ok ? `(ticked line ${result.line})` : result.reason;
}
