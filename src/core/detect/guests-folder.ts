// Where guest notes and snippet notes go once Detect has set up the shows. The guests folder's default,
// "Office Hours/Guests", belongs with the example show; after Detect replaces that show
// with the vault's own, a first guest note there would start a new top-level folder named
// after a show that no longer exists. So while the setting is still the untouched default
// and no such folder exists yet, it follows the shows: "Guests" in the deepest folder that
// holds every show folder (shows in "projects/A" and "projects/B": "projects/Guests").
// A folder the user typed, or one that exists (guest notes may already be there), is
// never moved; nor is the default while a show still lives in "Office Hours" (the example
// show kept, or a show of that name): there it is beside its show, as meant.
//
// But where the episodes' guest links lead to notes mostly in one folder ("People/"), the
// untouched guests folder goes there instead (linked-guests.ts says which folder, if any):
// the host keeps people there, and a new guest note belongs beside them.
//
// The same holds for every folder setting whose default lies in the example show's folder
// ("Office Hours/Snippets" too): they are found from the defaults, not listed here, so a
// folder setting added later with such a default follows the shows as well.
import { defaultSettings, defaultShow } from "../settings/defaults";
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

/** The settings whose default is a folder inside the example show's ("guestsFolder", "snippetsFolder"). */
export type ExampleFolderSetting = "guestsFolder" | "snippetsFolder";

/** The folder settings whose default lies in the example show's folder, with that default. */
export function exampleFolderSettings(): [ExampleFolderSetting, string][] {
  const example = defaultShow().folder;
  const defaults = defaultSettings() as unknown as Record<string, unknown>;
  const out: [ExampleFolderSetting, string][] = [];
  for (const [key, value] of Object.entries(defaults)) {
    if (key.endsWith("Folder") && typeof value === "string" && value.startsWith(`${example}/`)) out.push([key as ExampleFolderSetting, value]);
  }
  return out;
}

/**
 * The folder settings to move with the shows (`settings`: the shows as accepted): each one
 * still at its untouched default, whose folder does not exist, while no show lives in the
 * example show's folder, goes to the same place under the shows' common folder
 * ("Office Hours/Snippets" → "projects/Snippets"). The others are left out.
 */
export function foldersFollowingShows(settings: OfficeHoursSettings, folderExists: (folder: string) => boolean, linkedGuests: string | null = null): Partial<Record<ExampleFolderSetting, string>> {
  const out: Partial<Record<ExampleFolderSetting, string>> = {};
  if (settings.shows.length === 0) return out;
  const example = defaultShow().folder;
  const parent = commonParent(settings.shows.map((s) => s.folder));
  for (const [key, untouched] of exampleFolderSettings()) {
    if (cleanFolder(settings[key]) !== untouched || folderExists(untouched)) continue;
    // The guest links say where guest notes live: that wins over following the shows.
    if (key === "guestsFolder" && linkedGuests !== null) {
      if (linkedGuests !== untouched) out[key] = linkedGuests;
      continue;
    }
    if (settings.shows.some((s) => isWithin(untouched, cleanFolder(s.folder)))) continue;
    const rest = untouched.slice(example.length + 1);
    const folder = parent === "" ? rest : `${parent}/${rest}`;
    if (folder !== untouched) out[key] = folder;
  }
  return out;
}

/** The guests folder alone (foldersFollowingShows), or null. */
export function guestsFolderFollowingShows(settings: OfficeHoursSettings, folderExists: (folder: string) => boolean): string | null {
  return foldersFollowingShows(settings, folderExists).guestsFolder ?? null;
}

function isWithin(path: string, folder: string): boolean {
  return folder === "" ? false : path === folder || path.startsWith(`${folder}/`);
}
