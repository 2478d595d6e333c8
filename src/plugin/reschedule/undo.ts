// "Undo last reschedule": everything the reschedule changed goes back, and only when
// nothing else changed since. Each part is checked first (the note reads as the
// reschedule left it, the old name is still free, the .ics and the index note's list
// are as it wrote them); if any is not, nothing is undone and the notice says which.
// The .ics is not restored byte for byte: calendar apps ignore an event whose SEQUENCE
// went down, so the old times are written again with SEQUENCE one higher still.
import type { App } from "obsidian";
import { lineEdits, restoreBlock, episodeListBlock } from "../../core/reschedule/undo";
import { episodeInvite } from "../../core/snippets/episode-invite";
import { editNote, currentText } from "../live/note-writer";
import { snippetsFor, type SnippetContext } from "../snippets/snippet-commands";
import { pathTaken, readEpisodeNow } from "./prepare";
import { writeIf, type RescheduleRecord } from "./apply";

export type UndoOutcome = { ok: true; done: string[] } | { ok: false; reason: string };

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
  const done: string[] = [];
  const note = app.vault.getFileByPath(record.notePath);
  if (!note) return { ok: false, reason: `Nothing was undone: the note ${record.notePath} is gone.` };

  if (record.index) {
    const index = record.index;
    const file = app.vault.getFileByPath(index.path);
    if (file && (await writeIf(app, file, (d) => restoreBlock(d, index.after, index.before).ok, (d) => {
      const restored = restoreBlock(d, index.after, index.before);
      return restored.ok ? restored.text : d;
    }))) done.push(`episode list restored in ${index.path}`);
  }

  const edited = await editNote(app, note, (text) =>
    lf(text) === lf(record.after) ? { ok: true, edits: lineEdits(text, record.before), value: null } : { ok: false, reason: "The note changed." },
  );
  if (!edited.ok) return { ok: false, reason: `The note was not undone: ${edited.reason}` };
  done.push("the note's date, time and deadlines restored");

  if (record.rename) {
    await app.fileManager.renameFile(note, record.rename.from);
    done.push(`renamed back to ${note.basename}`);
  }

  if (record.ics) {
    const ics = record.ics;
    const file = app.vault.getFileByPath(ics.path);
    const read = readEpisodeNow(ctx, note.path, record.before);
    if (file && read) {
      const invite = episodeInvite(read.episode, read.show, record.before, await snippetsFor(ctx, read.show), ctx.clock.now(), ctx.locale(), {}, {
        uid: ics.uid,
        sequence: ics.sequence + 1,
      });
      if (invite.ok && (await writeIf(app, file, (d) => d === ics.written, invite.ics))) {
        if (ics.pathBefore !== file.path && !pathTaken(app, ics.pathBefore)) await app.fileManager.renameFile(file, ics.pathBefore);
        done.push(`calendar invite back at the old time (${file.path}, sequence ${ics.sequence + 1})`);
      }
    }
  }
  return { ok: true, done };
}
