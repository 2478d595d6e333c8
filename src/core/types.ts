// The episode model shared by the plugin, the command-line report and the tests.
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
  due?: string;
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
  date: string | null;
  title: string;
}

export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };

export interface Episode {
  /** Vault-relative path with `/` separators. */
  path: string;
  basename: string;
  frontmatter: Record<string, YamlValue>;
  url: string | null;
  /** `YYYY-MM-DD`: frontmatter `date` first, else a date in the file name. */
  date: string | null;
  /** `HH:mm` when the frontmatter date carries a time. */
  time: string | null;
  code: string | null;
  number: number | null;
  numberText: string | null;
  title: string;
  /** The title without a trailing "with <guests>" part. */
  topic: string;
  guests: Guest[];
  /** True when the note has a guest field at all, even an empty one. */
  hasGuestField: boolean;
  /** Every inline (Dataview) field of the body, by canonical key, values as written. */
  fields: Record<string, string[]>;
  sections: Section[];
  tasks: TaskItem[];
  done: number;
  total: number;
  cancelled: number;
  /** The first open task in document order. */
  next: TaskItem | null;
  /** The note still holds unexpanded template commands (Templater, core Templates). */
  hasTemplateTags: boolean;
  warnings: string[];
  /** The chapters of its Timestamps section, in note order. */
  chapters: Chapter[];
  /** Lines of that section that cannot be read, and why YouTube would refuse the chapters (empty without chapters). */
  chapterProblems: ChapterProblem[];
  /** 0-based line of the Timestamps heading, null without one. */
  timestampsLine: number | null;
  /** The `live:` / `ended:` frontmatter values: see core/live/live-state.ts. */
  live: LiveMarks;
}
