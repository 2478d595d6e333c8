// Ticking a checklist item safely. The note may have changed since the sidebar read it
// (typing in the editor, a sync, another device), so the item is found again by what
// names it (task-ref.ts) in a fresh reading of the current text, never by its old line
// number. When anything that names it changed, nothing is written and the reason says
// what changed: a refusal is always safe, a tick on another item never is. Only the
// item's line changes, and on it the status character, plus the Tasks plugin's `✅ date`
// on a line that carries Tasks fields (tasks-fields.ts); every other byte, line endings
// included, stays as it was. An item with a `🔁` rule is refused: ticked here, its
// recurrence would end. A line that Tasks' global filter leaves out (tasks-settings.ts) is
// a plain checkbox to Tasks, and changes by its checkbox alone, as Tasks' own toggle does.
import { scanBody, taskOnLine, type ScannedHeading } from "../note/scan";
import { bodyStartOf } from "../note/frontmatter";
import { splitLines, stripBom } from "../text/lines";
import { pathKey, sectionPaths, subtreeEnds, twinKey } from "./structure";
import { sectionHash } from "./context";
import { aboveOf, blindHashes, taskSpreadOf, blindSums, lineSums, lookalikes, neighboursOf, outsideOf, ownLines, ownLinesOf } from "./sides";
import { hashText, offsetPattern, statusPattern } from "./hash";
import type { TaskRef } from "./task-ref";
import { refusalReason, type RefusalKind } from "./refusals";
import { oneLineAdded } from "./one-added";
import { oneLineRemoved } from "./one-removed";
import { copiesOf, headingSetOf, headingsOf, hiddenCopiesOf, spreadOf } from "./note-wide";
import { repeats, tasksDatesLine, withDoneDate, withoutDoneDate } from "./tasks-fields";
import { isTasksTask } from "./tasks-settings";
import type { TickRefusal } from "./repeats";
import { refuseInMerge } from "./merge-refusal";

export type { TaskRef } from "./task-ref";

export type TaskTarget = "done" | "open";

export type ToggleResult =
  | { ok: true; text: string; line: number }
  | { ok: false; reason: string };

export type Located = { line: number } | { reason: string };

/** Where the item is, or which kind of refusal (refusals.ts): what the plugin words its notice from. */
export type Found = { line: number } | { kind: RefusalKind };

/** toggleTaskInText() with the refusal's kind instead of its reason. */
export type TickOutcome = { ok: true; text: string; line: number } | { ok: false; kind: TickRefusal; line?: number };

/** The line with its checkbox set to `to`, or null when it is not a task line. */
export function setTaskStatus(line: string, to: TaskTarget): string | null {
  const task = taskOnLine(line);
  if (!task) return null;
  const mark = to === "done" ? "x" : " ";
  return line.slice(0, task.statusAt) + mark + line.slice(task.statusAt + task.status.length);
}

/**
 * The item's line ticked (`done`) or unticked, as the Tasks plugin would leave it: with
 * `doneDate` (today, or null when Tasks' "set done date" is off), a tick on a line with
 * Tasks fields adds `✅ <doneDate>`; an untick takes a `✅ <date>` away. A plain item's
 * line, or one that Tasks' `globalFilter` ("" for none) leaves out, changes by its status
 * character only. Null when it is not a task line.
 */
export function tickedLine(line: string, to: TaskTarget, doneDate: string | null = null, globalFilter = ""): string | null {
  const status = setTaskStatus(line, to);
  if (status === null) return null;
  // Not a task to Tasks: its own toggle changes the checkbox alone, a `✅ date` kept or not added.
  if (!isTasksTask(line, globalFilter)) return status;
  if (to === "open") return withoutDoneDate(status);
  return doneDate !== null && tasksDatesLine(line, globalFilter) ? withDoneDate(status, doneDate) : status;
}

/** A tick to `to` of `line` would end a `🔁` rule that only Tasks can carry on: refused. Not for a line Tasks' global filter leaves out, which Tasks itself ticks as a plain checkbox. */
export function endsRecurrence(line: string, to: TaskTarget, globalFilter = ""): boolean {
  return to === "done" && repeats(line) && isTasksTask(line, globalFilter);
}

/**
 * The line `ref`'s item is on in `text`, or why it cannot be told. The whole note is
 * read again (tasks as the reader sees them: not in code, not in the frontmatter), and
 * the item is found by what names it: the same heading path (and with namesake
 * sections, the same section text), and the same one of as many identical items there,
 * reading as it did. Then it must still sit where it sat: with every line above it, or
 * every line but those between its heading and it, as it was (sides.ts); or else with
 * the same checkboxes on its twins, the same distances from the heading and the same
 * lines right around it. The note as a whole must hold no more lines reading as the
 * item than before, and, when its surroundings changed, no fewer and the same headings
 * and code fences (note-wide.ts); with both sides changed and copies elsewhere, its
 * repeated items under the same headings. A line that fits all of that but is not the
 * item would need the note rebuilt around an identical copy; anything less is refused,
 * unless the note is the ref's with one line added or removed and nothing else
 * (one-added.ts, one-removed.ts).
 */
export function locateTask(text: string, ref: TaskRef): Located {
  const found = findTask(text, ref);
  return "kind" in found ? { reason: refusalReason(ref, found.kind) } : found;
}

/** locateTask() with the refusal's kind. */
export function findTask(text: string, ref: TaskRef): Found {
  // Inside git's conflict markers the item is one of two copies: refused (merge-refusal.ts).
  return refuseInMerge(text, ref, locateOrFallBack(text, ref));
}

function locateOrFallBack(text: string, ref: TaskRef): Found {
  const found = locateStrictly(text, ref);
  if (!("kind" in found)) return found;
  // Refused, but the note may be the ref's with one line added, or one taken out, and
  // nothing else changed (one-added.ts, one-removed.ts).
  const line = oneLineAdded(text, ref) ?? oneLineRemoved(text, ref);
  return line === null ? found : { line };
}

function locateStrictly(text: string, ref: TaskRef): Found {
  // The reasons are worded only for a refusal, by kind: building them for every tick was a tenth of it.
  const why = (kind: RefusalKind) => ({ kind });
  const key = twinKey(ref.raw);
  if (key === null) return why("notATask");

  const lines = splitLines(stripBom(text));
  const scan = scanBody(lines, bodyStartOf(lines), { fields: false, templateTags: false });
  const section = findSection(lines, scan.headings, ref);
  if (typeof section === "string") return why(section);

  const twins = scan.tasks.filter((t) => t.section === section && twinKey(t.raw) === key);
  if (twins.length === 0) return why("gone");
  if (twins.length > ref.twins) return why("twinAdded");
  if (twins.length < ref.twins) return why("twinRemoved");
  const found = twins[ref.occurrence];
  if (!found) return why("gone");
  // Same text, same place among its twins; only the checkbox may differ.
  if (found.raw !== ref.raw) return why("statusChanged");
  // More lines read as the item than before, anywhere in the note: either a copy was
  // added, or the item left (a heading typed above it, that section moved down) and the
  // line left in its place was edited into a copy (seed 270520812). The two texts can be
  // the same to the byte, with its own section reading as before or not, on either side
  // of it (tests/attack/ticks-open-races.test.ts), so nothing local can tell them apart:
  // refused, and the list, redrawn within a second, ticks the line clicked then; unless
  // that one line is all that changed (one-added.ts).
  // Lines in code or comments count too: the item can be moved into code (note-wide.ts).
  const copies = copiesOf(scan.tasks, key);
  if (copies + hiddenCopiesOf(lines, scan.tasks, key) > ref.copies + ref.hidden) return why("copiesAdded");

  // Everything changed on one side of it: below it, or between its heading and it.
  // A loop: Uint32Array.from with a map function goes through the iterator protocol, the slowest part of a tick.
  const hashes = new Uint32Array(lines.length);
  for (let n = 0; n < lines.length; n++) hashes[n] = hashText(lines[n] ?? "");
  const sums = lineSums(lines.length, (n) => hashes[n] ?? 0);
  const headingLine = section === 0 ? -1 : (scan.headings[section - 1]?.line ?? -1);
  // Each line's hash with checkboxes aside, and each section's own lines from them: made once, when needed.
  let blindMemo: { blind: Uint32Array; own: Uint32Array } | undefined;
  const blindOwn = () => {
    if (blindMemo) return blindMemo;
    const blind = blindHashes(hashes, scan.tasks);
    return (blindMemo = { blind, own: ownLines(blindSums(blind), scan.headings.map((h) => h.line)) });
  };
  // The note's heading lines, order aside (note-wide.ts), made when needed.
  const headingsNow = () => headingSetOf(lines, scan.headings.map((h) => h.line));
  if (aboveOf(sums, found.line) === ref.above || outsideOf(sums, headingLine, found.line) === ref.outside) {
    if (sectionLeft(scan.tasks, section, key, ref, () => blindOwn().own)) return why("sectionLeft");
    // Its section changed (below it, or between its heading and it) and so did the note as
    // a whole: the found line may be a look-alike brought up into the item's place from
    // further down, with the item edited, deleted or moved away (note-wide.ts). Prose
    // typed anywhere or sections moved leave both note-wide numbers as they were; a
    // heading typed into its own section does not, and is refused: the numbers cannot
    // tell where a heading changed.
    if (ownLinesOf(hashes, scan.tasks, Math.max(0, headingLine), scan.headings[section]?.line ?? lines.length) !== ref.sectionLines) {
      if (copies < ref.copies) return why("copiesGone");
      if (headingsNow() !== headingsOf(ref.headings)) return why("headingsChanged");
    }
    return { line: found.line };
  }

  // Both changed, under a heading path that occurs more than once ("## Prep" twice): which
  // of them is its own was told by their order and their text, and with both sides
  // changed neither holds. The race test found one move of a parent section reordering
  // namesakes that read alike; "# Show" typed above the item (its path no longer "Prep")
  // and "## Prep" typed over a look-alike; the item's heading edited away and a namesake
  // typed further down: as many namesakes, reading as before, the same lines around the
  // look-alike, even the same headings in the same order.
  if (ref.sections > 1) return why("sectionsChanged");
  // A line that read as the item is gone from the note: perhaps the item itself, with a
  // look-alike's section made to read as its own did (note-wide.ts). Asking for a heading
  // changed as well was not enough: the race test found the item's heading deleted and
  // typed again over a look-alike further down (the same headings, in another order).
  if (copies < ref.copies) return why("copiesGoneAround");
  // Where it sits under its heading, among its twins, between the same lines.
  if (statusPattern(twins) !== ref.twinStatuses) return why("twinTicked");
  // Its section's own lines as they were, and as many sections reading so, checkboxes
  // aside (its twins' are checked above; ticks of other items never matter): the race
  // test found a section's heading moved away, or deleted, and typed again over
  // look-alike lines elsewhere, which passed every other check.
  const { blind, own } = blindOwn();
  if (own[section] !== ref.sectionLines || lookalikes(own, section) !== ref.lookalikes) return why("moved");
  const offsets = twins.map((t) => ({ offset: t.line - headingLine }));
  if (found.line - headingLine !== ref.offset || offsetPattern(offsets) !== ref.twinOffsets || neighboursOf(blind, found.line) !== ref.neighbours) {
    return why("moved");
  }
  // With lines reading as it outside its section (a look-alike section needs them), the
  // task lines must stand under the headings they stood under, order aside: seed
  // 1289402713 deleted its heading and typed it again further down, over a look-alike's
  // lines, which passed every check above (note-wide.ts).
  if (ref.copies + ref.hidden > ref.twins && taskSpreadOf(lines, scan.headings.map((h) => h.line), scan.tasks) !== spreadOf(ref.headings)) {
    return why("rebuilt");
  }
  return { line: found.line };
}

/**
 * The found item's section no longer reads as the item's did (checkboxes aside), while
 * other sections still do, as many as read so in all before (the item's own among them):
 * the item's section may be one of those, moved away, and the found one a look-alike
 * that took its place. The race test found exactly that: the item's section moved to the
 * end and a heading above a look-alike deleted, which left every line above the
 * look-alike's item as the item's had been. Only read when a line outside the found
 * section reads as the item (any section reading like the item's holds one).
 */
function sectionLeft(tasks: readonly { section: number; raw: string }[], section: number, key: string, ref: TaskRef, ownOf: () => Uint32Array): boolean {
  if (ref.lookalikes === 0 || !tasks.some((t) => t.section !== section && twinKey(t.raw) === key)) return false;
  const own = ownOf();
  if (own[section] === ref.sectionLines) return false;
  let elsewhere = 0;
  for (let s = 1; s < own.length; s++) if (s !== section && own[s] === ref.sectionLines) elsewhere++;
  return elsewhere >= ref.lookalikes;
}

/**
 * The section (reader's numbering) with the ref's heading path: the same one of the
 * sections with that path; when there are several, it must also still have the same
 * text (subsections included), and be the same one of those with that text. Either
 * alone was fooled in the race test: moving a section changes the order, and editing a
 * namesake can give it the text the item's own section had.
 */
function findSection(lines: readonly string[], headings: readonly ScannedHeading[], ref: TaskRef): number | "headingGone" | "sectionsChanged" {
  const wanted = pathKey(ref.path);
  const samePath: number[] = [];
  sectionPaths(headings).forEach((path, section) => {
    if (pathKey(path) === wanted) samePath.push(section);
  });
  if (samePath.length === 0) return "headingGone";
  const section = samePath[ref.sectionOrdinal];
  if (samePath.length !== ref.sections || section === undefined) return "sectionsChanged";
  if (ref.sections === 1) return section;
  const ends = subtreeEnds(headings, lines.length);
  const text = (s: number) => sectionHash((n) => lines[n], headings[s - 1]?.line ?? 0, ends[s - 1] ?? lines.length);
  const sameText = samePath.filter((s) => text(s) === ref.sectionHash);
  return sameText.length === ref.sameSections && sameText[ref.sameOrdinal] === section ? section : "sectionsChanged";
}

/** Offsets of line `n` without its line ending (a BOM on line 0 excluded), or null. */
function lineSpan(text: string, n: number): { start: number; end: number } | null {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = 0; i < n; i++) {
    const next = text.indexOf("\n", start);
    if (next < 0) return null;
    start = next + 1;
  }
  let end = text.indexOf("\n", start);
  if (end < 0) end = text.length;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { start, end };
}

export function toggleTaskInText(text: string, ref: TaskRef, to: TaskTarget, doneDate: string | null = null, globalFilter = ""): ToggleResult {
  const result = tickInText(text, ref, to, doneDate, globalFilter);
  return result.ok ? result : { ok: false, reason: refusalReason(ref, result.kind) };
}

/**
 * toggleTaskInText() with the refusal's kind (the plugin words its notice from it:
 * refusalNotice). `doneDate` and `globalFilter` (Tasks' own, "" for none): see tickedLine().
 */
export function tickInText(text: string, ref: TaskRef, to: TaskTarget, doneDate: string | null = null, globalFilter = ""): TickOutcome {
  const found = findTask(text, ref);
  if ("kind" in found) return { ok: false, kind: found.kind };
  const span = lineSpan(text, found.line);
  // Checked again on the very bytes about to change: the located line reads as the ref.
  const current = span ? text.slice(span.start, span.end) : null;
  // Found and verified, but ticking it here would end its recurrence: only Tasks writes the next one.
  if (current === ref.raw && endsRecurrence(current, to, globalFilter)) return { ok: false, kind: "repeats", line: found.line };
  const updated = current === ref.raw ? tickedLine(current, to, doneDate, globalFilter) : null;
  if (!span || updated === null) return { ok: false, kind: "notATask" };
  return { ok: true, text: text.slice(0, span.start) + updated + text.slice(span.end), line: found.line };
}
