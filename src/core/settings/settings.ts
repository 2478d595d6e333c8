// Settings: the shape stored in data.json. Defaults are built by functions (defaults.ts)
// so no caller can mutate a shared default object; migrate-settings.ts turns whatever was
// stored (older versions, hand edits, corruption) into valid settings plus a list of what
// had to be repaired. Keys this version does not know (written by a newer version, on this
// device or a synced one) are carried along unchanged, at every level, so saving never
// drops them. This module re-exports those, so callers import settings from one place.
import type { PhaseHeadings } from "../note/phases";
import type { SidebarView } from "../sidebar/views";
import type { StatusNames } from "../guests/statuses";
import type { InviteSequences } from "../calendar/sequence-ledger";
import type { WeekOfMonth, WeeksApart } from "./cadence";
import type { ShowFormat } from "./show-format";
import type { DeclinedProposal } from "./declined";

export { DEFAULT_FILE_NAME_PATTERN, SETTINGS_VERSION, defaultSettings, defaultShow } from "./defaults";
export { migrateSettings, type Migration } from "./migrate-settings";
export { slug } from "./show-naming";

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
  /**
   * 2: the show airs every other week on its weekday, counted from its latest dated
   * episode (cadence.ts). Absent for a weekly show; never stored beside weekOfMonth.
   */
  weeksApart?: WeeksApart;
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
  /**
   * A recorded podcast's built-in template and snippets speak of a recording, editing and
   * publishing (show-format.ts). Absent for a live stream, so older settings are stored as before.
   */
  format?: ShowFormat;
  /**
   * Detect's proposals the user said no to, field and value (declined.ts): never proposed
   * again. Absent when there are none, so older settings are stored as before.
   */
  declined?: DeclinedProposal[];
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
  /** Tick the items of a new episode's checklist that creating its note did ("Create a new `.md` file"). */
  tickDoneAtCreation: boolean;
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
