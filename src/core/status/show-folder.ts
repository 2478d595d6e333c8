// The folder that names the show of an episode no configured show claims, before any setup
// (the vault report's Show column, the guests index's shows). Detect's rule, not a second
// one: period folders ("Season 2", "S01", "2024", "2024-03") stand for the folder above them
// (detect/series.ts, showFolder), so "Small Batch/Season 2" and "Small Batch/Season 3" are
// one show, Small Batch, as Detect proposes it, and a guest of both seasons is no guest
// "across shows".
import { folderOf } from "../detect/note-facts";
import { showFolder } from "../detect/series";

/** "Small Batch" for "Small Batch/Season 2/S02E09 - ….md"; null for a note at the vault's top. */
export function showFolderName(path: string): string | null {
  const folder = folderOf(path);
  if (folder === "") return null;
  const show = showFolder(folder);
  return show.slice(show.lastIndexOf("/") + 1);
}
