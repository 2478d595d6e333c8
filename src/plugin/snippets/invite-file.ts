// Writing the exported .ics without losing anything. The export decides at its start
// what the file at the invite's name is (the episode's own invite, someone else's file,
// or nothing), then asks the user for missing values: a sync or another device may
// change the file in between. So the overwrite is one Vault.process whose callback asks
// again, on the very text it replaces, whether that text is still the episode's invite,
// and takes the SEQUENCE from it; a file that stopped being ours is left as it is. A new
// file is made with create, which refuses a name taken since.
import type { App, TFile } from "obsidian";

export type InviteWrite = { ok: true; path: string } | { ok: false; reason: string };

/** Thrown inside Vault.process so the file is not written at all (returning its text unchanged still writes it). */
class NotOurs extends Error {}

/**
 * Replace the invite in `file` with `next(text)`, computed on the text being replaced;
 * `next` returns null when that text is not the episode's invite any more (nothing is
 * written then).
 */
export async function replaceOwnInvite(app: App, file: TFile, next: (text: string) => string | null): Promise<InviteWrite> {
  try {
    await app.vault.process(file, (data) => {
      const written = next(data);
      if (written === null) throw new NotOurs();
      return written;
    });
    return { ok: true, path: file.path };
  } catch (error) {
    if (error instanceof NotOurs) {
      return {
        ok: false,
        reason: `${file.path} changed since the export started and is no longer this episode's invite, so it was left as it is. Run the command again to save the invite under a free name.`,
      };
    }
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
    await vault.create(path, ics);
    return { ok: true, path };
  } catch (error) {
    if (vault.getAbstractFileByPath(path) !== null) return { ok: false, reason: `${path} appeared while the invite was being made; it was left as it is. Run the command again to save the invite under a free name.` };
    return { ok: false, reason: `${path} could not be written (${error instanceof Error ? error.message : String(error)}).` };
  }
}
