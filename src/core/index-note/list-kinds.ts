// Which list of an index note an episode belongs in, and which hand-kept headings name a
// list. The real READMEs keep "Past" and "Upcoming" (under "Episodes" or "Calls"), "Break"
// lines between episodes, and "Future guest suggestions", which is not an episode list.
import type { EpisodeStatus } from "../status/status";

export type ListKind = "past" | "upcoming" | "ideas";

/** A heading's part in the lists: a list, a section of breaks, or one that holds lists ("Episodes"). */
export type SectionKind = ListKind | "breaks" | "container";

/**
 * The one place that decides where an episode is listed, by its lifecycle state as the
 * sidebar's views sort it (sidebar/views.ts): what is scheduled or live under Upcoming;
 * what has aired (GOH 30, a video link and no date: aired, "date unknown") or is done
 * under Past. An idea goes under Ideas while it has no date; a dated one (a "TBD" slot)
 * by its date, as a slot of the schedule. A cancelled one too goes by its date: the
 * lists are a schedule read by date, and keep slots that did not happen at their date
 * ("22/11: Skipped"); under Past, a slot still ahead was a future date among the aired
 * ones. Its line says "(cancelled)" (merge-lists.ts) so Upcoming does not promise it.
 * (The sidebar's Past view answers another question, "anything left to do?")
 */
export function listFor(status: Pick<EpisodeStatus, "state" | "daysUntil">): ListKind {
  if (status.state === "scheduled" || status.state === "live") return "upcoming";
  if (status.state === "cancelled") return status.daysUntil !== null && status.daysUntil >= 0 ? "upcoming" : "past";
  if (status.state !== "idea") return "past";
  if (status.daysUntil === null) return "ideas";
  return status.daysUntil >= 0 ? "upcoming" : "past";
}

const WORDS: Record<string, SectionKind> = {
  past: "past",
  previous: "past",
  earlier: "past",
  aired: "past",
  archive: "past",
  archived: "past",
  done: "past",
  pasados: "past",
  anteriores: "past",
  upcoming: "upcoming",
  next: "upcoming",
  planned: "upcoming",
  scheduled: "upcoming",
  coming: "upcoming",
  soon: "upcoming",
  próximos: "upcoming",
  proximos: "upcoming",
  ideas: "ideas",
  undated: "ideas",
  backlog: "ideas",
  break: "breaks",
  breaks: "breaks",
  skipped: "breaks",
  hiatus: "breaks",
  episodes: "container",
  episode: "container",
  calls: "container",
  call: "container",
  shows: "container",
  streams: "container",
  sessions: "container",
  episodios: "container",
};

/** Words that may stand next to those without changing what the heading names. */
const FILLER = new Set(["the", "our", "list", "of", "and", "all", "no", "date", "yet", "up", "ones"]);

/** What a heading names, or null when it is no episode-list heading ("Future guest suggestions"). */
export function headingKind(text: string): SectionKind | null {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter((w) => w !== "");
  let kind: SectionKind | null = null;
  for (const word of words) {
    const named = Object.prototype.hasOwnProperty.call(WORDS, word) ? WORDS[word] : undefined;
    if (named === undefined) {
      if (FILLER.has(word)) continue;
      return null;
    }
    // "Past episodes": the list word decides, "Episodes" alone holds lists.
    if (kind === null || kind === "container") kind = named;
  }
  return kind;
}

/** The heading the plugin gives a list it adds. */
export const LIST_HEADINGS: Record<ListKind, string> = { upcoming: "Upcoming", past: "Past", ideas: "Ideas (no date yet)" };
