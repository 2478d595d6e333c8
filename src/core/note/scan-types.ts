// What the body scan (scan.ts) finds in a note, and what a caller asks it to look for.
import type { LineRange } from "./comments";
import type { InlineField } from "./fields";
import type { TaskItem } from "../types";

export interface ScannedHeading {
  line: number;
  level: number;
  /** As written, a comment after it included (as an item's text). */
  text: string;
  /** The text without its comments, only when the heading holds one: what its phase is read from. */
  shown?: string;
  /**
   * Inside a quote or callout: Obsidian's metadata cache lists no heading there (nor its
   * outline), so it names no phase; it is kept for the Timestamps section a callout may hold.
   */
  quoted?: true;
}

/** A callout: the line of its `[!type]`, its title as shown ("" when it has none), how deep it is quoted, and its last line. */
export interface ScannedCallout {
  line: number;
  depth: number;
  title: string;
  end: number;
}

export interface ScannedField extends InlineField {
  line: number;
  /** Only for a one-colon field (`Invitado(s): …`): where its value starts on the line. */
  valueAt?: number;
  /**
   * On a checklist item's line (`- [ ] Invite (date:: 2022-03-01)`): Dataview gives such a
   * field to the item, not the page, so it says nothing of the note (its date, for one).
   */
  task?: true;
}

export interface Scan {
  headings: ScannedHeading[];
  /** `section` is 1 + the index in `headings` of the nearest heading above (0: none). */
  tasks: TaskItem[];
  fields: ScannedField[];
  /** Template commands left unexpanded, e.g. `<% tp.file.title %>`, first few only. */
  templateTags: string[];
  /** Lines like `Guest: Ann` that look like a field but have one colon. */
  singleColonKeys: { line: number; text: string; from: number; colon: number }[];
  /** Lines that start inside a comment, in order: no task, heading, field or chapter there. */
  hidden: LineRange[];
  /** Lines with a comment that leaves their start visible, and where the comments sit ([from, to) pairs). */
  partlyHidden: { line: number; comments: readonly number[] }[];
  /** Fenced code blocks, their fence lines included, in order (one never closed runs to the end). */
  code: LineRange[];
  /** Lines of HTML blocks (html-block.ts), in order: Obsidian shows no item or heading there. */
  html: LineRange[];
  /** Callouts with a title, in order of their first line (callouts.ts). */
  callouts: ScannedCallout[];
  warnings: string[];
}

/**
 * What to look for besides headings and tasks. A caller that already knows the whole
 * note has no `::` (or no `<%`/`{{`) turns the per-line search off: most notes are
 * ordinary notes, and this keeps reading them close to the cost of splitting lines.
 */
export interface ScanOptions {
  fields: boolean;
  templateTags: boolean;
  /** Keys of the show's one-colon guest fields (see one-colon.ts), read as fields too. */
  oneColonKeys?: ReadonlySet<string>;
  /**
   * For the one-colon hint (`Guest: Ann`): the lower-case ASCII characters a key it could
   * name starts with (`g` for Guest and Guests). A line whose key starts otherwise is not
   * searched for its colon; absent, every line is.
   */
  hintStarts?: ReadonlySet<number>;
  /**
   * Look for comments: false only when the caller knows the note has no `%%` and no
   * `<!--` anywhere (one search of its text); otherwise each line is checked.
   */
  comments?: boolean;
}
