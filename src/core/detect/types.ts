// What show detection takes and what it proposes. The proposal is in the settings' own
// shape (ShowSettings) plus, per field, why: the review screen and the command line
// show the reasons next to the values, so a user can judge each one.
import type { FrontmatterSource } from "../note/frontmatter";
import type { OfficeHoursSettings, ShowSettings } from "../settings/settings";
import type { GuestLink } from "./linked-guests";

export interface NoteText {
  /** Vault-relative path with `/` separators, `.md` included. */
  path: string;
  text: string;
  /** Its properties as the shell parsed them (Obsidian's metadata cache, or the CLI's YAML library). */
  frontmatter: FrontmatterSource;
}

export interface DetectInput {
  /** The notes to look at; `notesWorthReading` says which ones are needed. */
  notes: readonly NoteText[];
  /** Template folders the shell knows (core Templates, Templater); settings' own are added. */
  templateFolders: readonly string[];
  /** The settings as they are now: shows already configured are corrected, never duplicated. */
  settings: OfficeHoursSettings;
  /** The device's zone: a show whose notes name no zone keeps it. */
  timeZone: string;
}

/** The fields detection can propose, named as in ShowSettings (schedule fields flattened). */
export type DetectField =
  | "name"
  | "code"
  | "folder"
  | "template"
  | "indexNote"
  | "fileNamePattern"
  | "numberPadding"
  | "weekday"
  | "time"
  | "timeZone"
  | "displayTimeZones"
  | "guestFields"
  | "phaseHeadings"
  | "language"
  | "format"
  | "channel"
  | "playlist"
  | "meetup"
  | "studio"
  | "hostName"
  | "about"
  | "breaks";

export const DETECT_FIELDS: readonly DetectField[] = [
  "name",
  "code",
  "folder",
  "template",
  "indexNote",
  "fileNamePattern",
  "numberPadding",
  "weekday",
  "time",
  "timeZone",
  "displayTimeZones",
  "guestFields",
  "phaseHeadings",
  "language",
  "format",
  "channel",
  "playlist",
  "meetup",
  "studio",
  "hostName",
  "about",
  "breaks",
];

/** The link fields, each one of the settings' `links`. */
export const LINK_FIELDS = ["channel", "playlist", "meetup", "studio"] as const satisfies readonly DetectField[];
export type LinkField = (typeof LINK_FIELDS)[number];

/**
 * How sure: `found` when the notes say so, `guess` when it is inferred (a zone from an
 * abbreviation, a weekday from one date), `default` when nothing was found and the
 * default is kept.
 */
export type Confidence = "found" | "guess" | "default";

export interface FieldEvidence {
  confidence: Confidence;
  /** Human-readable reasons, most important first. */
  reasons: string[];
}

export type Evidence = Partial<Record<DetectField, FieldEvidence>>;

export interface ProposedShow {
  /** The show as it would be stored. For a correction, the configured show with the changes applied. */
  show: ShowSettings;
  evidence: Evidence;
  /** One line: "4 episodes in projects/Grafana Office Hours". */
  summary: string;
  /** The episode notes the proposal was built from. */
  episodes: string[];
  /** Id of the configured show this corrects, or null for a new show. */
  correctionOf: string | null;
  /**
   * For a correction: the configured show as Detect read it. Accepting applies only what
   * differs from it onto the show as it is then (apply-correction.ts). Absent for a new show.
   */
  before?: ShowSettings;
  /** For a correction: the fields that differ from the configured show. Empty for a new show. */
  changes: DetectField[];
  /** Conflicting evidence and other things worth a look. */
  warnings: string[];
  /**
   * For a correction: what the notes say but is not applied to `show` (declines.ts): a value
   * the user declined before, or a change to a choice the user made (the format), offered
   * unticked. Empty for a new show.
   */
  held: HeldChange[];
  /** The guest links of its episodes (linked-guests.ts): where they lead, the guests folder goes. Absent: none read. */
  guestLinks?: GuestLink[];
}

export interface HeldChange {
  field: DetectField;
  /** "declined": the user said no to this value before; "offered": offered unticked, the user's own choice stands unless ticked. */
  why: "declined" | "offered";
  /** The values as the show's `declined` list stores them (one per item of a list field). */
  values: string[];
  /** The show with this change applied: the field's value when the user ticks it. */
  show: ShowSettings;
}

export interface SkippedSeries {
  /** The folder (or note) that looked like a series. */
  where: string;
  reason: string;
}

export interface DetectResult {
  shows: ProposedShow[];
  /** Series that were found but not proposed, with the reason (shown so nothing is silently ignored). */
  skipped: SkippedSeries[];
  /** Configured shows the notes confirm as they are. */
  unchanged: string[];
  /** What the notes still say for a configured show with nothing else to change, held because the user declined it. */
  stillDeclined: { show: string; field: DetectField; values: string[] }[];
}
