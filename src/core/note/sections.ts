// A note's sections and the phase of each: which checklist a heading's items belong to.
import type { Phase, Section } from "../types";
import type { PhaseMatcher } from "./phases";
import type { Scan, ScannedCallout } from "./scan-types";
import { isMoment, isProductionNote, namesTheShow } from "./phase-context";
import { prepByPlace } from "./phase-place";

/**
 * How far along an episode each working phase is. Talking points (`other`) are no stage: the
 * real notes nest their "### Just before the show" list under "## Talking points".
 */
const STAGE: Partial<Record<Phase, number>> = { prep: 0, before: 1, after: 2 };

interface Open {
  level: number;
  phase: Phase;
  /** Whether sub-headings may not name an earlier stage than `phase` (false for the note's title). */
  holds: boolean;
  /** Under a heading naming the talking points (through headings naming nothing): the running order. */
  agenda: boolean;
}

/**
 * Sections in document order; a heading naming no phase inherits its parent's, one naming an
 * earlier stage than its parent's keeps the parent's (see nestedPhase). A heading in a quote
 * or callout is no heading to Obsidian (scan.ts): its items keep the phase of the heading
 * above, and it ends no section's phase.
 */
export function buildSections(scan: Scan, matcher: PhaseMatcher): Section[] {
  return readSections(scan, matcher).sections;
}

/** The sections, and what the reader decided of each heading: asked by Detect (note-facts.ts), never re-derived. */
export interface ReadSections {
  sections: Section[];
  /** Per section: the phase its heading itself names by the reader's rules, null when it names none (it inherits). */
  named: (Phase | null)[];
  /** The index in `sections` of the note's title (titleLine), -1 when it has none. */
  title: number;
}

export function readSections(scan: Scan, matcher: PhaseMatcher): ReadSections {
  const sections: Section[] = [
    { heading: null, level: 0, line: -1, phase: "other", done: 0, total: 0, cancelled: 0 },
  ];
  const names: (Phase | null)[] = [null];
  const title = titleLine(scan);
  let titleSection = -1;
  const stack: Open[] = [];
  // Asked only when a heading's phrase is a word for the show itself ("## Recording").
  let production: boolean | undefined;
  const isProduction = () => (production ??= isProductionNote(unquoted(scan)));
  // Per scanned heading, its index in `sections` (callout sections come between).
  const headingSection: number[] = [];
  // A callout's title sets the phase of its items only when it is just a phase's heading
  // (`> [!todo] Pre-show checklist`, not `> [!warning] Don't forget`): then it is read like a
  // heading one level below the current one, for the items inside it only. The current one
  // is the innermost such callout holding it, else the heading above: a callout nested in a
  // "Just before the show" callout is read under that list, as a sub-heading would be.
  const callouts = scan.callouts.filter((c) => c.title !== "" && matcher.onlyPhase(c.title));
  const calloutSections: number[] = [];
  // Phase-naming callouts still open at the line being read, outermost first.
  const inside: { end: number; open: Open }[] = [];
  const around = (line: number): Open | undefined => {
    while (inside.length > 0 && (inside[inside.length - 1]?.end ?? 0) < line) inside.pop();
    return inside[inside.length - 1]?.open ?? stack[stack.length - 1];
  };
  // The plain "before" lists that are the note's prep by their place (phase-place.ts), found
  // from every list heading's own words when the first plain one is met.
  let prepLines: Set<number> | undefined;
  const placed = (reading: HeadingReading, line: number): Phase | null => {
    if (reading.phase !== "before" || !reading.plain) return reading.phase;
    prepLines ??= prepByPlace(listHeadings(scan, callouts, title, matcher, isProduction), isProduction);
    return prepLines.has(line) ? "prep" : reading.phase;
  };
  let nextCallout = 0;
  const addCallouts = (before: number) => {
    for (; nextCallout < callouts.length && (callouts[nextCallout]?.line ?? 0) < before; nextCallout++) {
      const callout = callouts[nextCallout];
      if (!callout) continue;
      const parent = around(callout.line);
      const named = placed(readHeading(callout.title, parent, matcher, isProduction), callout.line);
      const phase = named === null ? (parent?.phase ?? "other") : parent?.holds ? nestedPhase(named, parent.phase) : named;
      const level = (parent?.level ?? 0) + 1;
      const holds = named !== null || (parent?.holds ?? false);
      const agenda = named === "other" || (named === null && (parent?.agenda ?? false));
      inside.push({ end: callout.end, open: { level, phase, holds, agenda } });
      calloutSections.push(sections.length);
      sections.push({ heading: callout.title, level, line: callout.line, phase, done: 0, total: 0, cancelled: 0 });
      names.push(named);
    }
  };
  for (const heading of scan.headings) {
    addCallouts(heading.line);
    headingSection.push(sections.length);
    if (heading.quoted) {
      // Its own words name nothing. Its section holds only the items after its quote ends (those
      // inside a phase-naming callout are that callout's): the phase of the heading above.
      const phase = stack[stack.length - 1]?.phase ?? "other";
      sections.push({ heading: heading.text, level: heading.level, line: heading.line, phase, done: 0, total: 0, cancelled: 0 });
      names.push(null);
      continue;
    }
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= heading.level) stack.pop();
    const parent = stack[stack.length - 1];
    // Words in a comment after the heading (`## Pre-show %% then the after-show list %%`) name no phase.
    const shown = heading.shown ?? heading.text;
    // The title names the episode, not a list: "# LS 16 - Show day" sets no phase for "## Notes".
    const named = heading.line === title && !matcher.onlyPhase(shown) ? null : placed(readHeading(shown, parent, matcher, isProduction), heading.line);
    const phase = named === null ? (parent?.phase ?? "other") : parent?.holds ? nestedPhase(named, parent.phase) : named;
    // A heading naming no phase passes on its parent's hold with its phase.
    const holds = heading.line !== title && (named !== null || (parent?.holds ?? false));
    const agenda = named === "other" || (named === null && (parent?.agenda ?? false));
    stack.push({ level: heading.level, phase, holds, agenda });
    if (heading.line === title) titleSection = sections.length;
    sections.push({ heading: heading.text, level: heading.level, line: heading.line, phase, done: 0, total: 0, cancelled: 0 });
    names.push(named);
  }
  addCallouts(Number.MAX_SAFE_INTEGER);
  placeTasks(scan, headingSection, callouts, calloutSections);
  return { sections, named: names, title: titleSection };
}

/**
 * The phase a heading's words name where it stands, by the reader's rules: "### Wrap-up" in
 * the running order is its last segment, not the after-show list; "## Recording" names the
 * show itself unless the note is a production note.
 */
function readHeading(shown: string, parent: Open | undefined, matcher: PhaseMatcher, isProduction: () => boolean): HeadingReading {
  const reading = matcher.read(shown);
  if (reading.phase === null) return NO_PHASE;
  if (parent?.agenda === true && isMoment(reading.phrase)) return NO_PHASE;
  if (namesTheShow(reading.phrase) && !isProduction()) return NO_PHASE;
  return reading;
}

interface HeadingReading {
  phase: Phase | null;
  plain: boolean;
}

const NO_PHASE: HeadingReading = { phase: null, plain: false };

/** Every heading and phase-naming callout title as its own words name it, where it stands (the rule of phase-place.ts reads them all). */
function listHeadings(scan: Scan, callouts: readonly ScannedCallout[], title: number, matcher: PhaseMatcher, isProduction: () => boolean) {
  const lists: { line: number; phase: Phase | null; plain: boolean }[] = [];
  for (const heading of scan.headings) {
    const shown = heading.shown ?? heading.text;
    if (heading.quoted || (heading.line === title && !matcher.onlyPhase(shown))) continue;
    const { phase, plain } = readHeading(shown, undefined, matcher, isProduction);
    lists.push({ line: heading.line, phase, plain });
  }
  for (const callout of callouts) {
    const { phase, plain } = readHeading(callout.title, undefined, matcher, isProduction);
    lists.push({ line: callout.line, phase, plain });
  }
  return lists;
}

/**
 * Each task into its section: the section of the heading above it (`task.section` counts
 * scanned headings), or the innermost phase-naming callout it sits in. Tasks and callouts
 * are both in line order: one sweep.
 */
function placeTasks(scan: Scan, headingSection: readonly number[], callouts: readonly ScannedCallout[], calloutSections: readonly number[]): void {
  // Callouts opened above the task, innermost last; one that ended above it is dropped. The
  // last left is the innermost holding it: any opened after it has ended.
  const open: number[] = [];
  let next = 0;
  for (const task of scan.tasks) {
    while (next < callouts.length && (callouts[next]?.line ?? 0) < task.line) open.push(next++);
    while (open.length > 0 && (callouts[open[open.length - 1] ?? 0]?.end ?? 0) < task.line) open.pop();
    const within = open[open.length - 1];
    task.section = within !== undefined ? (calloutSections[within] ?? 0) : task.section === 0 ? 0 : (headingSection[task.section - 1] ?? task.section);
  }
}

/**
 * A sub-heading's phase: what it names, unless that is an earlier stage than its parent's.
 * A list never runs back from after the show to before it: "### Recording" (an audio
 * podcast's word for its day) under "## After the show" is a live stream's upload of the
 * recording, "### Promotion" there is the after-show posts. Forward ("### Just before the
 * show" under "## Checklist") and into talking points stay as named.
 */
function nestedPhase(named: Phase, parent: Phase): Phase {
  const from = STAGE[parent];
  const to = STAGE[named];
  return from !== undefined && to !== undefined && to < from ? parent : named;
}

/** The text of the headings Obsidian lists (none in a quote or callout), as shown. */
function unquoted(scan: Scan): string[] {
  return scan.headings.filter((h) => !h.quoted).map((h) => h.shown ?? h.text);
}

/**
 * The line of the note's title: its first heading when that is its only level-1 heading
 * (`# {{title}}`, as templates write it), else -1. Its words are the episode's topic
 * ("# LS 16 - Show day", "# Life after Kubernetes"): they set no phase, for its own items or
 * the headings under it, unless the title is only a phase's heading ("# Pre-show checklist",
 * phase-only.ts), and even then they hold no list back. A note that uses several `#` headings
 * as its lists' headings has no title here.
 */
function titleLine(scan: Scan): number {
  let first: Scan["headings"][number] | undefined;
  let ones = 0;
  for (const heading of scan.headings) {
    if (heading.quoted) continue;
    first ??= heading;
    if (heading.level === 1 && ++ones > 1) return -1;
  }
  return first?.level === 1 ? first.line : -1;
}
