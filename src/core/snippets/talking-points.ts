// The points under a note's talking-points heading: the chapters a host planned. Top-level
// items are the points; the items nested under one are kept with it, for the live view
// to fold under its parent.
import { splitLines, stripBom, indentLength } from "../text/lines";
import { normalizeHeading, phaseMatcher } from "../note/phases";
import { bodyStartOf } from "../note/frontmatter";
import { hiddenLines } from "../note/hidden-lines";
import { scanBody } from "../note/scan";
import { readSections } from "../note/sections";
import { visibleLines } from "../note/visible-lines";
import { atxHeading, listMarkerEnd, listTask, nestingDepth } from "../note/blocks";

const TALKING_HEADINGS = ["talking points", "puntos a hablar", "temas a hablar", "agenda", "outline", "run of show"];

const PHASES = phaseMatcher();

export interface TalkingPoint {
  /** The item's text as written (Markdown kept), checkbox removed. */
  text: string;
  /** 0-based line in the note. */
  line: number;
  /** Items nested under it, in order, with their depth below it (1 = directly under). */
  children: { text: string; depth: number }[];
}

/**
 * List items under a talking-points heading, until a heading at the same level or one
 * the reader says names a phase ("### Just before the show"; not a closing moment,
 * "### Wrap-up", nor "### Recording" in a live stream's note).
 */
export function talkingPointTree(text: string): TalkingPoint[] {
  const points: TalkingPoint[] = [];
  let inside = false;
  let level = 0;
  let current: TalkingPoint | null = null;
  const lines = splitLines(stripBom(text));
  const start = bodyStartOf(lines);
  // Fenced code, comments (`%% … %%`, `<!-- … -->`) and HTML blocks (`<details>` … to a
  // blank line) hold no point and no heading, by the reader's own answer (hidden-lines.ts):
  // the live view lists no item the sidebar does not.
  const hidden = hiddenLines(lines, start);
  // A comment further along a line (`- Intro %% mention the sponsor %%`) is the host's
  // private note: read as Obsidian shows the line, so it never reaches the live view or
  // the timestamps a description publishes.
  const shown = visibleLines(lines, start);
  // Where the points end is the reader's answer, not a second reading of headings: a
  // heading the reader says names a phase (sections.ts: not a closing moment in the running
  // order, not "Recording" outside a podcast's production note, not the note's title).
  const phaseHeadings = phaseHeadingLines(lines, start);
  lines.forEach((written, n) => {
    if (n < start || hidden(n)) return;
    const line = shown[n] ?? written;
    const indent = indentLength(line);
    // The reader's heading rule: up to three spaces before it, a closing `##` no part of the title.
    const heading = indent <= 3 && line.charCodeAt(indent) === 35 ? atxHeading(line, indent) : null;
    if (heading) {
      const depth = heading.level;
      const title = heading.text;
      if (inside && (depth <= level || phaseHeadings.has(n))) inside = false;
      const name = ` ${normalizeHeading(title)} `;
      if (!inside && TALKING_HEADINGS.some((h) => name.includes(` ${h} `))) {
        inside = true;
        level = depth;
      }
      current = null;
      return;
    }
    if (!inside) return;
    const point = itemText(line, indent);
    if (indent === 0) {
      current = null;
      if (point === "") return;
      current = { text: point, line: n, children: [] };
      points.push(current);
    } else if (current && point !== "") {
      // A child sits at least one level in, however little it is indented.
      current.children.push({ text: point, depth: Math.max(1, nestingDepth(line, 0, indent)) });
    }
  });
  return points;
}

/** The lines of the headings that name a phase, by the reader's own rules (readSections). */
function phaseHeadingLines(lines: readonly string[], start: number): Set<number> {
  const { sections, named } = readSections(scanBody(lines, start, { fields: false, templateTags: false }), PHASES);
  const found = new Set<number>();
  sections.forEach((section, i) => {
    if (named[i] !== null) found.add(section.line);
  });
  return found;
}

/** A list item's text (`-`, `*`, `+`, `1.`, `1)`, by the reader's marker rule), checkbox removed; "" for no item. */
function itemText(line: string, at: number): string {
  const markerEnd = listMarkerEnd(line, at);
  if (markerEnd < 0) return "";
  const task = listTask(line, at);
  return line.slice(task ? task.textAt : markerEnd).trim();
}


/** The top-level points' texts. */
export function talkingPoints(text: string): string[] {
  return talkingPointTree(text).map((p) => p.text);
}
