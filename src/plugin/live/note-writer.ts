// Writing the live show into its note. An open note is edited through its editor (the
// host's cursor, undo history and unsaved typing are kept, and the change shows at once)
// and saved right away, so another device or the index sees it without the editor's
// two-second wait; a closed note is edited atomically with Vault.process. Either way the
// change is planned on the note's text as it is at that moment, and a plan that cannot
// be made safely writes nothing.
import { MarkdownView, type App, type TFile } from "obsidian";
import { applyEdits, type TextEdit } from "../../core/live/edits";
import { changedRange } from "../../core/text/changed-range";
import { planMarkLines, type MarkChange } from "../../core/live/mark-lines";
import { instantText } from "../../core/live/live-state";
import { textFrontmatter } from "../vault/frontmatter";
import { isRecord } from "../../core/records";

export type WriteResult<T> = { ok: true; value: T; text: string } | { ok: false; reason: string };

export type Planned<T> = { ok: true; edits: TextEdit[]; value: T } | { ok: false; reason: string };

/** Thrown inside Vault.process so a refused plan writes nothing (returning the text unchanged would still write). */
class Refused extends Error {}

export function openViewOf(app: App, path: string): MarkdownView | null {
  for (const leaf of app.workspace.getLeavesOfType("markdown")) {
    if (leaf.view instanceof MarkdownView && leaf.view.file?.path === path) return leaf.view;
  }
  return null;
}

/** The note's text as the host sees it: the open editor's, else the file's. */
export async function currentText(app: App, file: TFile): Promise<string> {
  const view = openViewOf(app, file.path);
  return view ? view.editor.getValue() : app.vault.cachedRead(file);
}

/**
 * Plan on the current text and write. Synchronous for an open note (the edit is in the
 * editor before this returns a promise), atomic for a closed one.
 */
export function editNote<T>(app: App, file: TFile, plan: (text: string) => Planned<T>): Promise<WriteResult<T>> {
  const view = openViewOf(app, file.path);
  if (view) {
    const editor = view.editor;
    const planned = plan(editor.getValue());
    if (!planned.ok) return Promise.resolve(planned);
    editor.transaction({ changes: planned.edits.map((e) => ({ from: e.from, to: e.to, text: e.text })) });
    const text = editor.getValue();
    return view.save().then(
      () => ({ ok: true as const, value: planned.value, text }),
      // The edit is in the editor either way; its own save will retry.
      () => ({ ok: true as const, value: planned.value, text }),
    );
  }
  return processNote(app, file, plan);
}

async function processNote<T>(app: App, file: TFile, plan: (text: string) => Planned<T>): Promise<WriteResult<T>> {
  let value: T | undefined;
  let written = "";
  try {
    await app.vault.process(file, (data) => {
      const planned = plan(data);
      if (!planned.ok) throw new Refused(planned.reason);
      value = planned.value;
      written = applyEdits(data, planned.edits);
      return written;
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.message };
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, value: value as T, text: written };
}

/**
 * Give an open note the text `after` (planned on its editor's text just before, with no
 * await between) as one change in its editor, then save. Vault.process would read the
 * saved file and the editor would then take the written file, dropping typing not saved
 * yet; here that typing is part of the text planned on, and the change starts no sooner
 * and ends no later than the texts differ.
 */
export async function replaceOpenText(view: MarkdownView, after: string): Promise<void> {
  const editor = view.editor;
  const range = changedRange(editor.getValue(), after);
  if (range === null) return;
  editor.transaction({ changes: [{ from: editor.offsetToPos(range.from), to: editor.offsetToPos(range.to), text: range.text }] });
  // The edit is in the editor either way; its own save retries a failed one.
  await view.save().catch(() => undefined);
}

/**
 * Set frontmatter keys with processFrontMatter, after `check` confirms the values it
 * relies on are still those it read (another device may have changed them). Unsaved
 * typing in an open editor is saved first, so the write cannot drop it.
 */
export async function setProperties(
  app: App,
  file: TFile,
  change: (frontmatter: Record<string, unknown>) => string | null,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  await openViewOf(app, file.path)?.save();
  try {
    await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
      const refusal = change(frontmatter);
      if (refusal !== null) throw new Refused(refusal);
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `The note's frontmatter could not be read (${message}); nothing was changed.` };
  }
  return { ok: true };
}

/**
 * Write the live show's marks as one-line edits (mark-lines.ts: comments, quotes and the
 * other properties stay as written), through the open editor (one undo step) or
 * Vault.process, planned on the note's text at the write. `check` gets the values as
 * written; where the line edit cannot be made safely (no frontmatter, a key on several
 * lines or written as a list, escapes, a value written otherwise than expected) the same
 * change goes through processFrontMatter with `fallback`, which judges the parsed YAML.
 */
export async function writeMarks(
  app: App,
  file: TFile,
  read: readonly string[],
  check: (values: Record<string, string | null>) => string | null,
  changes: readonly MarkChange[],
  fallback: (frontmatter: Record<string, unknown>) => string | null,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  let unsafe = false;
  const result = await editNote(app, file, (text): Planned<null> => {
    const plan = planMarkLines(text, read, check, changes);
    if (plan.ok && readsAsPlanned(text, applyEdits(text, plan.edits), changes)) return { ok: true, edits: plan.edits, value: null };
    unsafe = plan.ok || plan.unsafe;
    return { ok: false, reason: plan.ok ? "the line edit did not read back as planned" : plan.reason };
  });
  if (result.ok) return { ok: true };
  return unsafe ? setProperties(app, file, fallback) : { ok: false, reason: result.reason };
}

/** A value Obsidian's parser gives back for a mark written as `value` (a YAML reader with timestamps gives a Date). */
function sameMark(parsed: unknown, value: string): boolean {
  return parsed === value || (parsed instanceof Date && instantText(parsed.getTime()) === value);
}

/**
 * The line edit verified by Obsidian's own YAML parser: the properties parsed before it and
 * after it differ in the changed keys only, each now holding its new value (or gone). Broken
 * YAML before the edit is no place for one (processFrontMatter then says it cannot be read).
 */
function readsAsPlanned(before: string, after: string, changes: readonly MarkChange[]): boolean {
  const was = textFrontmatter(before).data;
  const now = textFrontmatter(after).data;
  if (!isRecord(was) || !isRecord(now)) return false;
  const changed = new Set(changes.map((c) => c.key));
  for (const change of changes) {
    if (change.value === null ? change.key in now : !sameMark(now[change.key], change.value)) return false;
  }
  const keys = new Set([...Object.keys(was), ...Object.keys(now)]);
  for (const key of keys) {
    if (!changed.has(key) && JSON.stringify(was[key]) !== JSON.stringify(now[key])) return false;
  }
  return true;
}
