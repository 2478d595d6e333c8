// Which notes detection needs the text of, decided from paths alone: notes in and around
// folders that hold episode-named notes (episodes, index notes, Templates folders next to
// them) and template notes. A large vault of ordinary notes is not read again.
import { basenameOf } from "../note/episode";
import { nameShape } from "./name-shape";
import { folderOf, isUnderFolder } from "./note-facts";
import { cleanFolder } from "./detect";

const TEMPLATE_NAME = /\btemplates?\b/i;
const TEMPLATE_FOLDER = /^[_.@-]?templates?$/i;

export function notesWorthReading(paths: readonly string[], templateFolders: readonly string[]): string[] {
  const folders = templateFolders.map(cleanFolder).filter((f) => f !== "");
  const near = new Set<string>();
  for (const path of paths) {
    if (!path.toLowerCase().endsWith(".md")) continue;
    // A number without a topic ("Note 12", "LS 42") marks no folder: such notes join a series
    // of their folder and make none, and a vault of "Note 1…3000" was read whole for them.
    const shape = nameShape(basenameOf(path));
    if (shape === null || (shape.kind === "numbered" && shape.title === "")) continue;
    // The folder, its parent (index notes, Templates beside an Episodes folder) and the
    // one above (a series lifted from year folders).
    let folder = folderOf(path);
    for (let up = 0; up < 3; up++) {
      near.add(folder);
      if (folder === "") break;
      folder = folderOf(folder);
    }
  }
  return paths.filter((path) => {
    if (!path.toLowerCase().endsWith(".md")) return false;
    const folder = folderOf(path);
    if (near.has(folder)) return true;
    if (TEMPLATE_NAME.test(basenameOf(path))) return true;
    return folders.some((f) => isUnderFolder(path, f)) || folder.split("/").some((segment) => TEMPLATE_FOLDER.test(segment));
  });
}
