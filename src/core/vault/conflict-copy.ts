// Sync tools' conflict copies, told by their names alone. When two devices change one
// file before they hear of each other, the tool keeps both: one under the file's name, the
// other under that name plus a mark. Only marks whose format the tool's own help or its
// maintainers state are recognised (each with its source); a name is never guessed at.
//
// - Dropbox: `name (conflicted copy 2025-03-01).md` and `name (Tom's conflicted copy
//   2025-03-01).md` (help.dropbox.com/syncing-uploads/conflicted-copy: "The editor's
//   username, 'conflicted copy', and the save date will be added to the filename").
// - Nextcloud desktop 3.x: `name (conflicted copy 2021-06-16 143218).md` (file listings in
//   github.com/nextcloud/desktop/issues/2467), the same words as Dropbox's.
// - Syncthing: `name.sync-conflict-20250301-101500-ABCD123.md`, and without the device
//   before v1.x (FAQ "What if there is a conflict?": `<filename>.sync-conflict-<date>-<time>-<modifiedBy>.<ext>`).
// - ownCloud and Nextcloud clients before 2.5: `name_conflict-20180220-141213.md`
//   (github.com/owncloud/client/issues/5965 and 6365).
//
// Not marks: ` (1)` and ` 1` (Google Drive, OneDrive, iCloud and people name copies so, and
// the plugin's own free name is `… (2).md`): `lookalikeSuffix` tells them, for messages
// only. OneDrive's `name-<device>` is not recognised: nothing tells it from a name a
// user typed.
//
// Every check looks at the end of the name with lastIndexOf and an anchored test of the
// short tail: no scan goes back over the name, so a long name costs one pass.

const SYNCTHING = ".sync-conflict-";
const SYNCTHING_TAIL = /^\d{8}-\d{6}(?:-[A-Z0-9]{7})?$/;
const OWNCLOUD = "_conflict-";
const OWNCLOUD_TAIL = /^\d{8}-\d{6}$/;
/** What Dropbox and Nextcloud put in the parentheses: an optional "<who>'s ", the words, a date and time. */
const CONFLICTED_COPY = /^(?:[^()]*['’]s )?conflicted copy(?: [^()]*)?$/i;

/** The name without one sync tool's conflict mark at its end, or null when it carries none. */
export function withoutConflictMark(name: string): string | null {
  if (name.endsWith(")")) {
    const open = name.lastIndexOf(" (");
    if (open > 0 && CONFLICTED_COPY.test(name.slice(open + 2, -1))) return name.slice(0, open);
  }
  const syncthing = name.lastIndexOf(SYNCTHING);
  if (syncthing > 0 && SYNCTHING_TAIL.test(name.slice(syncthing + SYNCTHING.length))) return name.slice(0, syncthing);
  const owncloud = name.lastIndexOf(OWNCLOUD);
  if (owncloud > 0 && OWNCLOUD_TAIL.test(name.slice(owncloud + OWNCLOUD.length))) return name.slice(0, owncloud);
  return null;
}

/**
 * The paths a note would be a conflict copy of, from its name alone: the same folder and
 * extension, one mark taken off, then the next (Syncthing marks a conflict of a conflict
 * twice). Nearest first; empty when the name carries no mark.
 */
export function conflictOriginals(path: string): string[] {
  const slash = path.lastIndexOf("/");
  const folder = path.slice(0, slash + 1);
  const file = path.slice(slash + 1);
  const dot = file.lastIndexOf(".");
  if (dot <= 0) return [];
  const extension = file.slice(dot);
  const originals: string[] = [];
  let name: string | null = file.slice(0, dot);
  while ((name = withoutConflictMark(name)) !== null) originals.push(folder + name + extension);
  return originals;
}

/**
 * What `copy` adds to `original`'s name when it reads as a copy of it without being a sync
 * tool's conflict copy: " (1)" or " 1" (any number), in the same folder. Null otherwise.
 */
export function lookalikeSuffix(copy: string, original: string): string | null {
  const dot = original.lastIndexOf(".");
  const stem = dot > original.lastIndexOf("/") ? original.slice(0, dot) : original;
  const extension = original.slice(stem.length);
  if (!copy.startsWith(stem) || !copy.endsWith(extension) || copy.length <= original.length) return null;
  const suffix = copy.slice(stem.length, copy.length - extension.length);
  return /^ (?:\(\d{1,4}\)|\d{1,4})$/.test(suffix) ? suffix : null;
}

/** A note as its messages name it: its name, or its path without ".md" when it is in another folder than `from`. */
export function noteName(path: string, from: string): string {
  const folderOf = (p: string) => p.slice(0, p.lastIndexOf("/") + 1);
  const shown = folderOf(path) === folderOf(from) ? path.slice(path.lastIndexOf("/") + 1) : path;
  return shown.replace(/\.md$/i, "");
}

/** What the original's row and status say of its conflict copies (amber: nothing is lost yet, but one note must be kept). */
export function syncCopyMessage(original: string, copies: readonly string[]): string {
  const names = copies.map((copy) => `“${noteName(copy, original)}”`).join(", ");
  return copies.length === 1
    ? `Sync conflict copy: ${names}. Compare it with this note, keep what you need here, delete the copy.`
    : `Sync conflict copies: ${names}. Compare them with this note, keep what you need here, delete the copies.`;
}
