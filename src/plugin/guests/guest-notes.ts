// Writing guest notes, only ever on the user's action: a new note with vault.create (never
// over an existing file or a look-alike of one), or property changes to an existing note
// with FileManager.processFrontMatter. A note whose properties cannot be read is refused
// with a notice rather than rewritten.
import { Notice, TFile, TFolder, normalizePath, type App } from "obsidian";
import type { OfficeHoursSettings } from "../../core/settings/settings";
import type { GuestDirectory } from "../../core/guests/directory";
import type { GuestPerson } from "../../core/guests/summary";
import { applyGuestEdits, newGuestNote, type GuestEdits } from "../../core/guests/note-edits";
import { readGuestNote } from "../../core/guests/guest-note";
import { textFrontmatter } from "../vault/frontmatter";
import { episodePath } from "../../core/new-episode/naming";
import { lookAlikeFiles, type FolderEntry } from "../../core/new-episode/look-alike";
import { cleanFolder } from "../../core/vault/classify";
import { foldName } from "../../core/text/fold";
import { noteNameOf, personKey } from "../../core/guests/person-name";
import { openViewOf } from "../live/note-writer";

export interface GuestNotesHost {
  app: App;
  settings(): OfficeHoursSettings;
  directory(): GuestDirectory;
  today(): string;
}

export type WriteResult = { ok: true; file: TFile; created: boolean; changed: string[] } | { ok: false; reason: string };

/**
 * Give `name` the edits: into their guest note when there is one (or a note with their
 * name in the guests folder), else into a new note. `body` is written only into a new note.
 */
export async function writeGuest(host: GuestNotesHost, name: string, person: GuestPerson | null, edits: GuestEdits, body: readonly string[] = []): Promise<WriteResult> {
  if (!person?.note) {
    // A name several notes claim belongs to none of them: writing to one would be a guess,
    // and a new note would be one more claimant. The user settles it first.
    const folded = personKey(name);
    const shared = host.directory().conflicts().find((c) => c.name === folded);
    if (shared) return { ok: false, reason: `“${name}” is the name or an alias of ${shared.notes.join(" and ")}; leave it to one of them first (nothing was written)` };
  }
  const existing = person?.note ? host.app.vault.getFileByPath(person.note.path) : existingNoteFor(host, name);
  // The note the user acted on was renamed, moved or deleted since it was read (while a form
  // was open, or by a sync): a new note would be a second one for the person, or a guess at
  // which note is theirs now. The user looks again instead.
  if (person?.note && !existing) return { ok: false, reason: `${person.note.path} was renamed, moved or deleted since it was read; look at the guest again (nothing was written)` };
  if (existing) return editGuestNote(host, existing, edits);
  return createGuestNote(host, name, edits, body);
}

/**
 * A note in the guests folder named for the person ("Ann Lee" of "Mr Ann Lee") or as the
 * name is written, or a look-alike of either (another case, another Unicode form), not yet
 * known as theirs.
 */
function existingNoteFor(host: GuestNotesHost, name: string): TFile | null {
  for (const written of new Set([noteNameOf(name), name])) {
    const path = guestNotePath(host.settings(), written);
    const found = host.app.vault.getFileByPath(path) ?? lookAlikeFiles(path, (folder) => folderEntries(host.app, folder)).map((p) => host.app.vault.getFileByPath(p)).find((f) => f instanceof TFile);
    if (found) return found;
  }
  return null;
}

export function guestNotePath(settings: OfficeHoursSettings, name: string): string {
  return normalizePath(episodePath(cleanFolder(settings.guestsFolder), name));
}

async function createGuestNote(host: GuestNotesHost, name: string, edits: GuestEdits, body: readonly string[]): Promise<WriteResult> {
  // Named for the person: "Mr Ann Lee" and "Ann Lee, PhD" give "Ann Lee" (person-name.ts).
  const path = guestNotePath(host.settings(), noteNameOf(name));
  const stem = path.slice(path.lastIndexOf("/") + 1, -3);
  // A written form the note's name does not carry ("Mr Ann Lee", or "Leandro "inkel" López"
  // → 'inkel') is kept as an alias, so the episodes that write it that way still find the note.
  const aliases = foldName(stem) === foldName(name) ? (edits.addAliases ?? []) : [name, ...(edits.addAliases ?? [])];
  const folder = path.slice(0, Math.max(0, path.lastIndexOf("/")));
  const made = await ensureFolder(host.app, folder);
  if (made !== null) return { ok: false, reason: made };
  let file: TFile;
  try {
    file = await host.app.vault.create(path, newGuestNote({ ...edits, addAliases: aliases }, body));
  } catch (error) {
    // A note put at that name since the directory was read (a sync, another device): nothing is written.
    return { ok: false, reason: `“${path}” could not be created (${error instanceof Error ? error.message : String(error)}); nothing was written` };
  }
  return { ok: true, file, created: true, changed: Object.keys(edits).filter((k) => k !== "addAliases") };
}

/** Property changes through processFrontMatter, after checking the note's properties can be read. */
export async function editGuestNote(host: GuestNotesHost, file: TFile, edits: GuestEdits): Promise<WriteResult> {
  // processFrontMatter rewrites the file: typing not yet saved in an open editor would be
  // dropped when the editor takes the new file, so it is saved first and checked with the rest.
  await openViewOf(host.app, file.path)?.save();
  const text = await host.app.vault.cachedRead(file);
  const current = readGuestNote(file.path, text, host.settings().guestStatusNames, textFrontmatter(text));
  if (!current.writable) {
    return { ok: false, reason: `the properties of ${file.path} are not valid YAML; fix them first (nothing was written)` };
  }
  let changed: string[] = [];
  try {
    await host.app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
      changed = applyGuestEdits(frontmatter, edits);
    });
  } catch (error) {
    return { ok: false, reason: `${file.path} could not be changed: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { ok: true, file, created: false, changed };
}

async function ensureFolder(app: App, folder: string): Promise<string | null> {
  if (folder === "") return null;
  let current = "";
  for (const part of folder.split("/")) {
    current = current === "" ? part : `${current}/${part}`;
    const found = app.vault.getAbstractFileByPath(current);
    if (found instanceof TFile) return `“${current}” is a file, so the guests folder cannot be created there`;
    if (!found) await app.vault.createFolder(current);
  }
  return null;
}

function folderEntries(app: App, folder: string): FolderEntry[] | null {
  const found = folder === "" ? app.vault.getRoot() : app.vault.getAbstractFileByPath(folder);
  return found instanceof TFolder ? found.children.map((child) => ({ name: child.name, isFolder: child instanceof TFolder })) : null;
}

/** One notice for a write: what changed, or why nothing was. */
export function reportWrite(result: WriteResult, what: string): void {
  if (!result.ok) new Notice(`Office Hours did not save ${what}: ${result.reason}.`);
  else if (result.created) new Notice(`Created ${result.file.path}.`);
  else if (result.changed.length === 0) new Notice(`${result.file.path} already says so; nothing was changed.`);
  else new Notice(`Saved ${result.changed.join(", ")} in ${result.file.path}.`);
}
