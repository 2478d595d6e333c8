// Ticking a checklist item from the sidebar. The open editor is used when the note is
// open (so the user's cursor, undo history and unsaved typing are respected);
// otherwise Vault.process edits the file atomically. Both go through the same pure
// locate on the text they actually hold (the editor's may differ from the indexed copy),
// and only the item's line changes: its status character, and on a Tasks line the
// `✅ <today>` the Tasks plugin would write (core/tick/tasks-fields.ts), unless Tasks' own
// settings say not to: "set done date" off, or a global filter the line does not hold
// (core/tick/tasks-settings.ts). Today is the caller's: each place that ticks holds the
// episode as the index classed it, and the plugin's clock, and passes the day in its
// show's zone (DoneDay). If the item cannot be told apart from others, or repeats (`🔁`),
// nothing is written and the reason is returned for a notice: what changed, that nothing
// was written, and what to do (core/tick/refusals.ts, core/tick/repeats.ts).
import { MarkdownView, Notice, normalizePath, type App, type TFile } from "obsidian";
import { endsRecurrence, findTask, tickInText, tickedLine, type TaskRef, type TaskTarget } from "../../core/tick/toggle";
import { refusalNotice, refusalReason } from "../../core/tick/refusals";
import type { TickRefusal } from "../../core/tick/repeats";
import { mayBeTasksLine, tasksDatesLine } from "../../core/tick/tasks-fields";
import { TASKS_DEFAULTS, tasksSettings, type TasksSettings } from "../../core/tick/tasks-settings";
import { taskOnLine } from "../../core/note/scan";
import { todayIn } from "../../core/note/dates";
import { placedRules } from "../../core/vault/no-show";
import type { EpisodeIndex } from "../../core/vault/episode-index";
import { localTimeZone, type Clock } from "../clock";
import { openViewOf } from "../live/note-writer";

/** A row whose note is gone (deleted, or renamed before the list redrew). */
export const NOTE_GONE = "The note no longer exists, so nothing was changed. Tick it again once the list has redrawn.";

/**
 * A refused tick's `reason` is the whole notice (why, and what to do); `why` is the first
 * part alone, for a caller that says its own "what next" (the live view's auto-tick
 * retries by itself, so "tick it again" would be wrong there).
 */
export type TickResult = { ok: true } | { ok: false; reason: string; why: string; kind?: TickRefusal; line?: number };

/** `line`: where the item was found, for a refusal about the item itself (it repeats), to open the note at. */
function refused(ref: TaskRef, kind: TickRefusal, line?: number): TickResult {
  const result: TickResult = { ok: false, reason: refusalNotice(ref, kind), why: refusalReason(ref, kind), kind };
  if (line !== undefined) result.line = line;
  return result;
}

/** The Tasks plugin's settings file, where its "Set done date on every completed task" is kept. */
export function tasksDataPath(app: App): string {
  return normalizePath(`${app.vault.configDir}/plugins/obsidian-tasks-plugin/data.json`);
}

/** Tasks' settings as its data.json says now (changed any time in its settings); unreadable is its defaults. */
async function tasksSettingsNow(app: App): Promise<TasksSettings> {
  const path = tasksDataPath(app);
  try {
    return tasksSettings((await app.vault.adapter.exists(path)) ? await app.vault.adapter.read(path) : null);
  } catch {
    return { ...TASKS_DEFAULTS };
  }
}

/**
 * Today, read when the tick dates its line, in the zone of the ticked episode's show:
 * what its `✅ date` says. Each place that ticks passes its own, from what it holds: the
 * episode as the index classed it (its show, or the rules of an episode of no show,
 * core/vault/no-show.ts) and the plugin's injected clock.
 */
export type DoneDay = () => string;

/** The DoneDay of a caller that holds the episode's zone: `clock`'s today there. */
export function dayIn(clock: Clock, zone: string): DoneDay {
  return () => todayIn(clock.now(), zone);
}

/**
 * The DoneDay of the episode at `path` as `index` classes it at the tick: its show's zone
 * (a marker's show, wherever the note sits), else by the rules of an episode of no show,
 * as its row in the sidebar is placed.
 */
export function episodeDay(index: EpisodeIndex, path: string, clock: Clock): DoneDay {
  return () => todayIn(clock.now(), placedRules(index.get(path)?.show ?? null, index.settings, localTimeZone()).schedule.timeZone);
}

/**
 * Thrown inside Vault.process to leave the file alone: returning the text unchanged
 * still writes it (new mtime, a 'modify' event, a sync upload), so a refused tick
 * aborts the write instead.
 */
class TickRefused extends Error {
  constructor(
    readonly kind: TickRefusal,
    readonly line?: number,
  ) {
    super(kind);
  }
}

/** Tick (`done`) or untick the item `ref` names in `file`; `day`: today in its show's zone (DoneDay). */
export async function tickTask(app: App, file: TFile, ref: TaskRef, to: TaskTarget, day: DoneDay): Promise<TickResult> {
  // Read before the edit (the editor's edit and Vault.process's callback are synchronous),
  // and only for a line its settings can change (a Tasks field, a `✅`): a plain item is
  // ticked at once, as before.
  const tasks = mayBeTasksLine(ref.raw) ? await tasksSettingsNow(app) : TASKS_DEFAULTS;
  const doneDate = to === "done" && tasks.setDoneDate && tasksDatesLine(ref.raw, tasks.globalFilter) ? day() : null;
  const filter = tasks.globalFilter;
  const view = openViewOf(app, file.path);
  if (view) return tickInEditor(view, ref, to, doneDate, filter);
  try {
    await app.vault.process(file, (data) => {
      const result = tickInText(data, ref, to, doneDate, filter);
      if (!result.ok) throw new TickRefused(result.kind, result.line);
      return result.text;
    });
  } catch (error) {
    if (error instanceof TickRefused) return refused(ref, error.kind, error.line);
    throw error;
  }
  return { ok: true };
}

function tickInEditor(view: MarkdownView, ref: TaskRef, to: TaskTarget, doneDate: string | null, globalFilter: string): TickResult {
  const editor = view.editor;
  const found = findTask(editor.getValue(), ref);
  if ("kind" in found) return refused(ref, found.kind);
  // Verified on the editor's own line before writing: it reads exactly as the item did.
  const line = editor.getLine(found.line);
  const task = taskOnLine(line);
  if (line !== ref.raw || !task) return refused(ref, "notATask");
  if (endsRecurrence(line, to, globalFilter)) return refused(ref, "repeats", found.line);
  const updated = tickedLine(line, to, doneDate, globalFilter);
  if (updated === null) return refused(ref, "notATask");
  // Replace only the part of the line that differs (the status character, up to the done
  // date when one is added or taken away), so the cursor and folds elsewhere stay put.
  const { from, to: end, text } = changedPart(line, updated);
  editor.replaceRange(text, { line: found.line, ch: from }, { line: found.line, ch: end });
  return { ok: true };
}

/** The stretch of `before` that differs from `after`: [from, to) in `before`, and what replaces it. */
function changedPart(before: string, after: string): { from: number; to: number; text: string } {
  let from = 0;
  while (from < before.length && from < after.length && before[from] === after[from]) from++;
  let tail = 0;
  while (tail < before.length - from && tail < after.length - from && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { from, to: before.length - tail, text: after.slice(from, after.length - tail) };
}

/** Checkboxes whose tick is being written. */
const pending = new WeakSet<HTMLInputElement>();

/**
 * A tick started by a checkbox of the sidebar or the agenda. While it is written the box
 * stays ticked and ignores further changes; it is not `disabled`, since disabling the
 * focused box would throw the keyboard focus out of the list. Refused or failed, a
 * notice says why and the box is unticked again; refused because the item repeats, the
 * notice offers to open the note at it, where the Tasks plugin ticks it.
 */
export async function tickFromCheckbox(app: App, path: string, ref: TaskRef | null, text: string, checkbox: HTMLInputElement, day: DoneDay): Promise<void> {
  if (pending.has(checkbox)) {
    checkbox.checked = true;
    return;
  }
  pending.add(checkbox);
  checkbox.setAttr("aria-disabled", "true");
  const file = app.vault.getFileByPath(path);
  let result: TickResult;
  try {
    result = file && ref ? await tickTask(app, file, ref, "done", day) : { ok: false, reason: NOTE_GONE, why: NOTE_GONE };
  } catch (error) {
    // A failed write (file gone, disk full): nothing was changed, so say so and undo.
    const reason = error instanceof Error ? error.message : String(error);
    result = { ok: false, reason, why: reason };
  }
  pending.delete(checkbox);
  checkbox.removeAttribute("aria-disabled");
  if (!result.ok) {
    const message = `Office Hours did not tick “${text}”: ${result.reason}`;
    if (result.kind === "repeats" && file) noticeWithOpen(app, message, file, result.line ?? ref?.line ?? 0);
    else new Notice(message);
    checkbox.checked = false;
  }
}

/**
 * How long the notice with its "Open note" button stays: two sentences to read and a
 * button to reach, and the tick is not done until the user goes to the note.
 */
const OPEN_NOTICE_MS = 30000;

/** The notice, with a button that opens the note with the cursor on the item's line. */
function noticeWithOpen(app: App, message: string, file: TFile, line: number): void {
  const notice = new Notice(
    createFragment((f) => {
      f.createDiv({ text: message });
      const button = f.createEl("button", { cls: "mod-cta office-hours-notice-button", text: "Open note" });
      button.addEventListener("click", () => {
        notice.hide();
        void openAt(app, file, line);
      });
    }),
    OPEN_NOTICE_MS,
  );
}

async function openAt(app: App, file: TFile, line: number): Promise<void> {
  const leaf = app.workspace.getLeaf(false);
  await leaf.openFile(file, { active: true, eState: { line } });
  if (leaf.view instanceof MarkdownView) {
    const editor = leaf.view.editor;
    editor.setCursor({ line, ch: 0 });
    editor.scrollIntoView({ from: { line, ch: 0 }, to: { line, ch: 0 } }, true);
  }
}
