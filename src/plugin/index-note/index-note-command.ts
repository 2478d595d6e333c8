// "Update episode list in index note": rewrites only the block between the plugin's
// markers (src/core/index-note/index-note.ts), through Vault.process so a concurrent edit is never
// lost; a note without the block gets it appended, and a missing note is created.
import { Notice, TFile, normalizePath, type App } from "obsidian";
import type { ShowSettings } from "../../core/settings/settings";
import type { EpisodeIndex } from "../../core/vault/episode-index";
import { renderBlock, replaceBlock, type IndexEntry } from "../../core/index-note/index-note";
import { todayIn } from "../../core/note/dates";
import { episodePath } from "../../core/new-episode/naming";
import { episodeStatus, type StatusEpisode } from "../../core/status/status";
import { checkNotePath, type NotePathCheck } from "../../core/vault/vault-path";

/** Thrown inside Vault.process to leave the note as it is. */
class LeaveUnwritten extends Error {}

/** The configured index note (checked to be inside the vault), or "<show> episodes" in the show's folder. */
export function indexNotePath(show: ShowSettings): NotePathCheck {
  if (show.indexNote.trim() === "") return { ok: true, path: normalizePath(episodePath(show.folder, `${show.name} episodes`)) };
  const checked = checkNotePath(show.indexNote);
  return checked.ok ? { ok: true, path: normalizePath(checked.path) } : checked;
}

/** The list's entries for `episodes` as of `now`, linked from the index note at `path` (also used by a reschedule). */
export function indexEntries(app: App, show: ShowSettings, episodes: readonly StatusEpisode[], path: string, now: Date): IndexEntry[] {
  const today = todayIn(now, show.schedule.timeZone);
  return episodes.map((episode) => {
    const file = app.vault.getFileByPath(episode.path);
    const status = episodeStatus(episode, today, { deadlines: show.deadlines, warnDaysBefore: 0 });
    return {
      link: file ? app.fileManager.generateMarkdownLink(file, path) : episode.basename,
      date: episode.date,
      guests: episode.guests.map((g) => g.name).join(", "),
      upcoming: status.when !== "past",
    };
  });
}

export async function updateIndexNote(app: App, show: ShowSettings, index: EpisodeIndex, now: Date): Promise<void> {
  const checked = indexNotePath(show);
  if (!checked.ok) {
    new Notice(`The episode list was not written. ${checked.reason} Change the index note in the settings of ${show.name}.`, 10000);
    return;
  }
  const path = checked.path;
  const entries = indexEntries(app, show, index.episodesOf(show).map((e) => e.episode), path, now);
  const block = renderBlock(entries);
  const existing = app.vault.getAbstractFileByPath(path);
  if (existing && !(existing instanceof TFile)) {
    new Notice(`“${path}” is a folder, so the episode list was not written.`);
    return;
  }
  if (!existing) {
    const folder = path.slice(0, Math.max(0, path.lastIndexOf("/")));
    if (folder !== "" && !app.vault.getFolderByPath(folder)) await app.vault.createFolder(folder);
    await app.vault.create(path, `${block}\n`);
    new Notice(`Created ${path} with ${entries.length} episodes.`);
    return;
  }
  let outcome: ReturnType<typeof replaceBlock> | null = null;
  try {
    await app.vault.process(existing, (data) => {
      outcome = replaceBlock(data, block);
      // Returning the text unchanged would still write it (new mtime, 'modify', a sync
      // upload): refused or already up to date, the write is aborted instead.
      if (!outcome.ok || !outcome.changed) throw new LeaveUnwritten();
      return outcome.text;
    });
  } catch (error) {
    if (!(error instanceof LeaveUnwritten)) throw error;
  }
  const result = outcome as ReturnType<typeof replaceBlock> | null;
  if (result && !result.ok) new Notice(result.reason, 10000);
  else if (result && result.changed) new Notice(`Updated the episode list in ${path}.`);
  else new Notice(`The episode list in ${path} was already up to date.`);
}
