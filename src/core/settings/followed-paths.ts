// A file or folder the settings name, renamed (or moved) in Obsidian: the settings follow
// it, as Obsidian's links do. A folder's rename also moves every stored path under it (a
// show's folder, index note and template, the snippets, calendar and guests folders, the
// template folders). Paths are compared as the settings page compares them: by part, NFC,
// in any case (on macOS, Windows and Sync "office hours" is the folder "Office Hours"); the
// renamed part is written as the vault now spells it, the rest as it was stored. A delete
// is not followed: the setting keeps its path, as before. Pure.
import type { OfficeHoursSettings, ShowSettings } from "./settings";

/** The settings that hold a vault path. */
export type PathSetting = "folder" | "template" | "indexNote" | "templateFolders" | "snippetsFolder" | "calendarFolder" | "guestsFolder";

export interface FollowedPath {
  /** The show's id and name, null for a setting of the plugin. */
  show: { id: string; name: string } | null;
  setting: PathSetting;
  /** Which of the template folders (0 for the other settings). */
  at: number;
  from: string;
  to: string;
}

export interface Followed {
  /** The settings with the paths that followed (the same object when none did). */
  settings: OfficeHoursSettings;
  changes: FollowedPath[];
}

type Kind = "folder" | "note";

const MD = /\.md$/i;

function parts(path: string): string[] {
  return path
    .replace(/\\/g, "/")
    .split("/")
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

const key = (part: string) => part.normalize("NFC").toLowerCase();

/** Does `path` start with the parts `prefix`, compared as the settings page compares paths? */
function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => key(p) === key(path[i] ?? ""));
}

/**
 * The stored value after `oldPath` became `newPath`, or null when it does not follow.
 * A note setting may be stored without ".md" (the plugin adds it): it is compared with it
 * and keeps being written without it. A note renamed to a file that is no note any more
 * (another extension) is not followed: the setting would name something the plugin
 * cannot use.
 */
export function followedPath(stored: string, kind: Kind, oldPath: string, newPath: string, isFolder: boolean): string | null {
  const was = parts(stored);
  const from = parts(oldPath);
  const to = parts(newPath);
  if (was.length === 0 || from.length === 0 || to.length === 0) return null;
  if (isFolder) {
    // A note setting equal to the folder's path names the note "<folder>.md" beside it, not the folder.
    const under = kind === "folder" ? was.length >= from.length : was.length > from.length;
    return under && startsWith(was, from) ? [...to, ...was.slice(from.length)].join("/") : null;
  }
  if (kind === "folder" || !MD.test(newPath)) return null;
  const bare = !MD.test(stored.trim());
  const last = was.length - 1;
  const asNote = bare ? [...was.slice(0, last), `${was[last] ?? ""}.md`] : was;
  if (asNote.length !== from.length || !startsWith(asNote, from)) return null;
  const written = to.join("/");
  return bare ? written.replace(MD, "") : written;
}

const SHOW_PATHS: readonly (readonly ["folder" | "template" | "indexNote", Kind])[] = [
  ["folder", "folder"],
  ["indexNote", "note"],
  ["template", "note"],
];
const PLUGIN_PATHS: readonly ("snippetsFolder" | "calendarFolder" | "guestsFolder")[] = ["snippetsFolder", "calendarFolder", "guestsFolder"];

/** `settings` after the vault renamed `oldPath` to `newPath`, and what followed. The input is not changed. */
export function followRename(settings: OfficeHoursSettings, oldPath: string, newPath: string, isFolder: boolean): Followed {
  const changes: FollowedPath[] = [];
  const shows = settings.shows.map((show): ShowSettings => {
    let next = show;
    for (const [setting, kind] of SHOW_PATHS) {
      const to = followedPath(show[setting], kind, oldPath, newPath, isFolder);
      if (to === null || to === show[setting]) continue;
      changes.push({ show: { id: show.id, name: show.name }, setting, at: 0, from: show[setting], to });
      next = { ...next, [setting]: to };
    }
    return next;
  });
  const templateFolders = settings.templateFolders.map((folder, at) => {
    const to = followedPath(folder, "folder", oldPath, newPath, isFolder);
    if (to === null || to === folder) return folder;
    changes.push({ show: null, setting: "templateFolders", at, from: folder, to });
    return to;
  });
  const plugin: Partial<Record<(typeof PLUGIN_PATHS)[number], string>> = {};
  for (const setting of PLUGIN_PATHS) {
    const to = followedPath(settings[setting], "folder", oldPath, newPath, isFolder);
    if (to === null || to === settings[setting]) continue;
    changes.push({ show: null, setting, at: 0, from: settings[setting], to });
    plugin[setting] = to;
  }
  return changes.length === 0 ? { settings, changes } : { settings: { ...settings, ...plugin, shows, templateFolders }, changes };
}

/**
 * Several renames in a row (a folder's, then each file's in it; a name changed twice
 * before it was saved): one change per setting, from its first path to its last, and
 * none for a setting that came back to where it was.
 */
export function mergeFollowed(changes: readonly FollowedPath[]): FollowedPath[] {
  const merged = new Map<string, FollowedPath>();
  for (const change of changes) {
    const id = `${change.show?.id ?? ""}\u0000${change.setting}\u0000${change.at}`;
    const first = merged.get(id);
    merged.set(id, first ? { ...first, to: change.to } : change);
  }
  return [...merged.values()].filter((c) => c.from !== c.to);
}

/** Sentences a notice shows at most; a rename of a folder above many shows names the first ones and counts the rest. */
const MOST_SENTENCES = 5;

function possessive(name: string): string {
  const n = name.trim() === "" ? "the show" : name.trim();
  return /s$/i.test(n) ? `${n}'` : `${n}'s`;
}

function sentence(change: FollowedPath): string {
  const whose = possessive(change.show?.name ?? "");
  switch (change.setting) {
    case "folder":
      return `Office Hours now looks for ${whose} episodes in ${change.to}.`;
    case "indexNote":
      return `Office Hours now keeps ${whose} episode list in ${change.to}.`;
    case "template":
      return `Office Hours now makes ${whose} new episodes from ${change.to}.`;
    case "snippetsFolder":
      return `Office Hours now reads your snippets from ${change.to}.`;
    case "calendarFolder":
      return `Office Hours now writes calendar files to ${change.to}.`;
    case "guestsFolder":
      return `Office Hours now keeps guest notes in ${change.to}.`;
    case "templateFolders":
      return `Office Hours now takes the notes in ${change.to} for templates.`;
  }
}

/** The notice naming what followed a rename; "" when nothing did. */
export function followedNotice(changes: readonly FollowedPath[]): string {
  const sentences = changes.map(sentence);
  if (sentences.length <= MOST_SENTENCES) return sentences.join(" ");
  const rest = sentences.length - (MOST_SENTENCES - 1);
  return [...sentences.slice(0, MOST_SENTENCES - 1), `${rest} more settings followed the rename too (Settings → Office Hours shows them).`].join(" ");
}
