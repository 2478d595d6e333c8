// A show set up by hand is named before it has notes: until its folder exists, the folder
// and the short code are the ones its name gives ("Office Hours" → folder "Office Hours",
// code "OH"), and renaming the show renames them with it. Without this, a first-time user
// who renamed the default show to "Berlin Weekly" got "Office Hours/OH 01 - Kickoff.md",
// and an added show named "NY Monthly" filed "Show 2/01 - Pilot.md". Once the folder exists
// (notes may be in it) or the user typed another folder or code, they stay as they are.
import { initials } from "../sidebar/show-chips";
import { safeFileName } from "../new-episode/naming";
import { slugify } from "../note/slug";
import { dropDiacritics } from "../text/fold";

/** The folder a show's name gives: the name, made safe as one folder name. */
export function folderFromName(name: string): string {
  return safeFileName(name.trim(), "Show");
}

/** The short code a show's name gives: its initials ("Berlin Weekly" → "BW"), empty when it has no letter or digit. */
export function codeFromName(name: string): string {
  const code = initials(name.trim());
  return code === "?" ? "" : code;
}

export interface NamedShow {
  name: string;
  folder: string;
  code: string;
}

/**
 * The show's folder and code once it is called `newName`: each follows the name while it
 * is still what the old name gave and the folder does not exist yet.
 */
export function followName(show: NamedShow, newName: string, folderExists: (folder: string) => boolean): { folder: string; code: string } {
  if (show.folder.trim() === "" || folderExists(show.folder)) return { folder: show.folder, code: show.code };
  return {
    folder: show.folder === folderFromName(show.name) ? folderFromName(newName) : show.folder,
    code: show.code === codeFromName(show.name) ? codeFromName(newName) : show.code,
  };
}

/**
 * An id made from a name: lowercase ASCII letters and digits joined by `-` (accents dropped).
 * A name with none (東京ラジオ, Радио) keeps its letters (note/slug.ts's rule): ids are
 * how a synced settings file matches shows, and two such shows both called "show" on two
 * laptops would be taken for one. Latin names keep the ids earlier versions gave them.
 */
export function slug(text: string): string {
  const ascii = dropDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return ascii !== "" ? ascii : slugify(text);
}
