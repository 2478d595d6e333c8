// Headings that hold checklists but name no phase the defaults know ("Vorbereitung",
// "Nach der Sendung"): each is added to a phase by its place in the note. Only headings
// of the template, or of at least half the episodes, are added; what the defaults
// already match is left alone.
//
// The place: a heading before every named checklist is prep; one after a named
// checklist continues it, except the last checklist of a note, which is after the show
// (episode notes end with the follow-up). When no checklist heading is named at all,
// the first is prep, the last is after the show and those between are just before it.
//
// A plain "before" heading the reader takes as the prep by its place ("Before recording" first
// in a podcast's note) counts as "before" for the headings after it (wordsPhase).
//
// A Chinese, Japanese or Korean heading that holds a phrase of note/phase-cjk.ts
// ("📋 配信前チェックリスト") is added by that phrase ("配信前"), not by its place, and names
// its phase for the headings after it.
import type { Phase } from "../types";
import { CJK_PHASE_PHRASES } from "../note/phase-cjk";
import { normalizeHeading, phaseMatcher } from "../note/phases";
import type { NoteFacts, TaskHeading } from "./note-facts";
import type { Found } from "./schedule";

export type HeadingAdditions = Partial<Record<Phase, string[]>>;

const PHASE_WORDS: Record<Phase, string> = { prep: "prep", before: "just before the show", after: "after the show", other: "other" };

function placeOf(headings: readonly TaskHeading[], index: number): Phase {
  const named = headings.filter((h) => h.named && h.phase !== "other");
  if (named.length === 0) {
    if (index === 0) return "prep";
    return index === headings.length - 1 ? "after" : "before";
  }
  const before = headings.slice(0, index).reverse().find((h) => h.named && h.phase !== "other");
  if (!before) return "prep";
  if (index === headings.length - 1 && before.phase !== "after") return "after";
  return wordsPhase(before);
}

const defaults = phaseMatcher();

/**
 * The phase a named heading's own words give, for the place of a heading after it: a plain
 * "before" list the reader takes as the prep by its place ("Before recording" first in a
 * podcast's note, note/phase-place.ts) is still "before" here, so the unnamed list after it
 * ("## Session") is proposed as the closer "before" list, and with it added the plain one
 * stays the prep. Placed after the prep instead, the two would both be prep.
 */
function wordsPhase(heading: TaskHeading): Phase {
  return heading.phase === "prep" && defaults.read(heading.text).plain ? "before" : heading.phase;
}

const cjkMatcher = phaseMatcher(CJK_PHASE_PHRASES);
const CJK_TEXT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Each CJK phrase by its normalised form (what the matcher answers with), as written. */
const cjkWritten = new Map(Object.values(CJK_PHASE_PHRASES).flatMap((list: string[]) => list.map((phrase) => [normalizeHeading(phrase), phrase] as const)));

/** The CJK phrase a heading holds, as written, with its phase; null for none (or for a heading named already). */
function cjkPhrase(heading: TaskHeading): { phrase: string; phase: Phase } | null {
  // Most headings hold no Han, kana or Hangul: they are not read again.
  if (!heading.orphan || heading.title || !CJK_TEXT.test(heading.text)) return null;
  const reading = cjkMatcher.read(heading.text);
  const phrase = cjkWritten.get(reading.phrase);
  return reading.phase === null || phrase === undefined ? null : { phrase, phase: reading.phase };
}

export function findHeadingAdditions(members: readonly NoteFacts[], template: NoteFacts | null): Found<HeadingAdditions> | null {
  const seen = new Map<string, { text: string; phases: Map<Phase, number>; notes: number; inTemplate: boolean; phrase: boolean }>();
  const visit = (note: NoteFacts, isTemplate: boolean) => {
    // A heading a CJK phrase names counts as named for the place of the headings after it.
    const cjk = note.taskHeadings.map(cjkPhrase);
    const headings = note.taskHeadings.map((h, i) => {
      const found = cjk[i];
      return found ? { ...h, named: true, orphan: false, phase: found.phase } : h;
    });
    note.taskHeadings.forEach((heading, index) => {
      // An empty heading (`#` alone) names nothing a setting could hold.
      // Nor does the title: its words are the episode's name, not its checklist's.
      if (!heading.orphan || heading.title || heading.text.trim() === "") return;
      const found = cjk[index];
      const text = found ? found.phrase : heading.text.trim();
      const key = text.toLowerCase();
      const entry = seen.get(key) ?? { text, phases: new Map<Phase, number>(), notes: 0, inTemplate: false, phrase: found !== null && found !== undefined };
      const phase = found ? found.phase : placeOf(headings, index);
      entry.phases.set(phase, (entry.phases.get(phase) ?? 0) + 1);
      if (isTemplate) entry.inTemplate = true;
      else entry.notes++;
      seen.set(key, entry);
    });
  };
  for (const member of members) visit(member, false);
  if (template) visit(template, true);

  const additions: HeadingAdditions = {};
  const reasons: string[] = [];
  let placed = 0;
  for (const entry of seen.values()) {
    if (!entry.inTemplate && entry.notes * 2 < members.length) continue;
    const phase = [...entry.phases.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "prep";
    (additions[phase] ??= []).push(entry.text);
    const where = entry.inTemplate ? "the template" : `${entry.notes} of ${members.length} episode notes`;
    if (entry.phrase) reasons.push(`headings with “${entry.text}” hold tasks in ${where}; it means ${PHASE_WORDS[phase]} in Chinese, Japanese or Korean`);
    else {
      placed++;
      reasons.push(`“${entry.text}” holds tasks in ${where} and names no phase; by its place it is ${PHASE_WORDS[phase]}`);
    }
  }
  if (reasons.length === 0) return null;
  return { value: additions, confidence: placed > 0 ? "guess" : "found", reasons };
}
