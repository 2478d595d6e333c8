// A tick on an item inside git's conflict markers (note/merge-conflict.ts) is refused:
// each side of the conflict holds its own copy of the item, ticked on one and open on the
// other, so the line clicked is one of two that mean the same item, and whichever is
// ticked, the resolution may keep the other. The reader leaves such items out of the
// lists; this catches a list drawn before the merge reached the note (a sync, a pull).
//
// The merge is named even when another check refused first: the copy on the other side
// reads as an identical item added ("twinAdded"), the markers as lines moved around it,
// and either notice would send the user looking for a change nobody typed.
import { scanBody } from "../note/scan";
import { bodyStartOf } from "../note/frontmatter";
import { inConflict, mergeConflicts } from "../note/merge-conflict";
import { splitLines, stripBom } from "../text/lines";
import { taskTwinKey, twinKey } from "./structure";
import type { TaskRef } from "./task-ref";
import type { Found } from "./toggle";

/**
 * `found` (where the tick would land, or why it was refused), unless the note holds an
 * unresolved merge conflict and the item is inside it: the line found, or, when refused,
 * any line reading as the item (checkbox aside). A note without `<<<<<<<` is not read again.
 */
export function refuseInMerge(text: string, ref: TaskRef, found: Found): Found {
  if (text.indexOf("<<<<<<<") < 0) return found;
  const lines = splitLines(stripBom(text));
  const scan = scanBody(lines, bodyStartOf(lines), { fields: false, templateTags: false });
  // Markers in fenced code are an example, not a conflict: the reader's own rule.
  const conflicts = mergeConflicts(lines, scan.code);
  if (conflicts.length === 0) return found;
  if (!("kind" in found)) return inConflict(conflicts, found.line) ? { kind: "mergeConflict" } : found;
  const key = twinKey(ref.raw);
  const inside = key !== null && scan.tasks.some((task) => inConflict(conflicts, task.line) && taskTwinKey(task) === key);
  return inside ? { kind: "mergeConflict" } : found;
}
