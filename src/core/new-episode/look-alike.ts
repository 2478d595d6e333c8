// Names that are different strings but the same file on some device: macOS and Windows
// ignore case, macOS stores names decomposed (NFD) where others keep them composed
// (NFC), and Windows drops trailing spaces and dots. Two notes with such names sit side
// by side on Linux, then collide on the other devices and in Sync; so before a note is
// created, a look-alike counts as "already exists".

/** What a name is compared by: composed, lower case, without trailing spaces or dots. */
export function lookAlikeKey(name: string): string {
  const composed = name.normalize("NFC");
  // A loop from the end, not /[\s.]+$/: that regex tried a run of spaces or dots inside a
  // name from each of its characters (quadratic; 15x at 4n).
  let end = composed.length;
  while (end > 0 && /[\s.]/u.test(composed.charAt(end - 1))) end--;
  return composed.slice(0, end).toLowerCase();
}

/** A file name's key: its stem's key and its extension in lower case ("OH 01 .MD" is "oh 01.md"). */
function fileKey(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? `${lookAlikeKey(name.slice(0, dot))}.${name.slice(dot + 1).toLowerCase()}` : lookAlikeKey(name);
}

export interface FolderEntry {
  name: string;
  isFolder: boolean;
}

/** The entries of a vault folder ("" for the root), or null when there is no such folder. */
export type ListFolder = (folder: string) => readonly FolderEntry[] | null;

function join(folder: string, name: string): string {
  return folder === "" ? name : `${folder}/${name}`;
}

/** Every existing folder whose path looks like `folder` (itself included), walking down one segment at a time. */
function lookAlikeFolders(folder: string, list: ListFolder): string[] {
  let found = [""];
  for (const segment of folder.split("/").filter((s) => s !== "")) {
    const key = lookAlikeKey(segment);
    found = found.flatMap((parent) => (list(parent) ?? []).filter((e) => e.isFolder && lookAlikeKey(e.name) === key).map((e) => join(parent, e.name)));
    if (found.length === 0) break;
  }
  return found;
}

/** Existing files whose path differs from `path` only as above, in any segment (the exact path too, when it exists). */
export function lookAlikeFiles(path: string, list: ListFolder): string[] {
  const slash = path.lastIndexOf("/");
  const name = path.slice(slash + 1);
  const key = fileKey(name);
  return lookAlikeFolders(slash < 0 ? "" : path.slice(0, slash), list).flatMap((folder) =>
    (list(folder) ?? []).filter((e) => !e.isFolder && fileKey(e.name) === key).map((e) => join(folder, e.name)),
  );
}

/**
 * `folder` as an existing folder spells it, when one looks like it and the exact one is
 * missing; else `folder` itself. "Office Hours/x.md" then goes into the "office hours"
 * folder already there, not into a second folder beside it.
 */
export function existingFolderSpelling(folder: string, list: ListFolder): string {
  const folders = lookAlikeFolders(folder, list);
  return folders.includes(folder) || folders.length === 0 ? folder : (folders[0] ?? folder);
}
