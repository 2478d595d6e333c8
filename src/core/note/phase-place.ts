// When a plain "before the show" list is the episode's prep, by its place among the note's lists.
//
// "Before the show", "Vor der Sendung", "Before recording", "Avant l'émission" say only that
// the list comes before the show. A note that also keeps a closer list after it ("Just before
// the show", "Kurz vor der Sendung", "15 minutos antes", "Recording day", a podcast's
// "Recording") uses the plain one for everything before that: the prep. An audio podcast's
// production note (phase-context.ts: "Editing", "Publishing", "Before recording" …) plans the
// recording as one stage of several, so its first list before the recording is the
// pre-production, prep, when no prep or after-show list comes before it and the stages after
// the recording ("Editing", "Publishing") come after it. Anywhere else a plain
// "before" list keeps the minutes before the show: after "## Checklist" with nothing closer
// after it (the live template's shape), or alone in a live stream's note ("## Before the
// stream": the OBS scenes, the mic), where before, during and after are the show's own moments.
import type { Phase } from "../types";
import { DEFAULT_PHASE_HEADINGS } from "./phase-defaults";
import { isConnective } from "./phase-anchor";

/**
 * Words that place a "before" list close to the show: "Just before the show", "Kurz vor der
 * Sendung", "Right before we go live", "Final checks before the stream", "30 min before the
 * show", "Justo antes del show", "Juste avant le live", "Poco prima della diretta", "Logo antes
 * da transmissão", "Vlak voor de uitzending". Normalised (lower case, no accents). A day or a
 * week ("A week before the show") is no closeness: that list is prep.
 */
export const CLOSE_WORDS: ReadonlySet<string> = new Set(
  (
    "just right immediately shortly directly final last minute minutes min mins hour hours " +
    "kurz direkt unmittelbar letzte letzten minuten stunde stunden " +
    "justo poco minutos hora horas juste peu heure heures " +
    "pouco logo subito minuti ora ore vlak uur"
  ).split(" "),
);

/**
 * The default "before" phrases that are a connective and the show ("before the show", "vor
 * der sendung", "avant l emission", "before recording"), normalised. Not the closer ones
 * ("just before the show", "minutos antes", "recording day"): a phrase that starts with
 * anything but the connective says more than "before". A phrase of a show's own settings that
 * is not a default is read as written.
 */
function plainPhrases(normalize: (text: string) => string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const raw of DEFAULT_PHASE_HEADINGS.before) {
    const phrase = normalize(raw);
    const first = phrase.split(" ")[0] ?? "";
    if (isConnective(first)) out.add(phrase);
  }
  return out;
}

let PLAIN: ReadonlySet<string> | null = null;

/**
 * Whether a heading read as "before" by `phrase` (normalised) is a plain "before the show":
 * the phrase is a default connective phrase, a bare connective stands against the show
 * (`anchored`, "Before we go live") or alone ("## Before"), and no word of the heading
 * (normalised, padded with spaces) says how close ("Kurz vor der Sendung").
 */
export function isPlainBefore(text: string, phrase: string, anchored: boolean, normalize: (text: string) => string): boolean {
  PLAIN ??= plainPhrases(normalize);
  if (!PLAIN.has(phrase)) return false;
  if (isConnective(phrase) && !anchored && text.trim() !== phrase) return false;
  let start = 1;
  while (start < text.length) {
    let end = text.indexOf(" ", start);
    if (end < 0) end = text.length;
    if (end > start && CLOSE_WORDS.has(text.slice(start, end))) return false;
    start = end + 1;
  }
  return true;
}

/** One list heading of a note as the reader names it: its line, its phase (null for none), whether it is a plain "before". */
export interface PlacedList {
  line: number;
  phase: Phase | null;
  plain: boolean;
}

/**
 * The lines of the plain "before" lists that are the note's prep (see the rule above);
 * `production`: whether the note is a podcast's production note, asked only when needed. One
 * pass to find the first prep or after-show list, the last after-show list and the last closer
 * "before" list, one to pick the lines.
 */
export function prepByPlace(lists: readonly PlacedList[], production: () => boolean): Set<number> {
  const out = new Set<number>();
  if (!lists.some((l) => l.plain && l.phase === "before")) return out;
  let firstOther = Number.POSITIVE_INFINITY;
  let lastCloser = Number.NEGATIVE_INFINITY;
  let lastAfter = Number.NEGATIVE_INFINITY;
  for (const list of lists) {
    if (list.phase === "prep" || list.phase === "after") firstOther = Math.min(firstOther, list.line);
    if (list.phase === "after") lastAfter = Math.max(lastAfter, list.line);
    if (list.phase === "before" && !list.plain) lastCloser = Math.max(lastCloser, list.line);
  }
  for (const list of lists) {
    if (list.phase !== "before" || !list.plain) continue;
    if (list.line < lastCloser || (list.line < firstOther && list.line < lastAfter && production())) out.add(list.line);
  }
  return out;
}
