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
 * what has aired (GOH 30, a video link and no date: aired, "date unknown"), is done, or
 * was cancelled (the lists keep the slots that did not happen among the past ones:
 * "22/11: Skipped") under Past. An idea goes under Ideas while it has no date; a dated
 * one (a "TBD" slot) by its date, as a slot of the schedule. By the date alone, GOH 30
 * was added under a new Ideas heading and a cancelled episode stayed Upcoming.
 */
export function listFor(status: Pick<EpisodeStatus, "state" | "daysUntil">): ListKind {
  if (status.state === "scheduled" || status.state === "live") return "upcoming";
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
