// Where an episode is in its life, derived from the note and the day, unless the note
// says so itself with a `status` property. Pure: the caller passes today's date in the
// show's zone and the clock's instant (for a `live:` mark); nothing here reads a clock.
//
// The rules where the notes leave room for doubt:
// - A title that is a placeholder ("TBD", "[Titulo]", "Untitled", "?") makes an idea,
//   even with a date: the date of a slot nobody has filled yet is not a show.
// - An undated note that shows it aired (a real video link, an after-show item ticked,
//   chapters, an `ended:` mark) is aired or published with its date unknown, not an idea.
// - `live` is the show's whole day until `ended:` is recorded, and any time a `live:` mark
//   says the show is on air now.
// - `done` is aired with no after-show item open: prep and just-before items are moot
//   once the show is over.
// - A `status` property is taken as written: `published` stays published after every
//   after-show item is ticked (derived, that note would be done). So the state alone does
//   not say whether work is left; the sidebar's views ask the row (sidebar/views.ts).
import type { EpisodeSummary, Phase } from "../types";
import { daysBetween } from "../time/calendar-date";
import { liveState } from "../live/live-state";
import { isPlaceholderTitle, isVideoUrl } from "./placeholders";
import { dropDiacritics } from "../text/fold";

export type EpisodeState = "idea" | "scheduled" | "live" | "aired" | "published" | "done" | "cancelled";

export const EPISODE_STATES: readonly EpisodeState[] = ["idea", "scheduled", "live", "aired", "published", "done", "cancelled"];

/**
 * Words a `status` property may hold, lower case, accents and punctuation ignored: the
 * state names, and the words people write for them (English and Spanish, the languages
 * of the real notes), with a recorded podcast's words for the edit.
 */
const STATUS_WORDS: Record<string, EpisodeState> = {
  idea: "idea", draft: "idea", backlog: "idea", pitch: "idea", proposed: "idea", someday: "idea", tbd: "idea", postponed: "idea",
  borrador: "idea", pospuesto: "idea",
  scheduled: "scheduled", upcoming: "scheduled", planned: "scheduled", booked: "scheduled", confirmed: "scheduled",
  programado: "scheduled", agendado: "scheduled", confirmado: "scheduled",
  live: "live", "on air": "live", streaming: "live", "en vivo": "live",
  aired: "aired", past: "aired", streamed: "aired", recorded: "aired", broadcast: "aired", emitido: "aired", grabado: "aired",
  // A recorded episode in post-production: after the recording, its after items are the work.
  editing: "aired", edited: "aired", "in edit": "aired", "in editing": "aired", "in post": "aired", "post production": "aired", postproduction: "aired",
  mixing: "aired", mixed: "aired", mastering: "aired", mastered: "aired", "rough cut": "aired",
  "en edicion": "aired", editando: "aired", editado: "aired", "en postproduccion": "aired", postproduccion: "aired",
  published: "published", released: "published", uploaded: "published", publicado: "published",
  done: "done", complete: "done", completed: "done", finished: "done", closed: "done", archived: "done", hecho: "done", terminado: "done",
  cancelled: "cancelled", canceled: "cancelled", cancel: "cancelled", dropped: "cancelled", skipped: "cancelled", cancelado: "cancelled",
};

export interface StatusProperty {
  /** The state the note asks for, or null when it asks for none or for one not known. */
  state: EpisodeState | null;
  /** What the note holds when no state could be read from it. */
  unknown: string | null;
}

/** What may stand before the state's word (`## Done`, `"**Scheduled**`) and after it (`done.`, `live!`). */
const LEADING = /[\s#"'[\]()*_-]/;
const TRAILING = /[\s"'[\]()*_.!-]/;

function statusWord(text: string): string {
  const word = dropDiacritics(text).toLowerCase();
  // The ends trimmed by loops: the regex /[…]+$/ tried every character of a run inside
  // the value (a status of 40,000 "!" between two letters took seconds).
  let from = 0;
  let to = word.length;
  while (from < to && LEADING.test(word.charAt(from))) from++;
  while (to > from && TRAILING.test(word.charAt(to - 1))) to--;
  return word.slice(from, to).replace(/[\s_-]+/g, " ");
}

/** The state the note's `status` (frontmatter, any case, or an inline field: note/status-value.ts) names. */
export function statusProperty(episode: Pick<EpisodeSummary, "status">): StatusProperty {
  const raw = episode.status;
  if (raw === null || raw.trim() === "") return { state: null, unknown: null };
  const word = statusWord(raw);
  const state = Object.prototype.hasOwnProperty.call(STATUS_WORDS, word) ? (STATUS_WORDS[word] ?? null) : null;
  return state ? { state, unknown: null } : { state: null, unknown: raw.trim() };
}

export interface LifecycleClock {
  /** Today's date in the show's time zone. */
  today: string;
  /** The clock's instant, for a `live:` mark; null to leave the marks' timing out. */
  nowMs: number | null;
  /** The show's zone, for a `live:` mark written without an offset. */
  timeZone: string;
}

export interface Lifecycle {
  state: EpisodeState;
  /** Calendar days from today to the show (negative once past), null without a date. */
  daysUntil: number | null;
  /** False for an episode that aired on a day the note does not give. */
  dateKnown: boolean;
  /** The state came from the note's `status` property. */
  fromProperty: boolean;
  /** A `status` value that names no state (the state is then derived). */
  unknownStatus: string | null;
}

/** The show is behind us: aired, published or done. */
export function isOver(state: EpisodeState): boolean {
  return state === "aired" || state === "published" || state === "done";
}

/** Open items of one phase, cancelled ones left out (the sections count them). */
export function openIn(episode: Pick<EpisodeSummary, "sections">, phase: Phase): number {
  let open = 0;
  for (const section of episode.sections) if (section.phase === phase) open += section.total - section.done;
  return open;
}

/** Signs in an undated note that the show happened. */
function showsItAired(episode: EpisodeSummary, ended: boolean): boolean {
  if (ended) return true;
  if (episode.sections.some((s) => s.phase === "after" && s.done > 0)) return true;
  // A template's lone "00:00:00 Introductions" line is not a show's chapters.
  if (episode.chapters.length >= 2) return true;
  return isVideoUrl(episode.url);
}

/** After the show: done when no after-show item is open, else published with a video link, else aired. */
function afterTheShow(episode: EpisodeSummary): EpisodeState {
  if (openIn(episode, "after") === 0) return "done";
  return isVideoUrl(episode.url) ? "published" : "aired";
}

export function lifecycle(episode: EpisodeSummary, clock: LifecycleClock): Lifecycle {
  const daysUntil = episode.date ? daysBetween(clock.today, episode.date) : null;
  const property = statusProperty(episode);
  const base = { daysUntil, dateKnown: daysUntil !== null, unknownStatus: property.unknown };
  if (property.state) return { ...base, state: property.state, fromProperty: true };

  // Without the clock's instant, an `ended:` mark still says the show is over.
  const marks = clock.nowMs === null ? (episode.live.end === null ? null : liveState(episode.live, 0, clock.timeZone).kind) : liveState(episode.live, clock.nowMs, clock.timeZone).kind;
  const ended = marks === "ended" || marks === "stale";
  const derived = (state: EpisodeState): Lifecycle => ({ ...base, state, fromProperty: false });
  if (marks === "live") return derived("live");
  if (isPlaceholderTitle(episode.topic) || isPlaceholderTitle(episode.title)) return derived("idea");
  if (daysUntil === null) return showsItAired(episode, ended) ? derived(afterTheShow(episode)) : derived("idea");
  if (daysUntil > 0) return derived("scheduled");
  if (daysUntil === 0 && !ended) return derived("live");
  return derived(afterTheShow(episode));
}
