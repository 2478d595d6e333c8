// Which phase of an episode a heading's checklist belongs to.
//
// Rule: a heading matches a phase when its normalised text contains one of that
// phase's phrases as whole words; the longest matching phrase wins ("Post-show
// checklist" is after-show although it contains "checklist"); on a tie the order
// other > after > before > prep decides. A heading that matches nothing inherits the
// phase of the heading it sits under ("### Thumbnail" under "## Pre-show checklist"
// is prep). The `other` phrases are stoppers: talking points stay out of prep even
// when they carry checkboxes. A bare "before"/"after" names a phase only when placed
// against the show or a time, not against a segment of it ("Before the break"): see
// phase-anchor.ts.
import type { Phase } from "../types";
import { CLAUSE_STOP, anchoredLength, isConnective } from "./phase-anchor";
import { onlyPhaseWords } from "./phase-only";
import { isPlainBefore } from "./phase-place";

export type PhaseHeadings = Record<Phase, string[]>;

import { DEFAULT_PHASE_HEADINGS } from "./phase-defaults";
import { dropDiacritics } from "../text/fold";

export { DEFAULT_PHASE_HEADINGS };

const PRIORITY: Record<Phase, number> = { other: 3, after: 2, before: 1, prep: 0 };

/** Lower case, accents and punctuation removed, words separated by one space. */
export function normalizeHeading(text: string): string {
  // Nearly every heading is ASCII: no Unicode normalisation or property classes for it
  // (they were 5% of reading an episode; the Timestamps matcher asks for every heading).
  const ascii = asciiHeading(text);
  if (ascii !== null) return ascii;
  return dropDiacritics(text)
    .toLowerCase()
    .replace(NO_SPACES, " $& ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Chinese and Japanese write no spaces between words ("配信前チェックリスト"): each character
 * is a word there, so a phrase of the host's ("配信前") is found inside a heading as a whole
 * word is elsewhere. Linear: one pass, one character at a time.
 */
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** normalizeHeading for an ASCII text, or null when it holds any other character. */
function asciiHeading(text: string): string | null {
  let out = "";
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return null;
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if ((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57)) {
      if (gap && out.length > 0) out += " ";
      gap = false;
      out += String.fromCharCode(lower);
    } else gap = true;
  }
  return out;
}

/**
 * Punctuation that ends a clause: a comma, colon, semicolon, bracket, a full stop or
 * question mark before a space, a dash set off by spaces. Not a hyphen inside a word
 * ("pre-show", "go-live") nor a point inside a number ("5.30").
 */
const CLAUSE_END = /[,;:!?()[\]|]+|[.…](?=\s|$)|\s[-–—]+\s/u;

/**
 * The heading normalised clause by clause, the clauses apart by CLAUSE_STOP: what follows
 * "before" in "After the break, guest demo" ends at the comma, so the guest, a word of
 * the next clause, does not anchor it (phase-anchor.ts).
 */
function clausesOf(heading: string): string {
  const parts: string[] = [];
  for (const clause of heading.split(CLAUSE_END)) {
    const words = normalizeHeading(clause);
    if (words !== "") parts.push(words);
  }
  return ` ${parts.join(` ${CLAUSE_STOP} `)} `;
}

/** What a heading names and by which phrase. */
export interface PhaseReading {
  /** The phase it names, or null when it names none (then it inherits). */
  phase: Phase | null;
  /** The phrase that decided it, normalised ("recording", "wrap up"); "" when none did. */
  phrase: string;
  /**
   * Whether it is "before" by a plain "before the show" ("Vor der Sendung", "Before recording"),
   * no word saying how close: the note's prep by its place among the lists (phase-place.ts).
   */
  plain: boolean;
}

export interface PhaseMatcher {
  /** The phase a heading names, or null when it names none (then it inherits). */
  match(heading: string): Phase | null;
  read(heading: string): PhaseReading;
  /**
   * Whether the heading is only a phase's heading: it names one, and every word of it is a
   * phrase's or a word for the show, a time, or a joining word ("Pre-show checklist", "🎬
   * After the show"), not an episode's title that holds one ("LS 16 - Show day").
   */
  onlyPhase(heading: string): boolean;
}

const NONE: PhaseReading = { phase: null, phrase: "", plain: false };

export function phaseMatcher(headings: PhaseHeadings = DEFAULT_PHASE_HEADINGS): PhaseMatcher {
  const phrases: { phrase: string; phase: Phase; bare: boolean }[] = [];
  for (const phase of Object.keys(PRIORITY) as Phase[]) {
    for (const raw of headings[phase] ?? []) {
      const phrase = normalizeHeading(raw);
      if (phrase !== "") phrases.push({ phrase: ` ${phrase} `, phase, bare: isConnective(phrase) });
    }
  }
  const padded = phrases.map((p) => p.phrase);
  // Notes of a show repeat the same few headings: remember the answers (bounded).
  const known = new Map<string, PhaseReading>();
  const compute = (heading: string): PhaseReading => {
    const text = ` ${normalizeHeading(heading)} `;
    // A bare connective's anchor is looked for in its own clause only (clausesOf).
    let clauses: string | null = null;
    let best: { length: number; phase: Phase; phrase: string; anchored: boolean } | null = null;
    for (const { phrase, phase, bare } of phrases) {
      if (!text.includes(phrase)) continue;
      // "Before the break" is a moment of the show: its "before" names no phase. Placed
      // against the show, it weighs as the whole phrase ("after the recording").
      const length = bare ? anchoredLength((clauses ??= clausesOf(heading)), phrase) : phrase.length;
      if (length === 0) continue;
      const better = !best || length > best.length || (length === best.length && PRIORITY[phase] > PRIORITY[best.phase]);
      // A bare connective outweighing itself stands against the show ("Before we go live").
      if (better) best = { length, phase, phrase, anchored: length > phrase.length };
    }
    if (!best) return NONE;
    const phrase = best.phrase.trim();
    return { phase: best.phase, phrase, plain: best.phase === "before" && isPlainBefore(text, phrase, best.anchored, normalizeHeading) };
  };
  const read = (heading: string): PhaseReading => {
    let reading = known.get(heading);
    if (reading === undefined) {
      reading = compute(heading);
      if (known.size >= 1000) known.clear();
      known.set(heading, reading);
    }
    return reading;
  };
  return {
    read,
    match: (heading) => read(heading).phase,
    onlyPhase: (heading) => read(heading).phase !== null && onlyPhaseWords(` ${normalizeHeading(heading)} `, padded),
  };
}
