// Ticking a checklist item from the sidebar. The open editor is used when the note is
// open (so the user's cursor, undo history and unsaved typing are respected);
// otherwise Vault.process edits the file atomically. Both go through the same pure
// locate on the text they actually hold (the editor's may differ from the indexed copy),
// and only the item's status character changes; if the item cannot be told apart from
// others, nothing is written and the reason is returned for a notice: what changed, that
// nothing was written, and what to do (core/tick/refusals.ts).
import { MarkdownView, Notice, type App, type TFile } from "obsidian";
import { findTask, tickInText, type TaskRef, type TaskTarget } from "../../core/tick/toggle";
import { refusalNotice, refusals, type RefusalKind } from "../../core/tick/refusals";
import { taskOnLine } from "../../core/note/scan";

/** A row whose note is gone (deleted, or renamed before the list redrew). */
export const NOTE_GONE = "The note no longer exists, so nothing was changed. Tick it again once the list has redrawn.";

/**
 * A refused tick's `reason` is the whole notice (why, and what to do); `why` is the first
 * part alone, for a caller that says its own "what next" (the live view's auto-tick
 * retries by itself, so "tick it again" would be wrong there).
 */
export type TickResult = { ok: true } | { ok: false; reason: string; why: string };

function refused(ref: TaskRef, kind: RefusalKind): TickResult {
  return { ok: false, reason: refusalNotice(ref, kind), why: refusals(ref)[kind] };
}

/**
 * Thrown inside Vault.process to leave the file alone: returning the text unchanged
 * still writes it (new mtime, a 'modify' event, a sync upload), so a refused tick
 * aborts the write instead.
 */
class TickRefused extends Error {
  constructor(readonly kind: RefusalKind) {
    super(kind);
  }
}

export async function tickTask(app: App, file: TFile, ref: TaskRef, to: TaskTarget): Promise<TickResult> {
  const view = openViewOf(app, file);
  if (view) return tickInEditor(view, ref, to);
  try {
    await app.vault.process(file, (data) => {
      const result = tickInText(data, ref, to);
      if (!result.ok) throw new TickRefused(result.kind);
      return result.text;
    });
  } catch (error) {
    if (error instanceof TickRefused) return refused(ref, error.kind);
    throw error;
  }
  return { ok: true };
}

function openViewOf(app: App, file: TFile): MarkdownView | null {
  for (const leaf of app.workspace.getLeavesOfType("markdown")) {
    if (leaf.view instanceof MarkdownView && leaf.view.file?.path === file.path) return leaf.view;
  }
  return null;
}

function tickInEditor(view: MarkdownView, ref: TaskRef, to: TaskTarget): TickResult {
  const editor = view.editor;
  const found = findTask(editor.getValue(), ref);
  if ("kind" in found) return refused(ref, found.kind);
  // Verified on the editor's own line before writing: it reads exactly as the item did.
  const line = editor.getLine(found.line);
  const task = taskOnLine(line);
  if (line !== ref.raw || !task) return refused(ref, "notATask");
  // Replace only the status character, so the cursor and folds elsewhere stay put.
  editor.replaceRange(
    to === "done" ? "x" : " ",
    { line: found.line, ch: task.statusAt },
    { line: found.line, ch: task.statusAt + task.status.length },
  );
  return { ok: true };
}

/** Checkboxes whose tick is being written. */
const pending = new WeakSet<HTMLInputElement>();

/**
 * A tick started by a checkbox of the sidebar or the agenda. While it is written the box
 * stays ticked and ignores further changes; it is not `disabled`, since disabling the
 * focused box would throw the keyboard focus out of the list. Refused or failed, a
 * notice says why and the box is unticked again.
 */
export async function tickFromCheckbox(app: App, path: string, ref: TaskRef | null, text: string, checkbox: HTMLInputElement): Promise<void> {
  if (pending.has(checkbox)) {
    checkbox.checked = true;
    return;
  }
  pending.add(checkbox);
  checkbox.setAttr("aria-disabled", "true");
  const file = app.vault.getFileByPath(path);
  let result: TickResult;
  try {
    result = file && ref ? await tickTask(app, file, ref, "done") : { ok: false, reason: NOTE_GONE, why: NOTE_GONE };
  } catch (error) {
    // A failed write (file gone, disk full): nothing was changed, so say so and undo.
    const reason = error instanceof Error ? error.message : String(error);
    result = { ok: false, reason, why: reason };
  }
  pending.delete(checkbox);
  checkbox.removeAttribute("aria-disabled");
  if (!result.ok) {
    new Notice(`Office Hours did not tick “${text}”: ${result.reason}`);
    checkbox.checked = false;
  }
}
