// Logging chapters during the show, taking the last one back, and shifting the start.
// The time is taken when the host acts (the key press, the click), before any prompt;
// the line is then planned on the note's text as it is at the moment of writing.
import { Notice, TFile } from "obsidian";
import type { IndexedEpisode } from "../../core/vault/episode-index";
import { planLog, planShift, planUndo, viewNote, type NoteView } from "../../core/live/edits";
import { elapsedSeconds, parseInstant } from "../../core/live/live-state";
import { shiftPastNow } from "../../core/live/shift-limit";
import { livePoints, nextPoint } from "../../core/live/live-model";
import { formatTimecode, parseShift } from "../../core/live/timecode";
import type { LiveService } from "./live-service";
import { currentText, editNote } from "./note-writer";
import { askText } from "../ui/text-prompt";

function fileOf(service: LiveService, path: string): TFile | null {
  const file = service.app.vault.getFileByPath(path);
  if (file instanceof TFile) return file;
  new Notice(`The live note ${path} no longer exists: nothing was logged.`);
  return null;
}

/**
 * Log a chapter at `atMs` into a live episode. Without a title: the editor's selection,
 * else the next talking point not yet logged, else a prompt.
 */
export async function logChapter(service: LiveService, indexed: IndexedEpisode, atMs: number, title: string | null = null): Promise<boolean> {
  const { episode } = indexed;
  const state = service.stateOf(indexed);
  if (state.kind !== "live") {
    new Notice(`${episode.basename} is not live: run Go live first.`);
    return false;
  }
  const file = fileOf(service, episode.path);
  if (!file) return false;
  const seconds = elapsedSeconds(state.startMs, atMs);
  const show = service.showOf(indexed);
  const matcher = service.headingMatcher(show);
  // The note as read to find the next point; reused when it is still the same at writing time.
  let read: { text: string; view: NoteView } | null = null;
  let chosen = title ?? selectionTitle(service);
  if (chosen === null) {
    const text = await currentText(service.app, file);
    read = { text, view: viewNote(text, matcher) };
    const next = nextPoint(livePoints(text, read.view.reading.section?.chapters ?? []));
    chosen = next?.title ?? (await askText(service.app, service.deps.modals, { title: `Chapter at ${formatTimecode(seconds)}`, placeholder: "Title", button: "Log", check: (v) => (v.trim() === "" ? "Give the chapter a title." : null) }));
    if (chosen === null) return false;
  }
  const finalTitle = chosen;
  const result = await editNote(service.app, file, (text) => {
    const view = read !== null && read.text === text ? read.view : viewNote(text, matcher);
    // `live:` ahead of this clock (another device's, within the 5 minutes still read as live):
    // the time reads 0, so the log goes in as its own line and takes none over.
    const plan = planLog(view, { seconds, title: finalTitle, mayTakeOver: atMs >= state.startMs }, service.timestampNames(show));
    return plan.ok ? { ok: true, edits: plan.edits, value: { line: plan.line, lineText: plan.lineText, ...(plan.replaced ? { replaced: plan.replaced } : {}) } } : plan;
  });
  if (!result.ok) {
    new Notice(`Nothing was logged: ${result.reason}`);
    return false;
  }
  service.logged.push({ path: episode.path, ...result.value });
  const taken = result.value.replaced;
  if (taken) {
    new Notice(
      `“${finalTitle}” came less than 10 s after “${taken.title}” (${taken.at}), too short a chapter for YouTube: it took that line's place at ${taken.at}. “Undo last timestamp” puts “${taken.title}” back.`,
    );
  }
  service.noteChanged(episode.path, result.text);
  return true;
}

/** A one-line selection in the active editor names the chapter. */
function selectionTitle(service: LiveService): string | null {
  const selection = service.app.workspace.activeEditor?.editor?.getSelection().trim() ?? "";
  return selection !== "" && !selection.includes("\n") ? selection : null;
}

export async function undoLastLog(service: LiveService): Promise<void> {
  const last = service.logged.pop();
  if (!last) {
    new Notice("No timestamp was logged in this session, so there is nothing to undo.");
    return;
  }
  const file = service.app.vault.getFileByPath(last.path);
  if (!(file instanceof TFile)) {
    new Notice(`The note ${last.path} no longer exists.`);
    return;
  }
  const indexed = service.deps.indexer.index.get(last.path);
  const matcher = service.headingMatcher(indexed ? service.showOf(indexed) : null);
  const result = await editNote(service.app, file, (text) => {
    const plan = planUndo(viewNote(text, matcher), last);
    return plan.ok ? { ok: true, edits: plan.edits, value: null } : plan;
  });
  if (!result.ok) {
    new Notice(`Not undone: ${result.reason}`);
    return;
  }
  new Notice(last.replaced ? `Put back “${last.replaced.lineText.trim()}”.` : `Removed “${last.lineText.trim()}”.`);
  service.noteChanged(last.path, result.text);
}

/** Ask how late the stream began, then shift. */
export async function askAndShift(service: LiveService, indexed: IndexedEpisode): Promise<void> {
  const answer = await askText(service.app, service.deps.modals, {
    title: "Shift the show's start",
    description: "How many seconds after you pressed Go live did the stream begin? Use a negative number if it began before. Every logged time moves with it.",
    placeholder: "40",
    button: "Shift",
    check: (v) => (parseShift(v) === null || parseShift(v) === 0 ? "Seconds, like 40, -5 or 1:10." : null),
  });
  const delta = answer === null ? null : parseShift(answer);
  if (delta !== null) await shiftStart(service, indexed, delta);
}

export async function shiftStart(service: LiveService, indexed: IndexedEpisode, delta: number): Promise<boolean> {
  const { episode } = indexed;
  const file = service.app.vault.getFileByPath(episode.path);
  if (!(file instanceof TFile)) {
    new Notice(`The note ${episode.path} no longer exists.`);
    return false;
  }
  const show = service.showOf(indexed);
  const live = episode.live.start === null ? null : { value: episode.live.start, timeZone: service.zoneOf(indexed) };
  const result = await editNote(service.app, file, (text) => {
    const plan = planShift(viewNote(text, service.headingMatcher(show)), delta, live);
    if (!plan.ok) return plan;
    // Never later than now, read when writing (the prompt took time): planShift checks
    // `ended:` only, and during the show there is none yet.
    const start = live === null ? null : parseInstant(live.value, live.timeZone);
    const future = start?.ok ? shiftPastNow(start.ms, delta, service.deps.clock.now().getTime()) : null;
    return future === null ? { ok: true, edits: plan.edits, value: null } : { ok: false, reason: future };
  });
  if (!result.ok) {
    new Notice(`Not shifted: ${result.reason}`);
    return false;
  }
  // The logged lines changed: they can no longer be taken back as written.
  for (let i = service.logged.length - 1; i >= 0; i--) if (service.logged[i]?.path === episode.path) service.logged.splice(i, 1);
  new Notice(`Moved the start ${Math.abs(delta)} s ${delta > 0 ? "later" : "earlier"}, and every chapter with it.`);
  service.noteChanged(episode.path, result.text);
  return true;
}
