// The episode model shared by the plugin, the command-line report and the tests.
import type { ReaderWarning } from "./note/reader-warning";
import type { Chapter, ChapterProblem } from "./live/chapters";
import type { LiveMarks } from "./live/live-state";
import type { Offset } from "./deadlines/offset";

/** Where a checklist section sits in an episode's life. */
export type Phase = "prep" | "before" | "after" | "other";

export const PHASES: readonly Phase[] = ["prep", "before", "after", "other"];

/** `done` for x/X, `cancelled` for -, `open` for a space and every other status character. */
export type TaskState = "open" | "done" | "cancelled";

export interface TaskItem {
  /** 0-based line number in the note (frontmatter lines included). */
  line: number;
  /** The whole line as it was read, without its line ending: what an edit must find again. */
  raw: string;
  /** The character between the brackets. */
  status: string;
  state: TaskState;
  /** The item's text after the checkbox, trimmed. */
  text: string;
  /** Nesting depth: 0 for a top-level item (tabs count as one level, 2–4 spaces as one). */
  depth: number;
  /** Index of the section (heading) the task belongs to. */
  section: number;
  /** An open item's own deadline: the `📅 2026-11-27` (or `[due:: …]`) on its line. */
  due?: string | null;
  /** An open item's offset from the show (`📅 -7d`, `(due:: -7d)`), when its line has no date. */
  dueOffset?: Offset;
}

export interface Section {
  /** Heading text as written, or null for the part of the note before the first heading. */
  heading: string | null;
  level: number;
  /** 0-based line of the heading, -1 for the part before the first heading. */
  line: number;
  phase: Phase;
  done: number;
  /** Tasks counted: cancelled ones are left out. */
  total: number;
  cancelled: number;
}

export interface Guest {
  /** Display name: what the reader sees. */
  name: string;
  /** Link target when the value was a link: note name for [[…]], URL for [..](..). */
  target: string | null;
  /** Trailing "(Company)" that is not part of the name. */
  affiliation: string | null;
}

/** What a file name says about the episode. */
export interface NameParts {
  code: string | null;
  number: number | null;
  /** The number as written, zero padding kept ("005"). */
  numberText: string | null;
  /**
   * The season of a name that carries one (`S02E05`: season 2, `number` 5, the episode
   * within its season); absent otherwise, so names without a season read as before.
   */
  season?: number;
  /** The season as written ("02"). */
  seasonText?: string;
  date: string | null;
  title: string;
}

/**
 * A frontmatter value as a parser hands it over: Obsidian's metadata cache, or the YAML
 * library of the command-line tool (a parser with timestamps could give a Date).
 */
export type YamlValue = string | number | boolean | null | Date | YamlValue[] | { [key: string]: YamlValue };

/**
 * What the sidebar, the report and the commands know about an episode: a full reading
 * (`Episode`) and the index's lean record (`EpisodeRecord`) both have it.
 */
export interface EpisodeSummary {
  /** Vault-relative path with `/` separators. */
  path: string;
  basename: string;
  url: string | null;
  /** `YYYY-MM-DD`: frontmatter `date` first, else a date in the file name. */
  date: string | null;
  /** `HH:mm` when the frontmatter date carries a time. */
  time: string | null;
  code: string | null;
  number: number | null;
  numberText: string | null;
  /** The season of a name like `S02E05` (`number` is then the episode within it); absent without one. */
  season?: number | null;
  seasonText?: string | null;
  title: string;
  /** The title without a trailing "with <guests>" part. */
  topic: string;
  guests: Guest[];
  /** True when the note has a guest field at all, even an empty one. */
  hasGuestField: boolean;
  /** A guest field says there is no guest, by choice (`Guests:: none`, `solo`, `—`): "no guest", never "no guest yet". */
  noGuest: boolean;
  sections: Section[];
  done: number;
  total: number;
  cancelled: number;
  /** The first open task in document order. */
  next: TaskItem | null;
  /** The note still holds unexpanded template commands (Templater, core Templates). */
  hasTemplateTags: boolean;
  warnings: string[];
  /** The reader's own warnings with their kinds (`warnings` holds their messages, and the index's). */
  readerWarnings: ReaderWarning[];
  /** The chapters of its Timestamps section, in note order. */
  chapters: Chapter[];
  /** Lines of that section that cannot be read, and why YouTube would refuse the chapters (empty without chapters). */
  chapterProblems: ChapterProblem[];
  /** 0-based line of the Timestamps heading, null without one. */
  timestampsLine: number | null;
  /** The `live:` / `ended:` frontmatter values: see core/live/live-state.ts. */
  live: LiveMarks;
  /** The `office-hours:` marker: a show's name or code, true, false (opted out), null (none). */
  marker: string | boolean | null;
  /** The `status:` property as text, null without one. */
  status: string | null;
  /** An after-show item (done or not) is about timestamps or chapters: the show does chapters. */
  asksForChapters: boolean;
}

/** A note read in full, with its text at hand. */
export interface Episode extends EpisodeSummary {
  /** The properties the shell parsed (own keys, no prototype); empty when the YAML is broken. */
  frontmatter: Record<string, YamlValue>;
  /** Every inline (Dataview) field of the body, by canonical key, values as written. */
  fields: Record<string, string[]>;
  /** Every task, cancelled and done ones included. */
  tasks: TaskItem[];
}
