// "Undo last reschedule": everything the reschedule changed goes back, and only when
// nothing else changed since. Each part is checked first (the note reads as the
// reschedule left it, the old name is still free, the .ics and the index note's list
// are as it wrote them); if any is not, nothing is undone and the notice says which.
// A change that slips in after the check is caught by each write's own check: the note
// is written first, so it either refuses the whole undo or is back before anything else.
// An .ics deleted after the reschedule is not made again (the notice says so): the rest is undone.
// The .ics is not restored byte for byte: calendar apps ignore an event whose SEQUENCE
// went down, so the old times are written again over what the file holds then, by the
// export's rule (nextRevision): a revision synced in since is the episode's invite still,
// and is followed by a higher SEQUENCE, not refused.
import { lineEdits, restoreBlock, episodeListBlock, restoredParts } from "../../core/reschedule/undo";
import { episodeInvite } from "../../core/snippets/episode-invite";
import { nextRevision } from "../../core/reschedule/invite-identity";
import { replaceOwnInvite } from "../snippets/invite-file";
import { editNote, currentText } from "../live/note-writer";
import { snippetsFor, type SnippetContext } from "../snippets/snippet-commands";
import { pathTaken, readEpisodeNow } from "./prepare";
import { relistEpisode, writeIf, type RescheduleRecord } from "./apply";

/** `left`: what was not undone because it changed after the check, each with how to bring it in line. */
export type UndoOutcome = { ok: true; done: string[]; left: string[] } | { ok: false; reason: string };

const lf = (text: string) => text.replace(/\r\n/g, "\n");

/** Why the record cannot be undone now, or null when every part is as the reschedule left it. */
async function hindrance(ctx: SnippetContext, record: RescheduleRecord): Promise<string | null> {
  const app = ctx.app;
  const note = app.vault.getFileByPath(record.notePath);
  if (!note) return `the note ${record.notePath} is gone`;
  if (lf(await currentText(app, note)) !== lf(record.after)) return `the note ${note.basename} changed since`;
  if (record.rename && pathTaken(app, record.rename.from)) return `“${record.rename.from}” exists again`;
  // An invite deleted since is no hindrance (the reschedule goes on without one too): the rest is undone and the notice says so.
  const ics = record.ics ? app.vault.getFileByPath(record.ics.path) : null;
  if (record.ics && ics) {
    const moved = readEpisodeNow(ctx, record.notePath, record.after);
    const next = moved ? nextRevision(await app.vault.read(ics), moved.episode, moved.show, ctx.clock.now(), lastIssued(ctx)) : null;
    if (next === null || !next.ok) return `the calendar invite ${record.ics.path} changed since${next && !next.ok ? ` (${next.reason})` : ""}`;
  }
  if (record.index) {
    const index = app.vault.getFileByPath(record.index.path);
    const block = index ? episodeListBlock(await app.vault.read(index)) : null;
    if (block === null || lf(block) !== lf(record.index.after)) return `the episode list in ${record.index.path} changed since`;
  }
  return null;
}

const lastIssued = (ctx: SnippetContext) => (uid: string) => ctx.sequences?.last(uid) ?? null;

export async function undoReschedule(ctx: SnippetContext, record: RescheduleRecord): Promise<UndoOutcome> {
  const app = ctx.app;
  // Whether the invite was there when the undo was asked; one that goes after this check is "changed or went just now".
  const icsThere = record.ics !== null && app.vault.getFileByPath(record.ics.path) !== null;
  const why = await hindrance(ctx, record);
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
  // Each text read under the name it had (a note dated by its name reads its date from it).
  const wasBefore = readEpisodeNow(ctx, record.rename?.from ?? record.notePath, record.before)?.episode;
  const wasAfter = readEpisodeNow(ctx, record.notePath, record.after)?.episode;
  const done = [wasBefore && wasAfter ? restoredParts(wasBefore, wasAfter) : "the note restored"];
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

  if (record.ics && !icsThere) {
    // Not made again: the user deleted it, and a calendar file is theirs to keep or not. The
    // calendar holds the new time until they export the invite again, which the notice says.
    done.push(`the calendar invite ${record.ics.path} was gone (deleted after the reschedule) and was not made again; “Create calendar invite” writes one at the old time`);
  } else if (record.ics) {
    const ics = record.ics;
    const file = app.vault.getFileByPath(ics.path);
    const moved = readEpisodeNow(ctx, record.notePath, record.after);
    const back = readEpisodeNow(ctx, note.path, record.before);
    const now = ctx.clock.now();
    const snippets = back ? await snippetsFor(ctx, back.show) : [];
    const profiles = back ? (ctx.profiles?.(back.episode.guests) ?? []) : [];
    let sequence = 0;
    // The file holds the invite at the new time: it is known as the episode's by the note as the reschedule left it.
    const result = file && moved && back
      ? await replaceOwnInvite(app, file, (data) => {
          const next = nextRevision(data, moved.episode, moved.show, now, lastIssued(ctx));
          if (!next.ok) return next;
          const invite = episodeInvite(back.episode, back.show, record.before, snippets, now, ctx.locale(), {}, next.revision, profiles);
          sequence = next.revision.sequence;
          if (invite.ok) ctx.sequences?.issue(next.revision.uid, sequence);
          return invite.ok ? { ok: true, ics: invite.ics } : invite;
        })
      : null;
    if (file && result?.ok) {
      // Written already: a rename refused now (the name taken a moment ago) keeps the invite where it is.
      if (ics.pathBefore !== file.path && !pathTaken(app, ics.pathBefore)) await app.fileManager.renameFile(file, ics.pathBefore).catch(() => undefined);
      done.push(`calendar invite back at the old time (${file.path}, sequence ${sequence})`);
    } else left.push(`the calendar invite ${ics.path} changed or went just now and keeps the new time${result && !result.ok ? ` (${result.reason})` : ""}; “Create calendar invite” writes it at the note's date`);
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
      // the episode's line is rewritten, the user's lines and words stay), rather than left naming a note that is gone, which
      // the index-note command would keep as a line of the user's.
      const back = file ? readEpisodeNow(ctx, note.path, record.before) : null;
      const merged = file && back?.configured ? await relistEpisode(ctx, file, back.configured, back.episode, record.notePath).catch(() => null) : null;
      if (merged !== null) done.push(`episode list in ${index.path} changed just now, so the list as it is now was updated with the episode at the old date (the words typed on its lines are kept)`);
      else left.push(`the episode list in ${index.path} changed or went just now and still shows the new date; “Update episode list in index note” brings it in line with the note`);
    }
  }
  return { ok: true, done, left };
}
