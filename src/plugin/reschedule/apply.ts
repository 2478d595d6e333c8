// Carrying out a reschedule: the rename (never over an existing note), the note's one
// edit, the .ics with the same UID and a higher SEQUENCE, the index note's list. What
// was done is kept as a record, so "Undo last reschedule" can put back exactly that.
import { normalizePath, type App, type TFile } from "obsidian";
import type { Episode } from "../../core/types";
import type { ShowSettings } from "../../core/settings/settings";
import { planNoteReschedule } from "../../core/reschedule/note-plan";
import { earliestDue } from "../../core/deadlines/template-offsets";
import { planReschedule, type RescheduleTarget } from "../../core/reschedule/plan";
import { episodeListBlock } from "../../core/reschedule/undo";
import { relinkList } from "../../core/reschedule/list-links";
import { episodeInvite } from "../../core/snippets/episode-invite";
import { nextRevision } from "../../core/reschedule/invite-identity";
import { replaceOwnInvite } from "../snippets/invite-file";
import { blockSpan, updateBlock } from "../../core/index-note/index-note";
import { editNote, openViewOf, replaceOpenText } from "../live/note-writer";
import { indexEntries } from "../index-note/index-note-command";
import type { StatusEpisode } from "../../core/status/status";
import { snippetsFor, type SnippetContext } from "../snippets/snippet-commands";
import { pathTaken, readEpisodeNow, type Prepared } from "./prepare";

export interface RescheduleRecord {
  /** The note's path after the reschedule, and its text before and after. */
  notePath: string;
  before: string;
  after: string;
  rename: { from: string; to: string } | null;
  ics: { path: string; pathBefore: string; written: string; uid: string; sequence: number } | null;
  index: { path: string; before: string; after: string } | null;
}

export type Outcome = { ok: true; record: RescheduleRecord; done: string[]; notes: string[] } | { ok: false; reason: string };

/** Thrown inside Vault.process so a file that changed is left alone. */
class Changed extends Error {}

export async function applyReschedule(ctx: SnippetContext, prepared: Prepared, target: RescheduleTarget): Promise<Outcome> {
  const app = ctx.app;
  const { file, show } = prepared;
  const planned = planReschedule({ path: file.path, basename: file.basename, text: prepared.text, episode: prepared.episode, show, target });
  if (!planned.ok) return planned;
  const done: string[] = [];
  const notes: string[] = [];
  const oldPath = file.path;
  // Deleted (or trashed) while the form was open: nothing to reschedule, and nothing is made again.
  const gone = `The note ${oldPath} is gone (deleted since the form opened), so nothing was changed.`;
  if (app.vault.getFileByPath(oldPath) !== file) return { ok: false, reason: gone };
  let rename: RescheduleRecord["rename"] = null;
  if (planned.name.rename) {
    const to = normalizePath(planned.name.path);
    if (pathTaken(app, to)) return { ok: false, reason: `“${to}” already exists, so nothing was changed. Move or rename that note, or choose another date.` };
    try {
      await app.fileManager.renameFile(file, to);
    } catch (error) {
      // Nothing is written before the rename: a refused one (the note gone, the name taken a moment ago) changes nothing.
      return { ok: false, reason: app.vault.getFileByPath(oldPath) !== file ? gone : `${oldPath} could not be renamed to “${to}” (${error instanceof Error ? error.message : String(error)}), so nothing was changed.` };
    }
    rename = { from: oldPath, to: file.path };
    done.push(`renamed to ${file.basename}`);
  } else if (planned.name.reason !== null) notes.push(`The note keeps its name: ${planned.name.reason}.`);

  // The one edit of the note, planned again on its text at this moment.
  let before = "";
  const edited = await editNote(app, file, (text) => {
    // Read under the name it had: a note dated by its name (`date:` empty) would otherwise
    // read the new date from the new name and look changed.
    const read = readEpisodeNow(ctx, oldPath, text);
    if (!read) return { ok: false, reason: "The note is no longer an episode." };
    const wasTime = read.episode.time ?? show.schedule.time;
    if (read.episode.date !== prepared.episode.date || wasTime !== (prepared.episode.time ?? show.schedule.time)) {
      return { ok: false, reason: "The note's date or time changed while the form was open." };
    }
    // A first date turns offsets into dates as at creation: none before today for a show still to come.
    const notBefore = earliestDue({ ...target, timeZone: show.schedule.timeZone }, show.schedule.durationMinutes, ctx.clock.now());
    const note = planNoteReschedule(text, read.episode, target, show.schedule.time, rename !== null, show.schedule.timeZone, notBefore);
    if (!note.ok) return note;
    before = text;
    return { ok: true, edits: note.edits, value: note.changes };
  });
  if (!edited.ok) {
    if (rename) await app.fileManager.renameFile(file, rename.from);
    return { ok: false, reason: `${edited.reason} Nothing was changed.` };
  }
  done.push(...edited.value);
  const record: RescheduleRecord = { notePath: file.path, before, after: edited.text, rename, ics: null, index: null };

  // The note is rescheduled: from here on a failure is told in the notice and the record
  // kept, so undo can still take back what was done (a throw lost both).
  const episode = readEpisodeNow(ctx, file.path, edited.text)?.episode;
  if (episode && prepared.ics) {
    const failures: string[] = [];
    record.ics = await settled(rewriteInvite(ctx, prepared, episode, edited.text, rename !== null, failures), failures);
    if (record.ics) done.push(`calendar invite updated (${record.ics.path}, sequence ${record.ics.sequence})`);
    else notes.push(failures.length > 0 ? `The calendar invite was not updated (${failures.join("; ")}).` : "The calendar invite was not updated: it changed or went since the form opened, or the new time is not valid.");
  } else if (!prepared.ics) notes.push("No calendar invite had been exported, so none was written.");
  if (episode && prepared.index && prepared.configured) {
    const failures: string[] = [];
    record.index = await settled(rewriteList(ctx, prepared, episode, oldPath), failures);
    if (record.index) done.push(`episode list updated in ${record.index.path}`);
    else notes.push(failures.length > 0 ? `The index note's episode list was not updated (${failures.join("; ")}).` : "The index note's episode list could not be found again, so it was left as it was.");
  }
  return { ok: true, record, done, notes };
}

/** The step's result, or null and what went wrong (told in the notice) when it threw. */
async function settled<T>(step: Promise<T | null>, failures: string[]): Promise<T | null> {
  try {
    return await step;
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
    return null;
  }
}

/**
 * The same event, later: written over what the file holds at that moment (a revision
 * synced from another device included) with its UID and the next SEQUENCE, the export's
 * rule (nextRevision); renamed with the note when that name is free.
 */
async function rewriteInvite(ctx: SnippetContext, prepared: Prepared, episode: Episode, text: string, renamed: boolean, failures: string[]): Promise<RescheduleRecord["ics"]> {
  const ics = prepared.ics;
  if (!ics) return null;
  const app = ctx.app;
  const now = ctx.clock.now();
  const snippets = await snippetsFor(ctx, prepared.show);
  const profiles = ctx.profiles?.(episode.guests) ?? [];
  // What the write made, set inside Vault.process (the last call is the one written).
  const made: { ics: string; uid: string; sequence: number }[] = [];
  const pathBefore = ics.file.path;
  // The file holds the invite at the old time: it is known as the episode's by the note as it was.
  const result = await replaceOwnInvite(app, ics.file, (data) => {
    const next = nextRevision(data, prepared.episode, prepared.show, now, (uid) => ctx.sequences?.last(uid) ?? null);
    if (!next.ok) return next;
    const invite = episodeInvite(episode, prepared.show, text, snippets, now, ctx.locale(), {}, next.revision, profiles);
    if (!invite.ok) return invite;
    ctx.sequences?.issue(next.revision.uid, next.revision.sequence);
    made.push({ ics: invite.ics, ...next.revision });
    return { ok: true, ics: invite.ics };
  });
  const written = made[made.length - 1];
  if (!result.ok || written === undefined) {
    failures.push(result.ok ? "nothing was written" : result.reason);
    return null;
  }
  if (renamed) {
    const wanted = normalizePath(`${ics.file.parent?.path === "/" || !ics.file.parent ? "" : `${ics.file.parent.path}/`}${episode.basename}.ics`);
    // The invite is written already: a rename that fails (the name taken a moment ago)
    // keeps it at its old name, as a taken name does, and must not lose the record undo needs.
    if (!pathTaken(app, wanted)) await app.fileManager.renameFile(ics.file, wanted).catch(() => undefined);
  }
  return { path: ics.file.path, pathBefore, written: written.ics, uid: written.uid, sequence: written.sequence };
}

/** The show's episode list with the episode at its new date (and name). */
async function rewriteList(ctx: SnippetContext, prepared: Prepared, episode: Episode, oldPath: string): Promise<RescheduleRecord["index"]> {
  const list = prepared.index;
  const show = prepared.configured;
  if (!list || !show) return null;
  const after = await relistEpisode(ctx, list.file, show, episode, oldPath);
  return after === null ? null : { path: list.file.path, before: list.block, after };
}

/**
 * Merge the episode, now at `episode.path` (it was at `oldPath`), into the show's list in
 * `file`, as the index-note command merges; its line is first pointed at the new name.
 * The list as written, or null when the note has no list (nothing is written then).
 */
export async function relistEpisode(ctx: SnippetContext, file: TFile, show: ShowSettings, episode: Episode, oldPath: string): Promise<string | null> {
  const app = ctx.app;
  const episodes = ctx
    .index()
    .episodesOf(show)
    .map((e): StatusEpisode => e.episode)
    .filter((e) => e.path !== oldPath && e.path !== episode.path);
  episodes.push(episode);
  const entries = indexEntries(app, show, episodes, file.path, ctx.clock.now());
  let written: string | null = null;
  // Only a note that already has the plugin's list is updated (merged as the index-note command merges it).
  const ok = await writeIf(app, file, (data) => episodeListBlock(data) !== null, (data) => {
    const result = updateBlock(renamedInList(data, oldPath, episode), entries);
    if (!result.ok) throw new Changed(result.reason);
    written = episodeListBlock(result.text);
    return result.text;
  });
  return ok ? written : null;
}

/** The index note with its list's links to the note's old name pointed at the new one (only inside the list). */
function renamedInList(data: string, oldPath: string, episode: Episode): string {
  const block = episodeListBlock(data);
  const oldName = oldPath.slice(oldPath.lastIndexOf("/") + 1).replace(/\.md$/i, "");
  if (block === null || oldPath === episode.path) return data;
  const at = blockSpan(data)?.from ?? 0;
  return data.slice(0, at) + relinkList(block, oldName, episode.basename) + data.slice(at + block.length);
}

/**
 * Write `next` when `check` holds for the note's text; false (nothing written) otherwise.
 * An open note is written through its editor (its unsaved typing is part of the text
 * checked), any other file through Vault.process.
 */
export async function writeIf(app: App, file: TFile, check: (data: string) => boolean, next: string | ((data: string) => string)): Promise<boolean> {
  // A file deleted since it was found is not written (nor made again).
  if (app.vault.getFileByPath(file.path) !== file) return false;
  try {
    const view = openViewOf(app, file.path);
    if (view) {
      const data = view.editor.getValue();
      if (!check(data)) return false;
      await replaceOpenText(view, typeof next === "string" ? next : next(data));
      return true;
    }
    await app.vault.process(file, (data) => {
      if (!check(data)) throw new Changed();
      return typeof next === "string" ? next : next(data);
    });
    return true;
  } catch (error) {
    if (error instanceof Changed) return false;
    throw error;
  }
}
