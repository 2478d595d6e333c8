// Writing the exported .ics without losing anything. The export decides at its start
// what the file at the invite's name is (the episode's own invite, someone else's file,
// or nothing), then asks the user for missing values: a sync or another device may
// change the file in between. So the overwrite is one Vault.process whose callback asks
// again, on the very text it replaces, whether that text is still the episode's invite,
// and takes the SEQUENCE from it; a file that stopped being ours is left as it is. A new
// file is made with create, which refuses a name taken since. A reschedule and its undo
// overwrite the invite through the same replaceOwnInvite. Every invite written here carries
// X-OFFICE-HOURS-CHECK, the hash of what was written (core/calendar/ics-check.ts), so a later
// rewrite sees an invite edited by hand since and leaves it (nextRevision refuses it).
import type { App, TFile } from "obsidian";
import type { OfficeHoursSettings } from "../../core/settings/settings";
import { lastIssued, withIssued } from "../../core/calendar/sequence-ledger";
import { withCheck } from "../../core/calendar/ics-check";
import type { Clock } from "../clock";

export type InviteWrite = { ok: true; path: string } | { ok: false; reason: string };

/** Thrown inside Vault.process so the file is not written at all (returning its text unchanged still writes it). */
class LeftAsIs extends Error {}

/** What to write over the invite, computed on the text being replaced, or why that text must be left as it is. */
export type InviteRewrite = { ok: true; ics: string } | { ok: false; reason: string };

/**
 * Replace the invite in `file` with `next(text)`, computed on the text being replaced (the
 * export, a reschedule and its undo all write through here, each asking nextRevision);
 * nothing is written when `next` refuses or the file went. The reason names the file.
 */
export async function replaceOwnInvite(app: App, file: TFile, next: (text: string) => InviteRewrite): Promise<InviteWrite> {
  // A file deleted since it was found is not written (Vault.process would throw, or make it again).
  if (app.vault.getFileByPath(file.path) !== file) return { ok: false, reason: `${file.path} went since it was found; nothing was written.` };
  let refused = "";
  try {
    await app.vault.process(file, (data) => {
      const written = next(data);
      if (!written.ok) {
        refused = written.reason;
        throw new LeftAsIs();
      }
      return withCheck(written.ics);
    });
    return { ok: true, path: file.path };
  } catch (error) {
    if (error instanceof LeftAsIs) return { ok: false, reason: `${file.path} was left as it is: ${refused}.` };
    return { ok: false, reason: `${file.path} could not be written (${error instanceof Error ? error.message : String(error)}); nothing was changed.` };
  }
}

/** Make a new invite file at `path` (and its folder); refused when something took that name since it was found free. */
export async function createInvite(app: App, path: string, ics: string): Promise<InviteWrite> {
  const vault = app.vault;
  const folder = path.slice(0, Math.max(0, path.lastIndexOf("/")));
  try {
    // A folder made meanwhile (by a sync) is no failure; one that cannot be made fails the create below.
    if (folder !== "" && !vault.getFolderByPath(folder)) await vault.createFolder(folder).catch(() => undefined);
    await vault.create(path, withCheck(ics));
    return { ok: true, path };
  } catch (error) {
    if (vault.getAbstractFileByPath(path) !== null) return { ok: false, reason: `${path} appeared while the invite was being made; it was left as it is. Run the command again to save the invite under a free name.` };
    return { ok: false, reason: `${path} could not be written (${error instanceof Error ? error.message : String(error)}).` };
  }
}

/** The last SEQUENCE issued per invite UID, kept in the plugin's data (see core/calendar/sequence-ledger.ts). */
export interface SequenceLedger {
  last(uid: string): number | null;
  /**
   * Remember `sequence` as issued for `uid`. Called as the write is made (inside its
   * Vault.process, or just before a new file is created), so a second write a moment later
   * goes above it even before the data is saved. One issued for a write that then fails
   * only makes the next number higher than needed, which no calendar minds.
   */
  issue(uid: string, sequence: number): void;
}

/** The ledger in the settings object, saved with it (`save` writes data.json; a failure is told, never thrown). */
export function settingsLedger(settings: () => OfficeHoursSettings, save: () => Promise<void>, clock: Clock, failed: (message: string) => void): SequenceLedger {
  return {
    last: (uid) => lastIssued(settings().inviteSequences, uid),
    issue: (uid, sequence) => {
      const current = settings();
      current.inviteSequences = withIssued(current.inviteSequences, uid, sequence, clock.now());
      // The file is written already: a failed save only means the next write may not see this one.
      save().catch((error: unknown) => failed(`Office Hours could not remember the invite's SEQUENCE ${sequence} (${error instanceof Error ? error.message : String(error)}); a new invite made in the same minute may not update calendars.`));
    },
  };
}
