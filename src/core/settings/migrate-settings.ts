// Bring stored data to the current version and repair what is invalid: a pure step from
// whatever data.json held (older versions, hand edits, corruption) to valid settings plus
// a list of what had to be repaired, for a notice.
import { isSidebarView, SIDEBAR_VIEWS } from "../sidebar/views";
import { GUEST_STATUSES, defaultStatusNames, type StatusNames } from "../guests/statuses";
import { readInviteSequences } from "../calendar/sequence-ledger";
import { SETTINGS_VERSION, defaultSettings, defaultShow } from "./defaults";
import { readShow } from "./read-show";
import type { OfficeHoursSettings, ShowSettings } from "./settings";
import { bool, group, int, isRecord, oneOf, str, stringList, unknownKeys, type Raw } from "./stored-values";

export interface Migration {
  settings: OfficeHoursSettings;
  /** What was repaired or migrated, for a notice. Empty when the input was current and valid. */
  notes: string[];
}

/**
 * Bring stored data to the current version and repair what is invalid. Pure: the
 * input is never changed. `null`/`undefined` (nothing stored yet) gives defaults.
 */
export function migrateSettings(raw: unknown, timeZone = "UTC"): Migration {
  const notes: string[] = [];
  const defaults = defaultSettings(timeZone);
  if (raw === null || raw === undefined) return { settings: defaults, notes };
  if (!isRecord(raw)) {
    notes.push("The stored settings were not an object; defaults are used.");
    return { settings: defaults, notes };
  }
  let data: Raw = raw;
  const version = typeof raw.version === "number" ? raw.version : 0;
  if (version < 1) {
    data = migrateV0(raw);
    if (raw.showName !== undefined || raw.folder !== undefined) notes.push("Settings from version 0 were migrated.");
  }

  const shows: ShowSettings[] = [];
  const storedIds = new Set<ShowSettings>();
  const rawShows = Array.isArray(data.shows) ? data.shows : null;
  if (rawShows === null && data.shows !== undefined) notes.push("“shows” was not a list; the default show is used.");
  for (const [index, item] of (rawShows ?? []).entries()) {
    if (!isRecord(item)) {
      notes.push(`Show ${index + 1} was not an object and was dropped.`);
      continue;
    }
    const show = readShow(item, index, timeZone, notes);
    if (typeof item.id === "string" && item.id !== "") storedIds.add(show);
    shows.push(show);
  }
  if (shows.length === 0) shows.push(defaultShow(timeZone));
  uniqueIds(shows, storedIds, notes);

  return {
    settings: {
      // A newer version's number stays, so that version does not migrate its own data again.
      version: Number.isInteger(version) && version > SETTINGS_VERSION ? version : SETTINGS_VERSION,
      shows,
      templateFolders: stringList(data.templateFolders, defaults.templateFolders, "templateFolders", notes),
      episodesOnlyInShowFolders: bool(data.episodesOnlyInShowFolders, defaults.episodesOnlyInShowFolders, "episodesOnlyInShowFolders", notes),
      snippetsFolder: str(data.snippetsFolder, defaults.snippetsFolder, "snippetsFolder", notes),
      calendarFolder: str(data.calendarFolder, defaults.calendarFolder, "calendarFolder", notes),
      warnDaysBefore: int(data.warnDaysBefore, defaults.warnDaysBefore, 0, 365, "warnDaysBefore", notes),
      autoTickChapters: bool(data.autoTickChapters, defaults.autoTickChapters, "autoTickChapters", notes),
      tickDoneAtCreation: bool(data.tickDoneAtCreation, defaults.tickDoneAtCreation, "tickDoneAtCreation", notes),
      guestsFolder: str(data.guestsFolder, defaults.guestsFolder, "guestsFolder", notes).trim(),
      guestStatusNames: statusNames(data.guestStatusNames, notes),
      overdueInStatusBar: bool(data.overdueInStatusBar, defaults.overdueInStatusBar, "overdueInStatusBar", notes),
      archiveAfterWeeks: int(data.archiveAfterWeeks, defaults.archiveAfterWeeks, 1, 520, "archiveAfterWeeks", notes),
      defaultView: oneOf(data.defaultView, defaults.defaultView, isSidebarView, `defaultView (one of ${SIDEBAR_VIEWS.join(", ")})`, notes),
      groupByShow: bool(data.groupByShow, defaults.groupByShow, "groupByShow", notes),
      inviteSequences: readInviteSequences(data.inviteSequences, notes),
      ...unknownKeys(data, version < 1 ? [...TOP_KEYS, ...Object.keys(V0_RENAMES)] : TOP_KEYS),
    },
    notes,
  };
}

const V0_RENAMES: Record<string, string> = {
  showName: "name",
  showCode: "code",
  folder: "folder",
  templatePath: "template",
  fileNamePattern: "fileNamePattern",
  guestField: "guestFields",
};

/** Version 0 (the first preview) stored a single show as flat top-level keys. */
function migrateV0(raw: Raw): Raw {
  if (Array.isArray(raw.shows)) return { ...raw, version: 1 };
  const show: Raw = {};
  for (const [from, to] of Object.entries(V0_RENAMES)) {
    if (raw[from] !== undefined) show[to] = from === "guestField" && typeof raw[from] === "string" ? [raw[from]] : raw[from];
  }
  const hasShow = Object.keys(show).length > 0;
  return { ...raw, version: 1, shows: hasShow ? [show] : [] };
}

/** Each state's word, stored or default; unknown keys kept like everywhere else. */
function statusNames(value: unknown, notes: string[]): StatusNames {
  const stored = group(value, "guestStatusNames", notes);
  const names = { ...unknownKeys(stored, GUEST_STATUSES), ...defaultStatusNames() };
  for (const status of GUEST_STATUSES) names[status] = str(stored[status], status, `guest status “${status}”`, notes).trim() || status;
  return names;
}

const TOP_KEYS = Object.keys(defaultSettings());

/**
 * A repeated id gets the first free `-2`, `-3`, … suffix; each base remembers the last one
 * it gave (counting from 2 every time was quadratic). A changed stored id is noted, so the
 * repair is saved; an id made from the name comes out the same at every load.
 */
function uniqueIds(shows: ShowSettings[], storedIds: ReadonlySet<ShowSettings>, notes: string[]): void {
  const seen = new Set<string>();
  const nextSuffix = new Map<string, number>();
  // The note names the first three repairs and counts the rest (no text made for those).
  const named: string[] = [];
  let changed = 0;
  shows.forEach((show, index) => {
    const base = show.id;
    if (seen.has(base)) {
      let n = nextSuffix.get(base) ?? 2;
      while (seen.has(`${base}-${n}`)) n++;
      nextSuffix.set(base, n + 1);
      show.id = `${base}-${n}`;
      if (storedIds.has(show) && ++changed <= 3) named.push(`show ${index + 1} “${base}” is now “${show.id}”`);
    }
    seen.add(show.id);
  });
  if (changed === 0) return;
  const more = changed > 3 ? ` and ${changed - 3} more` : "";
  notes.push(`${changed === 1 ? "A show" : `${changed} shows`} had the id of an earlier show and got a new one (${named.join(", ")}${more}).`);
}
