// Where guest notes go once Detect has set up the shows. The guests folder's default,
// "Office Hours/Guests", belongs with the example show; after Detect replaces that show
// with the vault's own, a first guest note there would start a new top-level folder named
// after a show that no longer exists. So while the setting is still the untouched default
// and no such folder exists yet, it follows the shows: "Guests" in the deepest folder that
// holds every show folder (shows in "projects/A" and "projects/B": "projects/Guests").
// A folder the user typed, or one that exists (guest notes may already be there), is
// never moved; nor is the default while a show still lives in "Office Hours" (the example
// show kept, or a show of that name): there it is beside its show, as meant.
import { defaultSettings } from "../settings/defaults";
import type { OfficeHoursSettings } from "../settings/settings";
import { cleanFolder } from "./detect";

/** The deepest folder holding every one of `folders` ("" for the vault root). */
export function commonParent(folders: readonly string[]): string {
  const parents = folders.map((f) => cleanFolder(f).split("/").filter((p) => p !== "").slice(0, -1));
  if (parents.length === 0) return "";
  const first = parents[0] ?? [];
  let depth = first.length;
  for (const parts of parents) {
    let same = 0;
    while (same < depth && same < parts.length && parts[same] === first[same]) same++;
    depth = same;
  }
  return first.slice(0, depth).join("/");
}

/**
 * The guests folder for `settings` (the shows as accepted): a new value when it is the
 * untouched default, that folder does not exist, and the shows point elsewhere; else null.
 */
export function guestsFolderFollowingShows(settings: OfficeHoursSettings, folderExists: (folder: string) => boolean): string | null {
  const untouched = defaultSettings().guestsFolder;
  if (cleanFolder(settings.guestsFolder) !== untouched || folderExists(untouched)) return null;
  if (settings.shows.length === 0) return null;
  if (settings.shows.some((s) => isWithin(untouched, cleanFolder(s.folder)))) return null;
  const parent = commonParent(settings.shows.map((s) => s.folder));
  const folder = parent === "" ? "Guests" : `${parent}/Guests`;
  return folder === untouched ? null : folder;
}

function isWithin(path: string, folder: string): boolean {
  return folder === "" ? false : path === folder || path.startsWith(`${folder}/`);
}
