// "Undo last reschedule": everything the reschedule changed goes back, and only when
// nothing else changed since. Each part is checked first (the note reads as the
// reschedule left it, the old name is still free, the .ics and the index note's list
// are as it wrote them); if any is not, nothing is undone and the notice says which.
// A change that slips in after the check is caught by each write's own check: the note
// is written first, so it either refuses the whole undo or is back before anything else.
// The .ics is not restored byte for byte: calendar apps ignore an event whose SEQUENCE
// went down, so the old times are written again with SEQUENCE one higher still.
import type { App } from "obsidian";
import { lineEdits, restoreBlock, episodeListBlock } from "../../core/reschedule/undo";
import { episodeInvite } from "../../core/snippets/episode-invite";
import { editNote, currentText } from "../live/note-writer";
import { snippetsFor, type SnippetContext } from "../snippets/snippet-commands";
import { pathTaken, readEpisodeNow } from "./prepare";
import { relistEpisode, writeIf, type RescheduleRecord } from "./apply";

/** `left`: what was not undone because it changed after the check, each with how to bring it in line. */
export type UndoOutcome = { ok: true; done: string[]; left: string[] } | { ok: false; reason: string };

const lf = (text: string) => text.replace(/\r\n/g, "\n");

/** Why the record cannot be undone now, or null when every part is as the reschedule left it. */
async function hindrance(app: App, record: RescheduleRecord): Promise<string | null> {
  const note = app.vault.getFileByPath(record.notePath);
  if (!note) return `the note ${record.notePath} is gone`;
  if (lf(await currentText(app, note)) !== lf(record.after)) return `the note ${note.basename} changed since`;
  if (record.rename && pathTaken(app, record.rename.from)) return `“${record.rename.from}” exists again`;
  if (record.ics) {
    const ics = app.vault.getFileByPath(record.ics.path);
    if (!ics || (await app.vault.read(ics)) !== record.ics.written) return `the calendar invite ${record.ics.path} changed since`;
  }
  if (record.index) {
    const index = app.vault.getFileByPath(record.index.path);
    const block = index ? episodeListBlock(await app.vault.read(index)) : null;
    if (block === null || lf(block) !== lf(record.index.after)) return `the episode list in ${record.index.path} changed since`;
  }
  return null;
}

export async function undoReschedule(ctx: SnippetContext, record: RescheduleRecord): Promise<UndoOutcome> {
  const app = ctx.app;
  const why = await hindrance(app, record);
  if (why !== null) return { ok: false, reason: `Nothing was undone: ${why}.` };
  const note = app.vault.getFileByPath(record.notePath);
  if (!note) return { ok: false, reason: `Nothing was undone: the note ${record.notePath} is gone.` };

  // The note first, checked again in the write itself: it is the user's own work, and a
  // change made since the check above (typing, a sync) refuses the undo before any other
  // file is touched. What follows can only leave a file at the new date, never a half
  // undone note, and the notice names the command that brings that file in line.
  const edited = await editNote(app, note, (text) =>
    lf(text) === lf(record.after) ? { ok: true, edits: lineEdits(text, record.before), value: null } : { ok: false, reason: "The note changed." },
  );
  if (!edited.ok) return { ok: false, reason: `Nothing was undone: the note ${note.basename} changed just now.` };
  const done = ["the note's date, time and deadlines restored"];
  const left: string[] = [];

  if (record.rename) {
    const named = note.basename;
    try {
      if (pathTaken(app, record.rename.from)) throw new Error(`“${record.rename.from}” exists again`);
      await app.fileManager.renameFile(note, record.rename.from);
      done.push(`renamed back to ${note.basename}`);
    } catch (error) {
      left.push(`the note keeps the name ${named} (${error instanceof Error ? error.message : String(error)}); rename it by hand`);
    }
  }

  if (record.ics) {
    const ics = record.ics;
    const file = app.vault.getFileByPath(ics.path);
    const read = readEpisodeNow(ctx, note.path, record.before);
    const invite = file && read
      ? episodeInvite(read.episode, read.show, record.before, await snippetsFor(ctx, read.show), ctx.clock.now(), ctx.locale(), {}, { uid: ics.uid, sequence: ics.sequence + 1 })
      : null;
    if (file && invite?.ok && (await writeIf(app, file, (d) => d === ics.written, invite.ics))) {
      // Written already: a rename refused now (the name taken a moment ago) keeps the invite where it is.
      if (ics.pathBefore !== file.path && !pathTaken(app, ics.pathBefore)) await app.fileManager.renameFile(file, ics.pathBefore).catch(() => undefined);
      done.push(`calendar invite back at the old time (${file.path}, sequence ${ics.sequence + 1})`);
    } else left.push(`the calendar invite ${ics.path} changed or went just now and keeps the new time; “Create calendar invite” writes it at the note's date`);
  }

  if (record.index) {
    const index = record.index;
    const file = app.vault.getFileByPath(index.path);
    const restored = file
      ? await writeIf(app, file, (d) => restoreBlock(d, index.after, index.before).ok, (d) => {
          const back = restoreBlock(d, index.after, index.before);
          return back.ok ? back.text : d;
        })
      : false;
    if (restored) done.push(`episode list restored in ${index.path}`);
    else {
      // Edited since the check, so it cannot be put back as it was: the episode is merged in
      // at its old name and date exactly as the reschedule merged it (the list's own rule:
      // edits inside it are replaced), rather than left naming a note that is gone, which
      // the index-note command would keep as a line of the user's.
      const back = file ? readEpisodeNow(ctx, note.path, record.before) : null;
      const merged = file && back?.configured ? await relistEpisode(ctx, file, back.configured, back.episode, record.notePath).catch(() => null) : null;
      if (merged !== null) done.push(`episode list in ${index.path} changed just now, so it was rebuilt with the episode at the old date (edits inside the list are replaced, as the reschedule does)`);
      else left.push(`the episode list in ${index.path} changed or went just now and still shows the new date; “Update episode list in index note” brings it in line with the note`);
    }
  }
  return { ok: true, done, left };
}
