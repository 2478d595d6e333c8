// "Update episode list in index note". With the plugin's block in the note, the block is
// updated in place. The first time, the user sees what would change and chooses where
// the list goes (src/core/index-note/plan.ts); nothing is written before. Every write is
// planned again on the note as it is then (its open editor's text, unsaved typing and
// all, or the file's inside Vault.process), so a concurrent edit is never lost. No note is created unless the user asks for it.
import { Notice, TFile, normalizePath, type App } from "obsidian";
import type { ShowSettings } from "../../core/settings/settings";
import type { EpisodeIndex } from "../../core/vault/episode-index";
import { freshBlock } from "../../core/index-note/index-note";
import { type IndexEntry } from "../../core/index-note/merge-lists";
import { listFor } from "../../core/index-note/list-kinds";
import { applyChoice, planIndexNote, type IndexChoice } from "../../core/index-note/plan";
import { todayIn } from "../../core/note/dates";
import { episodePath } from "../../core/new-episode/naming";
import { episodeStatus, type StatusEpisode } from "../../core/status/status";
import { checkNotePath, type NotePathCheck } from "../../core/vault/vault-path";
import { askIndexChoice } from "./index-preview-modal";
import { askIndexNote } from "./index-note-picker";
import { askChoice } from "../ui/choice-modal";
import type { OpenModals } from "../ui/open-modals";
import { openViewOf, replaceOpenText } from "../live/note-writer";
import { tickIndexItems } from "./tick-index-item";
import type { Clock } from "../clock";

export interface IndexNoteDeps {
  app: App;
  modals: OpenModals;
  /** Remember the note the user picked as the show's index note (saved with the settings). */
  setIndexNote(show: ShowSettings, path: string): Promise<void>;
}

/** Thrown inside Vault.process to leave the note as it is. */
class LeaveUnwritten extends Error {}

/** The configured index note's path (checked to be inside the vault), or "<show> episodes" in the show's folder (used by a reschedule). */
export function indexNotePath(show: ShowSettings): NotePathCheck {
  if (show.indexNote.trim() === "") return { ok: true, path: normalizePath(episodePath(show.folder, `${show.name} episodes`)) };
  const checked = checkNotePath(show.indexNote);
  return checked.ok ? { ok: true, path: normalizePath(checked.path) } : checked;
}

function entriesFor(app: App, show: ShowSettings, index: EpisodeIndex, indexPath: string, now: Date): IndexEntry[] {
  return indexEntries(app, show, index.episodesOf(show).map((e) => e.episode), indexPath, now);
}

/** The list's entries for `episodes`, linked from the index note at `indexPath` (a reschedule passes the moved episode as it will be). */
export function indexEntries(app: App, show: ShowSettings, episodes: readonly StatusEpisode[], indexPath: string, now: Date): IndexEntry[] {
  const today = todayIn(now, show.schedule.timeZone);
  return episodes.map((episode) => {
    const file = app.vault.getFileByPath(episode.path);
    const status = episodeStatus(episode, today, { deadlines: show.deadlines, warnDaysBefore: 0 });
    return {
      basename: episode.basename,
      link: file ? app.fileManager.generateMarkdownLink(file, indexPath) : episode.basename,
      date: episode.date,
      number: episode.number,
      guests: episode.guests.map((g) => g.name),
      list: listFor(status),
      cancelled: status.state === "cancelled",
      language: show.language,
      topic: episode.topic,
      url: episode.url,
    };
  });
}

/** The show's index note, asking (and remembering) when none is set; null when the user stops. */
async function indexNoteFile(deps: IndexNoteDeps, show: ShowSettings, index: EpisodeIndex, now: Date): Promise<TFile | null> {
  const { app, modals } = deps;
  if (show.indexNote.trim() === "") {
    const proposed = normalizePath(episodePath(show.folder, `${show.name} episodes`));
    const answer = await askIndexNote(app, modals, show, proposed);
    if (!answer) return null;
    if (answer.kind === "pick") {
      await deps.setIndexNote(show, answer.file.path);
      return answer.file;
    }
    await createIndexNote(deps, show, index, proposed, now);
    return null;
  }
  const checked = checkNotePath(show.indexNote);
  if (!checked.ok) {
    new Notice(`The episode list was not written. ${checked.reason} Change the index note in the settings of ${show.name}.`, 10000);
    return null;
  }
  const path = normalizePath(checked.path);
  const existing = app.vault.getAbstractFileByPath(path);
  if (existing instanceof TFile) return existing;
  if (existing) {
    new Notice(`“${path}” is a folder, so the episode list was not written.`);
    return null;
  }
  const create = await askChoice(app, modals, "The index note does not exist", `${show.name}'s index note “${path}” is not in the vault. Create it with the episode list?`, [
    { label: "Create it", value: true, cta: true },
  ]);
  if (create) await createIndexNote(deps, show, index, path, now);
  return null;
}

async function createIndexNote(deps: IndexNoteDeps, show: ShowSettings, index: EpisodeIndex, path: string, now: Date): Promise<void> {
  const { app } = deps;
  if (app.vault.getAbstractFileByPath(path)) {
    new Notice(`“${path}” already exists; pick it as the index note instead. Nothing was changed.`);
    return;
  }
  const entries = entriesFor(app, show, index, path, now);
  const folder = path.slice(0, Math.max(0, path.lastIndexOf("/")));
  if (folder !== "" && !app.vault.getFolderByPath(folder)) await app.vault.createFolder(folder);
  try {
    await app.vault.create(path, `${freshBlock(entries)}\n`);
  } catch (error) {
    // A note put there meanwhile (a sync, another device): `create` refuses and nothing is written.
    new Notice(`Office Hours did not create “${path}”: ${error instanceof Error ? error.message : String(error)} Nothing was changed.`);
    return;
  }
  if (show.indexNote.trim() === "") await deps.setIndexNote(show, path);
  new Notice(`Created ${path} with ${entries.length} episode${entries.length === 1 ? "" : "s"}.`);
}

/**
 * Write `make(current text)`: through the editor when the note is open (its unsaved
 * typing is part of the text), else with Vault.process; an unchanged or refused result
 * writes nothing.
 */
async function write(app: App, file: TFile, make: (data: string) => { text: string; changed: boolean } | { reason: string }): Promise<string | null> {
  const view = openViewOf(app, file.path);
  if (view) {
    const planned = make(view.editor.getValue());
    if ("reason" in planned) return planned.reason;
    if (!planned.changed) return "";
    await replaceOpenText(view, planned.text);
    return null;
  }
  let outcome: ReturnType<typeof make> | null = null;
  try {
    await app.vault.process(file, (data) => {
      outcome = make(data);
      // Returning the text unchanged would still write it (new mtime, 'modify', a sync
      // upload): refused or already up to date, the write is aborted instead.
      if ("reason" in outcome || !outcome.changed) throw new LeaveUnwritten();
      return outcome.text;
    });
  } catch (error) {
    if (!(error instanceof LeaveUnwritten)) throw error;
  }
  const result = outcome as ReturnType<typeof make> | null;
  if (result === null) return "The note could not be read.";
  if ("reason" in result) return result.reason;
  return result.changed ? null : "";
}

/**
 * `clock` is read where each moment is used: the lists are judged when the command starts,
 * the items it ticks are dated when they are ticked (a question left open over midnight
 * must not date them the day before).
 */
export async function updateIndexNote(deps: IndexNoteDeps, show: ShowSettings, index: EpisodeIndex, clock: Clock): Promise<void> {
  const { app, modals } = deps;
  const now = clock.now();
  const file = await indexNoteFile(deps, show, index, now);
  if (!file) return;
  const entries = entriesFor(app, show, index, file.path, now);
  const plan = planIndexNote(await app.vault.cachedRead(file), entries);
  if (plan.kind === "refused") {
    new Notice(plan.reason, 10000);
    return;
  }
  let choice: IndexChoice | null = null;
  if (plan.kind === "first") {
    choice = await askIndexChoice(app, modals, file.path, plan.options);
    if (choice === null) return;
  }
  const picked = choice;
  // The text before and after the write, to tell which episodes this run listed.
  const texts = { before: "", after: "" };
  const problem = await write(app, file, (data) => {
    const made = planWrite(data, entries, picked);
    texts.before = data;
    if (!("reason" in made)) texts.after = made.text;
    return made;
  });
  const done = choice === null ? `Updated the episode list in ${file.path}.` : choice === "lists" ? `Took over the episode lists in ${file.path}.` : `Added the episode list to ${file.path}.`;
  if (problem === null) {
    new Notice(done);
    await tickIndexItems(app, show, index, file.path, texts.before, texts.after, clock.now());
  }
  else if (problem === "") new Notice(`The episode list in ${file.path} was already up to date.`);
  else new Notice(problem, 10000);
}

/** The note's text with the list written, planned again on the text as it is now. */
function planWrite(data: string, entries: readonly IndexEntry[], picked: IndexChoice | null): { text: string; changed: boolean } | { reason: string } {
  const again = planIndexNote(data, entries);
  if (again.kind === "refused") return { reason: again.reason };
  if (again.kind === "update") return again;
  const option = picked === null ? null : applyChoice(data, entries, picked);
  return option ? { text: option.text, changed: true } : { reason: "The note changed while the question was open, so it was not changed. Run the command again." };
}
