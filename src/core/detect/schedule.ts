// A series' weekday, time and zone. The weekday comes from the episodes' dates when at
// least two agree (more than half), else from the text; the time and zone come from the
// template's text (what the next episode will be made from), else from what most
// episodes say. Text copied from another show's template is not this show's evidence.
import { weekdayOf } from "../time/calendar-date";
import type { FieldEvidence } from "./types";
import type { NoteFacts } from "./note-facts";
import { noteCode } from "./note-code";
import { WEEKDAY_NAMES } from "./schedule-words";
import { describeStatement, timeStatements, type TimeStatement } from "./schedule-text";
import { newestMember } from "./series";
import { sameInstant } from "./zone-instant";

export interface Found<T> extends FieldEvidence {
  value: T;
}

export interface ScheduleFinding {
  weekday: Found<number> | null;
  time: Found<string> | null;
  timeZone: Found<string> | null;
  displayTimeZones: Found<string[]> | null;
  warnings: string[];
}

interface Located {
  statement: TimeStatement;
  path: string;
}

const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[.\]\s*)?/;

/** A line compared across notes: list marker, checkbox and spacing ignored. */
export function lineKey(line: string): string {
  return line
    .replace(LIST_MARKER, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

function statementsIn(note: NoteFacts, foreign: (line: string) => string | undefined, ignored: { count: number; quote: string; owners: Set<string> }): Located[] {
  const out: Located[] = [];
  // A schedule quoted in fenced code says nothing about the show (the reader's rule).
  const code = noteCode(note);
  for (let n = note.bodyStart; n < note.lines.length; n++) {
    if (code(n)) continue;
    const line = note.lines[n] ?? "";
    const found = timeStatements(line.replace(LIST_MARKER, ""));
    if (found.length === 0) continue;
    const owner = foreign(lineKey(line));
    if (owner !== undefined) {
      ignored.count++;
      ignored.quote = found[0]?.quote ?? "";
      ignored.owners.add(owner);
      continue;
    }
    // "13:00 UTC (14:00 CET, 08:00 EST)": the times after the first that name its instant
    // are conversions of it, not other schedules.
    const [head, ...rest] = found;
    if (head) out.push({ statement: head, path: note.path });
    for (const statement of rest) if (!head || !sameInstant(statement, head)) out.push({ statement, path: note.path });
  }
  return out;
}

/** Up to three note names, then how many more: the rule the other reports follow. */
function someNames(paths: ReadonlySet<string>): string {
  const names = [...paths].map(baseName);
  const more = names.length - 3;
  return `${names.slice(0, 3).join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}

const keyOf = (s: TimeStatement) => `${s.time} ${s.zone.zone}`;

/**
 * `foreign` names the show whose template a line comes from ("GOH") when it is another
 * show's: such a line copied into these notes says nothing about this show.
 */
export function findSchedule(members: readonly NoteFacts[], template: NoteFacts | null, foreign: (line: string) => string | undefined): ScheduleFinding {
  const warnings: string[] = [];
  const ignored = { count: 0, quote: "", owners: new Set<string>() };
  const fromTemplate = template ? statementsIn(template, () => undefined, ignored) : [];
  const fromNotes = members.flatMap((m) => statementsIn(m, foreign, ignored));
  const ignoredNote =
    ignored.count > 0 ? `“${ignored.quote}” in these notes is the text of the ${[...ignored.owners].join(" and ")} template, so it was not counted.` : null;

  // Time and zone: the template first, else the statement most notes make.
  let chosen: { statement: TimeStatement; reason: string } | null = null;
  const first = fromTemplate[0];
  if (first) chosen = { statement: first.statement, reason: `from the template's text: “${first.statement.quote}”` };
  const byNote = new Map<string, { statement: TimeStatement; paths: Set<string> }>();
  for (const { statement, path } of fromNotes) {
    const entry = byNote.get(keyOf(statement)) ?? { statement, paths: new Set<string>() };
    entry.paths.add(path);
    byNote.set(keyOf(statement), entry);
  }
  const ranked = [...byNote.values()].sort((a, b) => b.paths.size - a.paths.size || newestFirst(members, a.paths, b.paths));
  const top = ranked[0];
  if (!chosen && top) chosen = { statement: top.statement, reason: `in ${top.paths.size} of ${members.length} episode notes: “${top.statement.quote}”` };
  if (chosen) {
    for (const other of ranked) {
      // The chosen time written in another zone is the same schedule, not a disagreement.
      if (keyOf(other.statement) === keyOf(chosen.statement) || sameInstant(other.statement, chosen.statement)) continue;
      warnings.push(`${other.paths.size} episode note${other.paths.size === 1 ? " says" : "s say"} ${describeStatement(other.statement)} instead (${someNames(other.paths)}).`);
    }
  }

  let time: Found<string> | null = null;
  let timeZone: Found<string> | null = null;
  let displayTimeZones: Found<string[]> | null = null;
  if (chosen) {
    const s = chosen.statement;
    const reasons = [`${describeStatement(s)} ${chosen.reason}`, ...(ignoredNote ? [ignoredNote] : [])];
    time = { value: s.time, confidence: "found", reasons };
    timeZone = {
      value: s.zone.zone,
      confidence: s.zone.exact ? "found" : "guess",
      reasons: [s.zone.exact ? `${s.word} as written` : (s.note ?? `${s.word} stands for several zones; ${s.zone.zone} is one of them`)],
    };
    // The show's zone is the first written (its time is set in it); the others are shown beside it in invitations.
    const seen = new Set([s.zone.zone]);
    const also = s.also.filter((a) => !seen.has(a.zone.zone) && seen.add(a.zone.zone));
    if (also.length > 0) {
      displayTimeZones = {
        value: also.map((a) => a.zone.zone),
        confidence: also.every((a) => a.zone.exact) ? "found" : "guess",
        reasons: also.map((a) => `${a.time} ${a.word} is given next to it (${a.zone.exact ? a.zone.zone : `${a.zone.zone}, a guess${a.note ? `: ${a.note}` : ""}`})`),
      };
    }
  } else {
    time = timeFromProperties(members);
    if (ignoredNote) warnings.push(ignoredNote);
  }

  const weekday = chooseWeekday(members, chosen?.statement ?? null, fromTemplate, fromNotes, warnings);
  return { weekday, time, timeZone, displayTimeZones, warnings };
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}

function newestFirst(members: readonly NoteFacts[], a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const newest = newestMember(members);
  if (!newest) return 0;
  return Number(b.has(newest.path)) - Number(a.has(newest.path));
}

/** `time:` or a date with a time in the frontmatter, when at least two notes agree. */
function timeFromProperties(members: readonly NoteFacts[]): Found<string> | null {
  const counts = new Map<string, number>();
  let timed = 0;
  for (const member of members) {
    if (member.time === null) continue;
    timed++;
    counts.set(member.time, (counts.get(member.time) ?? 0) + 1);
  }
  const [best, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  if (count < 2 || count * 2 <= timed) return null;
  return { value: best, confidence: "found", reasons: [`${best} in the date of ${count} of ${timed} episode notes (no zone written)`] };
}

function chooseWeekday(
  members: readonly NoteFacts[],
  statement: TimeStatement | null,
  fromTemplate: readonly Located[],
  fromNotes: readonly Located[],
  warnings: string[],
): Found<number> | null {
  const counts = new Array<number>(7).fill(0);
  const dated = members.filter((m) => m.date !== null);
  for (const member of dated) {
    const day = weekdayOf(member.date ?? "");
    if (day !== null) counts[day] = (counts[day] ?? 0) + 1;
  }
  const top = counts.reduce((best, count, day) => (count > (counts[best] ?? 0) ? day : best), 0);
  const topCount = counts[top] ?? 0;
  const textDay =
    statement?.weekday ?? fromTemplate.find((l) => l.statement.weekday !== null)?.statement.weekday ?? majorityDay(fromNotes.map((l) => l.statement.weekday));
  const textSource = statement?.weekday != null || fromTemplate.some((l) => l.statement.weekday !== null) ? "the template's text" : "the episodes' text";

  if (dated.length >= 2 && topCount * 2 > dated.length) {
    if (textDay !== null && textDay !== top) warnings.push(`The text says ${WEEKDAY_NAMES[textDay] ?? ""}, but ${topCount} of ${dated.length} dated episodes fell on a ${WEEKDAY_NAMES[top] ?? ""}.`);
    return { value: top, confidence: "found", reasons: [`${WEEKDAY_NAMES[top] ?? ""}: ${topCount} of ${dated.length} dated episodes`] };
  }
  if (textDay !== null) {
    return { value: textDay, confidence: "found", reasons: [`${WEEKDAY_NAMES[textDay] ?? ""} from ${textSource}`] };
  }
  const latest = [...dated].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""))[0];
  const day = latest?.date ? weekdayOf(latest.date) : null;
  if (latest && day !== null) {
    const also = dated.length > 1 ? `; the ${dated.length} dated episodes disagree` : "; it is the only dated episode";
    return { value: day, confidence: "guess", reasons: [`${WEEKDAY_NAMES[day] ?? ""}: the latest dated episode (${latest.basename}, ${latest.date ?? ""})${also}`] };
  }
  return null;
}

function majorityDay(days: readonly (number | null)[]): number | null {
  const counts = new Map<number, number>();
  for (const day of days) if (day !== null) counts.set(day, (counts.get(day) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best ? best[0] : null;
}
