// Settings: the shape, fresh defaults, and a pure migration/validation step that
// turns whatever was stored (older versions, hand edits, corruption) into valid
// settings plus a list of what had to be repaired. Defaults are built by a function
// so no caller can mutate a shared default object. Keys this version does not know
// (written by a newer version, on this device or a synced one) are carried along
// unchanged, at every level, so saving never drops them.
import { DEFAULT_PHASE_HEADINGS, type PhaseHeadings } from "../note/phases";
import { DEFAULT_GUEST_FIELDS } from "../note/episode";
import { PHASES } from "../types";
import { DEFAULT_TIMESTAMP_HEADINGS } from "../live/chapters";
import { isSidebarView, SIDEBAR_VIEWS, type SidebarView } from "../sidebar/views";
import { GUEST_STATUSES, defaultStatusNames, type StatusNames } from "../guests/statuses";
import { readInviteSequences, type InviteSequences } from "../calendar/sequence-ledger";
import { isWeekOfMonth, type WeekOfMonth } from "./cadence";

export const SETTINGS_VERSION = 1;

export interface ShowSchedule {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** `HH:mm` in the show's time zone. */
  time: string;
  timeZone: string;
  durationMinutes: number;
  /**
   * A monthly show: the first to fourth (1–4) or last (-1) of its weekday in the month.
   * Absent for a weekly show, so settings of weekly shows are stored as before.
   */
  weekOfMonth?: WeekOfMonth;
}

export interface ShowLinks {
  channel: string;
  playlist: string;
  meetup: string;
  studio: string;
}

export interface ShowDeadlines {
  /** Prep items should be done this many days before the show. */
  prepDaysBefore: number;
  /** After-show items should be done this many days after the show. */
  afterDaysAfter: number;
}

export interface ShowSettings {
  id: string;
  name: string;
  code: string;
  /** Vault folder holding the show's episodes ("" = none). */
  folder: string;
  /** Path of a template note, or "" for the built-in template. */
  template: string;
  /** Path of the show's index note (Past / Upcoming lists), "" for none. */
  indexNote: string;
  fileNamePattern: string;
  numberPadding: number;
  schedule: ShowSchedule;
  /** Extra zones shown next to the show's own, e.g. ["Europe/Berlin"]. */
  displayTimeZones: string[];
  guestFields: string[];
  phaseHeadings: PhaseHeadings;
  /** Headings of the Timestamps (chapters) section; the first names a section the plugin creates. */
  timestampHeadings: string[];
  hostName: string;
  links: ShowLinks;
  deadlines: ShowDeadlines;
  /** Calendar invite starts this many minutes before the show (tech check). */
  inviteMinutesBefore: number;
  /** …and ends this many minutes after it (debrief). */
  inviteMinutesAfter: number;
  /** Language the show's notes are written in (BCP 47, "es"), "" when unknown. */
  language: string;
  /** Dates the show takes off, one per line: "2024-02-01 Equipo en Fosdem", "2024-12-20..2025-01-06 Holidays". */
  breaks: string[];
  /** What the show covers ("all things Grafana Labs and observability"): `{{about}}` in the outreach text. */
  about: string;
}

export interface OfficeHoursSettings {
  version: number;
  shows: ShowSettings[];
  /** Folders whose notes are templates, never episodes (besides those found in Templates/Templater settings). */
  templateFolders: string[];
  /**
   * Episodes are only the notes in a show's folder, and notes elsewhere whose properties
   * carry the `office-hours:` marker. Off (the default): a note anywhere with a task and a
   * guest field is an episode too. On, the first index settles every note outside the show
   * folders from its cached properties, without reading it.
   */
  episodesOnlyInShowFolders: boolean;
  /** Folder of the user's own snippet notes. */
  snippetsFolder: string;
  /** Folder for exported .ics files, "" to put them next to the episode note. */
  calendarFolder: string;
  /** Warn about open prep items this many days before the show. */
  warnDaysBefore: number;
  /** Tick the after-show item about timestamps once valid chapters exist (off: never touch a checklist uninvited). */
  autoTickChapters: boolean;
  /** Folder of the guest notes (one note per person). */
  guestsFolder: string;
  /** The word written into guest notes for each pipeline state. */
  guestStatusNames: StatusNames;
  /** Count the overdue items in the status bar (desktop). */
  overdueInStatusBar: boolean;
  /** An episode aired more than this many weeks ago with items open is archived: a quiet count, no alert. */
  archiveAfterWeeks: number;
  /** The view a new Episodes sidebar opens on. */
  defaultView: SidebarView;
  /** A new Episodes sidebar groups its rows by show. */
  groupByShow: boolean;
  /** Not a setting: the last SEQUENCE issued per invite UID, so a new invite never goes below it (sequence-ledger.ts). */
  inviteSequences: InviteSequences;
}

export const DEFAULT_FILE_NAME_PATTERN = "{{code}} {{number}} - {{topic}}, with {{guests}}";

export function defaultShow(timeZone = "UTC", name = "Office Hours"): ShowSettings {
  return {
    id: "office-hours",
    name,
    code: "OH",
    folder: name,
    template: "",
    indexNote: "",
    fileNamePattern: DEFAULT_FILE_NAME_PATTERN,
    numberPadding: 2,
    schedule: { weekday: 5, time: "13:00", timeZone, durationMinutes: 60 },
    displayTimeZones: [],
    guestFields: [...DEFAULT_GUEST_FIELDS],
    phaseHeadings: copyPhaseHeadings(DEFAULT_PHASE_HEADINGS),
    timestampHeadings: [...DEFAULT_TIMESTAMP_HEADINGS],
    hostName: "",
    links: { channel: "", playlist: "", meetup: "", studio: "" },
    deadlines: { prepDaysBefore: 2, afterDaysAfter: 7 },
    inviteMinutesBefore: 15,
    inviteMinutesAfter: 15,
    language: "",
    breaks: [],
    about: "",
  };
}

export function defaultSettings(timeZone = "UTC"): OfficeHoursSettings {
  return {
    version: SETTINGS_VERSION,
    shows: [defaultShow(timeZone)],
    templateFolders: [],
    episodesOnlyInShowFolders: false,
    snippetsFolder: "Office Hours/Snippets",
    calendarFolder: "",
    warnDaysBefore: 3,
    autoTickChapters: false,
    guestsFolder: "Office Hours/Guests",
    guestStatusNames: defaultStatusNames(),
    overdueInStatusBar: true,
    archiveAfterWeeks: 4,
    defaultView: "attention",
    groupByShow: false,
    inviteSequences: {},
  };
}

function copyPhaseHeadings(source: PhaseHeadings): PhaseHeadings {
  return { prep: [...source.prep], before: [...source.before], after: [...source.after], other: [...source.other] };
}

export interface Migration {
  settings: OfficeHoursSettings;
  /** What was repaired or migrated, for a notice. Empty when the input was current and valid. */
  notes: string[];
}

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value);
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

function readShow(raw: Raw, index: number, timeZone: string, notes: string[]): ShowSettings {
  const d = defaultShow(timeZone);
  const where = (key: string) => `show ${index + 1} ${key}`;
  const name = str(raw.name, d.name, where("name"), notes).trim() || d.name;
  const schedule = group(raw.schedule, where("schedule"), notes);
  const links = group(raw.links, where("links"), notes);
  const deadlines = group(raw.deadlines, where("deadlines"), notes);
  const phases = group(raw.phaseHeadings, where("phase headings"), notes);
  const phaseHeadings: PhaseHeadings = { ...unknownKeys(phases, PHASES), ...copyPhaseHeadings(d.phaseHeadings) };
  for (const phase of PHASES) {
    phaseHeadings[phase] = stringList(phases[phase], d.phaseHeadings[phase], where(`${phase} headings`), notes);
  }
  const time = str(schedule.time, d.schedule.time, where("time"), notes);
  return {
    ...unknownKeys(raw, SHOW_KEYS),
    id: str(raw.id, "", where("id"), notes) || slug(name) || `show-${index + 1}`,
    name,
    code: str(raw.code, index === 0 ? d.code : "", where("code"), notes).trim(),
    folder: str(raw.folder, name, where("folder"), notes).trim(),
    template: str(raw.template, "", where("template"), notes).trim(),
    indexNote: str(raw.indexNote, "", where("index note"), notes).trim(),
    fileNamePattern: str(raw.fileNamePattern, d.fileNamePattern, where("file name pattern"), notes).trim() || d.fileNamePattern,
    numberPadding: int(raw.numberPadding, d.numberPadding, 1, 6, where("number padding"), notes),
    schedule: {
      ...unknownKeys(schedule, SCHEDULE_KEYS),
      weekday: int(schedule.weekday, d.schedule.weekday, 0, 6, where("weekday"), notes),
      time: /^([01]\d|2[0-3]):[0-5]\d$/.test(time) ? time : (notes.push(`${where("time")} "${time}" is not HH:mm.`), d.schedule.time),
      timeZone: str(schedule.timeZone, d.schedule.timeZone, where("time zone"), notes).trim() || d.schedule.timeZone,
      durationMinutes: int(schedule.durationMinutes, d.schedule.durationMinutes, 5, 24 * 60, where("duration"), notes),
      ...weekOfMonth(schedule.weekOfMonth, where("week of the month"), notes),
    },
    displayTimeZones: stringList(raw.displayTimeZones, d.displayTimeZones, where("display time zones"), notes),
    guestFields: nonEmpty(stringList(raw.guestFields, d.guestFields, where("guest fields"), notes), d.guestFields),
    phaseHeadings,
    timestampHeadings: nonEmpty(stringList(raw.timestampHeadings, d.timestampHeadings, where("timestamp headings"), notes), d.timestampHeadings),
    hostName: str(raw.hostName, d.hostName, where("host name"), notes),
    links: {
      ...unknownKeys(links, LINK_KEYS),
      channel: str(links.channel, "", where("channel link"), notes),
      playlist: str(links.playlist, "", where("playlist link"), notes),
      meetup: str(links.meetup, "", where("Meetup link"), notes),
      studio: str(links.studio, "", where("studio link"), notes),
    },
    deadlines: {
      ...unknownKeys(deadlines, DEADLINE_KEYS),
      prepDaysBefore: int(deadlines.prepDaysBefore, d.deadlines.prepDaysBefore, 0, 365, where("prep deadline"), notes),
      afterDaysAfter: int(deadlines.afterDaysAfter, d.deadlines.afterDaysAfter, 0, 365, where("after-show deadline"), notes),
    },
    inviteMinutesBefore: int(raw.inviteMinutesBefore, d.inviteMinutesBefore, 0, 240, where("invite minutes before"), notes),
    inviteMinutesAfter: int(raw.inviteMinutesAfter, d.inviteMinutesAfter, 0, 240, where("invite minutes after"), notes),
    language: str(raw.language, d.language, where("language"), notes).trim(),
    breaks: stringList(raw.breaks, d.breaks, where("breaks"), notes),
    about: str(raw.about, d.about, where("what the show covers"), notes).trim(),
  };
}

/** Each state's word, stored or default; unknown keys kept like everywhere else. */
function statusNames(value: unknown, notes: string[]): StatusNames {
  const stored = group(value, "guestStatusNames", notes);
  const names = { ...unknownKeys(stored, GUEST_STATUSES), ...defaultStatusNames() };
  for (const status of GUEST_STATUSES) names[status] = str(stored[status], status, `guest status “${status}”`, notes).trim() || status;
  return names;
}

const TOP_KEYS = Object.keys(defaultSettings());
const SHOW_KEYS = Object.keys(defaultShow());
const SCHEDULE_KEYS = [...Object.keys(defaultShow().schedule), "weekOfMonth"];

/** Kept when it is 1–4 or -1; dropped (weekly, and named in the repair notice) otherwise. */
function weekOfMonth(value: unknown, label: string, notes: string[]): { weekOfMonth?: WeekOfMonth } {
  if (value === undefined) return {};
  if (isWeekOfMonth(value)) return { weekOfMonth: value };
  notes.push(`${label} ${JSON.stringify(value)} is not 1, 2, 3, 4 or -1 (last); the show is weekly.`);
  return {};
}
const LINK_KEYS = Object.keys(defaultShow().links);
const DEADLINE_KEYS = Object.keys(defaultShow().deadlines);

/**
 * The keys of `raw` this version does not know, with their values as stored (the known
 * ones are left out, so they always hold the repaired value). Object.fromEntries defines
 * each key, so a stored "__proto__" stays a plain key instead of changing a prototype.
 */
function unknownKeys(raw: Raw, known: readonly string[]): Raw {
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !known.includes(key)));
}

/** A nested group of settings; one of another type was replaced without a note before. */
function group(value: unknown, key: string, notes: string[]): Raw {
  if (value === undefined) return {};
  if (isRecord(value)) return value;
  notes.push(`${key} was not a group of settings; the defaults are used.`);
  return {};
}

function str(value: unknown, fallback: string, key: string, notes: string[]): string {
  if (value === undefined) return fallback;
  if (typeof value === "string") return value;
  notes.push(`${key} was not text; the default is used.`);
  return fallback;
}

function bool(value: unknown, fallback: boolean, key: string, notes: string[]): boolean {
  if (value === undefined) return fallback;
  if (typeof value === "boolean") return value;
  notes.push(`${key} was not true or false; the default is used.`);
  return fallback;
}

function oneOf<T>(value: unknown, fallback: T, accepts: (value: unknown) => value is T, key: string, notes: string[]): T {
  if (value === undefined) return fallback;
  if (accepts(value)) return value;
  notes.push(`${key} was not a known value; the default is used.`);
  return fallback;
}

function int(value: unknown, fallback: number, min: number, max: number, key: string, notes: string[]): number {
  if (value === undefined) return fallback;
  // `+ 0` turns a stored -0 into 0, so migrating twice gives the same settings.
  if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= max) return value + 0;
  notes.push(`${key} must be a whole number from ${min} to ${max}; the default is used.`);
  return fallback;
}

function stringList(value: unknown, fallback: readonly string[], key: string, notes: string[]): string[] {
  if (value === undefined) return [...fallback];
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) {
    return value.map((v: string) => v.trim()).filter((v) => v !== "");
  }
  notes.push(`${key} was not a list of text; the default is used.`);
  return [...fallback];
}

function nonEmpty(list: string[], fallback: readonly string[]): string[] {
  return list.length > 0 ? list : [...fallback];
}

export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

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
