// The pure edits of a live show: log a chapter line, take the last one back, shift the
// start and every logged time with it. Each returns the changes as editor ranges (what
// Obsidian's Editor.transaction takes), so the open note is edited through its editor
// and a closed one with the same changes applied to its text; nothing outside the
// changed ranges moves, and a change that cannot be made safely is refused with a reason.
import { bodyStartOf } from "../note/frontmatter";
import { scanBody } from "../note/scan";
import { splitLines, stripBom } from "../text/lines";
import { hasLineBreak, trimSpaceTab } from "../text/space-tab";
import { readChapters, quotePrefix, type ChapterLine, type ChapterReading } from "./chapters";
import type { LineRange } from "../note/comments";
import { inSortedRanges } from "../text/sorted-ranges";
import { formatTimecode, NOTE_STYLE } from "./timecode";
import { instantText, parseInstant } from "./live-state";
import { sectionNameFor } from "./section-name";
import { MIN_CHAPTER_SECONDS } from "./youtube";
import { takeOver } from "./chapter-takeover";
import { shiftPastEnd } from "./shift-limit";

export interface Position {
  line: number;
  ch: number;
}

/** A replacement in note coordinates; `text` uses "\n" for a line break. */
export interface TextEdit {
  from: Position;
  to: Position;
  text: string;
}

export type EditPlan = { ok: true; edits: TextEdit[] } | { ok: false; reason: string };

export type LogPlan =
  | {
      ok: true;
      edits: TextEdit[];
      line: number;
      lineText: string;
      seconds: number;
      /** The chapter line the log took over (it would have lasted under 10 s), as it was: what undo puts back. */
      replaced?: { lineText: string; title: string; at: string };
    }
  | { ok: false; reason: string };

export interface NoteView {
  lines: string[];
  bodyStart: number;
  reading: ChapterReading;
  headings: { line: number; level: number; text: string }[];
  /** Lines inside comments (scan.ts): no place for a new section. */
  hidden?: readonly LineRange[];
}

/** The note as the edits see it: its lines, headings and Timestamps section. */
export function viewNote(text: string, isTimestampHeading: (heading: string) => boolean): NoteView {
  const lines = splitLines(stripBom(text));
  const bodyStart = bodyStartOf(lines);
  const { headings, hidden } = scanBody(lines, bodyStart, { fields: false, templateTags: false });
  return { lines, bodyStart, headings, hidden, reading: readChapters(lines, headings, isTimestampHeading, hidden) };
}

/** Below this, a first chapter is the opening one: YouTube wants it at 0:00. */
const SNAP_TO_START_SECONDS = 10;

function isBlankIn(line: string | undefined, quoteDepth: number): boolean {
  if (line === undefined) return false;
  const quote = quotePrefix(line);
  return quote.depth === quoteDepth && line.slice(quote.text.length).trim() === "";
}

/** An insertion of whole lines before line `at` (or after the last line). */
function insertLines(lines: readonly string[], at: number, newLines: string[]): TextEdit {
  if (at < lines.length || lines.length === 0) {
    const pos = { line: Math.min(at, Math.max(0, lines.length - 1)), ch: 0 };
    if (lines.length === 0) return { from: pos, to: pos, text: newLines.join("\n") };
    return { from: pos, to: pos, text: `${newLines.join("\n")}\n` };
  }
  const last = lines.length - 1;
  const end = { line: last, ch: (lines[last] ?? "").length };
  return { from: end, to: end, text: `\n${newLines.join("\n")}` };
}

/**
 * Add `HH:MM:SS Title` to the Timestamps section, in time order among the lines already
 * there (so a log from another device, or after a shift, still lands in place), in the
 * look of its neighbour (list marker, brackets, quote). A missing section is created
 * under the note's title, named in the language of the note's headings.
 */
export function planLog(
  note: NoteView,
  chapter: { seconds: number; title: string; mayTakeOver?: boolean },
  headingNames: readonly string[],
): LogPlan {
  const title = chapter.title.replace(/\s+/g, " ").trim();
  if (title === "") return { ok: false, reason: "A chapter needs a title." };
  const { lines, reading } = note;
  const section = reading.section;
  const existing = section?.chapters ?? [];
  const seconds = existing.length === 0 && chapter.seconds < SNAP_TO_START_SECONDS ? 0 : Math.max(0, Math.floor(chapter.seconds));
  if (!section) return createSection(note, seconds, title, headingNames);

  let after: ChapterLine | null = null;
  for (const line of existing) if (line.seconds <= seconds) after = line;
  // A time on air clamped to 0 (this device's clock behind `live:`) says nothing about how
  // far apart two logs were: such a log never takes a line over, so no log is lost.
  if (after && chapter.mayTakeOver !== false && seconds - after.seconds < MIN_CHAPTER_SECONDS) {
    const takeover = takeOver(lines, after, title);
    if (takeover) return takeover;
  }
  const neighbour = after ?? existing[0] ?? null;
  const style = neighbour?.style ?? NOTE_STYLE;
  const prefix = neighbour ? neighbour.prefix : section.quote;
  const lineText = `${prefix}${formatTimecode(seconds, style)}${neighbour?.bracket ? "]" : ""} ${title}`;
  let at: number;
  if (after) at = after.line + 1;
  else if (neighbour) at = neighbour.line;
  else {
    // An empty section: below the heading, after the blank line that usually follows it.
    const depth = quotePrefix(lines[section.heading] ?? "").depth;
    at = section.heading + 1 < section.end && isBlankIn(lines[section.heading + 1], depth) ? section.heading + 2 : section.heading + 1;
  }
  return { ok: true, edits: [insertLines(lines, at, [lineText])], line: at, lineText, seconds };
}

/** Is line `n` in one of `ranges` (sorted, apart)? Asked line by line going up. */
function inRanges(ranges: readonly LineRange[], n: number): boolean {
  return inSortedRanges(ranges, n, (r) => r.from, (r) => r.to);
}

/** Would a heading added at the note's end be read as one (no comment or code block left open)? */
function headingReadAtEnd(lines: readonly string[], bodyStart: number): boolean {
  const probe = [...lines, "", "## Timestamps"];
  return scanBody(probe, bodyStart, { fields: false, templateTags: false }).headings.some((h) => h.line === probe.length - 1 && h.quoted !== true);
}

/**
 * A missing section goes after what belongs to the note's title (a video embed, the guest
 * field: Café con Grafana's notes), before the first heading below it, or at the end of a
 * note with none: created right under the title, it took those lines in, and the live
 * view listed each as a chapter with no time. Under a title with nothing of its own, it
 * is right under the title; in a note without a title, before its first heading.
 */
function createSection(note: NoteView, seconds: number, title: string, headingNames: readonly string[]): LogPlan {
  const { lines, headings, bodyStart } = note;
  const name = sectionNameFor(headings.map((h) => h.text), headingNames);
  const lineText = `${formatTimecode(seconds)} ${title}`;
  const atTop = (h: { line: number }) => quotePrefix(lines[h.line] ?? "").depth === 0;
  const noteTitle = headings[0];
  const titled = noteTitle !== undefined && noteTitle.level === 1 && atTop(noteTitle);
  const from = titled ? noteTitle.line + 1 : bodyStart;
  const next = headings.find((h) => h.line >= from && atTop(h));
  let at = next ? next.line : lines.length;
  const isHidden = (n: number) => inRanges(note.hidden ?? [], n);
  // Blank and commented lines are nothing of the title's own.
  let contentEnd = at;
  while (contentEnd > from && ((lines[contentEnd - 1] ?? "").trim() === "" || isHidden(contentEnd - 1))) contentEnd--;
  // A note ending inside a comment or a code block never closed gets no section at its
  // end, where the reader would not see it (each log would make another).
  const endHides = next === undefined && !headingReadAtEnd(lines, bodyStart);
  if (titled && (contentEnd === from || endHides)) {
    const followed = noteTitle.line + 1 < lines.length && (lines[noteTitle.line + 1] ?? "").trim() !== "";
    const end = { line: noteTitle.line, ch: (lines[noteTitle.line] ?? "").length };
    const text = `\n\n## ${name}\n\n${lineText}${followed ? "\n" : ""}`;
    return { ok: true, edits: [{ from: end, to: end, text }], line: noteTitle.line + 4, lineText, seconds };
  }
  if (endHides) at = bodyStart;
  // Before the next heading: a blank line parts the section from the text above it
  // (unless one is there already, or it opens the body) and from the heading below.
  const blankAbove = at > bodyStart && (lines[at - 1] ?? "").trim() !== "";
  const block = [...(blankAbove ? [""] : []), `## ${name}`, "", lineText];
  if (at < lines.length) block.push("");
  const edit = insertLines(lines, at, block);
  const line = at < lines.length ? at + block.length - 2 : lines.length + block.length - 1;
  return { ok: true, edits: [edit], line, lineText, seconds };
}

/**
 * Remove a line this plugin logged, if it is still there as written and only once in the
 * section (found by its text: lines typed above move it); a line a log took over gets its
 * old text back instead.
 */
export function planUndo(note: NoteView, logged: { line: number; lineText: string; replaced?: { lineText: string } }): EditPlan {
  const { lines } = note;
  const section = note.reading.section;
  const inSection = (n: number) => section !== null && n > section.heading && n < section.end;
  // Counted before the remembered line number is trusted: after lines were typed or
  // pasted above, a twin of the logged line can sit at that number with the logged one
  // further down, and only the text tells them apart, which twins share.
  const matches = lines.flatMap((line, n) => (line === logged.lineText && inSection(n) ? [n] : []));
  if (matches.length > 1) return { ok: false, reason: `The Timestamps section has ${matches.length} lines “${logged.lineText.trim()}”, so none was removed.` };
  const target = matches[0] ?? -1;
  if (target < 0) return { ok: false, reason: `The line “${logged.lineText.trim()}” was changed or removed since it was logged, so nothing was removed.` };
  if (logged.replaced) return { ok: true, edits: [{ from: { line: target, ch: 0 }, to: { line: target, ch: (lines[target] ?? "").length }, text: logged.replaced.lineText }] };
  const from = target + 1 < lines.length ? { line: target, ch: 0 } : target > 0 ? { line: target - 1, ch: (lines[target - 1] ?? "").length } : { line: 0, ch: 0 };
  const to = target + 1 < lines.length ? { line: target + 1, ch: 0 } : { line: target, ch: (lines[target] ?? "").length };
  return { ok: true, edits: [{ from, to, text: "" }] };
}

/**
 * "The stream began `delta` seconds after Go live": `live:` moves later by `delta` and
 * every chapter earlier by as much (negative `delta`: the other way). A chapter at 0:00
 * stays there (it is the start of the video) and none goes below 0:00, so a sorted
 * section stays sorted. Only the `live:` value and the chapters' digits change.
 */
export function planShift(note: NoteView, delta: number, live: { value: string; timeZone: string } | null): EditPlan {
  if (!Number.isInteger(delta) || delta === 0) return { ok: false, reason: "Give the shift in whole seconds, like 40 or -5." };
  const edits: TextEdit[] = [];
  if (live) {
    const found = liveLine(note, live.value);
    if ("reason" in found) return { ok: false, reason: found.reason };
    const start = parseInstant(live.value, live.timeZone);
    if (!start.ok) return { ok: false, reason: `The note's live: value is not usable: ${start.reason}.` };
    const past = shiftPastEnd(note.lines, note.bodyStart, start.ms, delta, live.timeZone);
    if (past !== null) return { ok: false, reason: past };
    edits.push({ from: { line: found.line, ch: found.from }, to: { line: found.line, ch: found.to }, text: instantText(start.ms + delta * 1000) });
  }
  const chapters = note.reading.section?.chapters ?? [];
  for (const chapter of chapters) {
    const moved = chapter.seconds === 0 ? 0 : Math.max(0, chapter.seconds - delta);
    if (moved === chapter.seconds) continue;
    edits.push({ from: { line: chapter.line, ch: chapter.timeFrom }, to: { line: chapter.line, ch: chapter.timeTo }, text: formatTimecode(moved, chapter.style) });
  }
  if (edits.length === 0) return { ok: false, reason: "Nothing to shift: the note has no live: start and no chapter after 0:00." };
  return { ok: true, edits };
}

/**
 * The value a top-level `live:` line holds as written (quotes and all), or null. Once
 * /^live:[ \t]*(.*?)[ \t]*$/: its lazy group before [ \t]*$ cost the square of a run of
 * spaces in the value; a scan of the ends gives the same value in one pass.
 */
export function liveValueOf(line: string): string | null {
  if (!line.startsWith("live:") || hasLineBreak(line)) return null;
  return trimSpaceTab(line.slice(5));
}

/** The one top-level `live:` line of the frontmatter holding `value`: where its value sits. */
function liveLine(note: NoteView, value: string): { line: number; from: number; to: number } | { reason: string } {
  const hits: { line: number; from: number; to: number; value: string }[] = [];
  for (let n = 1; n < note.bodyStart - 1; n++) {
    const written = liveValueOf(note.lines[n] ?? "");
    if (written === null) continue;
    const from = (note.lines[n] ?? "").indexOf(written, 5);
    const quoted = /^(["'])(.*)\1$/.exec(written);
    hits.push({ line: n, from, to: from + written.length, value: quoted ? (quoted[2] ?? "") : written });
  }
  if (hits.length !== 1) {
    return { reason: hits.length === 0 ? "The note's frontmatter has no plain live: line to shift." : "The note's frontmatter has several live: lines; keep one." };
  }
  const hit = hits[0];
  if (!hit || hit.value.trim() !== value.trim()) return { reason: "The note's live: value changed since it was read; nothing was shifted." };
  return hit;
}

/**
 * The text with the edits made, each "\n" written as the note's own line break. Edits
 * must not overlap (the plans above never produce overlapping ones); several insertions at
 * one place come out last given first.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const starts: number[] = [];
  let at = bom;
  while (at <= text.length) {
    starts.push(at);
    const next = text.indexOf("\n", at);
    if (next < 0) break;
    at = next + 1;
  }
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lineEnd = (line: number) => {
    const next = starts[line + 1];
    if (next === undefined) return text.length;
    return text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  };
  const offset = (p: Position) => Math.min((starts[p.line] ?? text.length) + p.ch, lineEnd(p.line));
  // In text order, each edit's text after the note's text before it, in one pass: applying
  // them one by one copied the whole note per edit (a reschedule of a long note moves
  // hundreds of dates). Edits at the same place come out last given first, as applying
  // them from the end of the note did.
  const ordered = edits
    .map((e, i) => ({ from: offset(e.from), to: offset(e.to), text: e.text.replace(/\n/g, eol), i }))
    .sort((a, b) => a.from - b.from || b.i - a.i);
  const parts: string[] = [];
  let done = 0;
  for (const edit of ordered) {
    parts.push(text.slice(done, edit.from), edit.text);
    done = Math.max(done, edit.to);
  }
  parts.push(text.slice(done));
  return parts.join("");
}
