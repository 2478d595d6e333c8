// Each show's folder checked against the vault: the plugin's settings page says "There is
// no folder … in this vault", but the command line reads a data.json written by hand or by
// another version, and a folder written "./Shows" or "shows" (for Shows/) made the show's
// notes drop out of every report without a word.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { ShowSettings } from "../core/settings/settings";
import { cleanFolder } from "../core/vault/classify";

/** The names of the folders in `dir` (none when it cannot be read). */
function foldersIn(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

/**
 * The vault's folder at `segments`, each matched by `same`, or null. Compared by listing
 * each folder, not by asking the file system: on macOS and Windows "shows" opens "Shows",
 * while Obsidian (and this tool) match note paths with their case.
 */
function findFolder(root: string, segments: readonly string[], same: (a: string, b: string) => boolean): string | null {
  const found: string[] = [];
  for (const segment of segments) {
    const name = foldersIn(join(root, ...found)).find((n) => same(n.normalize("NFC"), segment.normalize("NFC")));
    if (name === undefined) return null;
    found.push(name);
  }
  return found.join("/");
}

/** The folder as it was likely meant: also no "./" (the classifier keeps it, and matches no note). */
function tidied(folder: string): string[] {
  return folder
    .replace(/\\/g, "/")
    .split("/")
    .filter((segment) => segment !== "" && segment !== ".");
}

/**
 * A message for each show whose folder is not in the vault as written, naming the folder
 * that differs only by case, a leading "./" or slashes when there is one. A show with no
 * folder ("") has nothing to check.
 */
export function showFolderMessages(root: string, shows: readonly ShowSettings[]): string[] {
  const messages: string[] = [];
  for (const show of shows) {
    const folder = show.folder;
    // As the classifier reads it: "Shows/" and "/Shows" are Shows, and are found.
    const read = cleanFolder(folder);
    if (read === "" || findFolder(root, read.split("/"), (a, b) => a === b) !== null) continue;
    const meant = findFolder(root, tidied(folder), (a, b) => a.toLowerCase() === b.toLowerCase());
    const hint = meant !== null && meant !== read ? ` The vault has "${meant}": write that in the show's settings (folder names are matched exactly).` : "";
    messages.push(`settings: the show "${show.name}" has the folder "${folder}", which is not in this vault, so none of its notes are read as its episodes.${hint}`);
  }
  return messages;
}
