// How an episode's number is shown: as its name writes it, and with its season when the
// show numbers episodes within seasons ("S02E05"), since "05" alone is five episodes.
import type { EpisodeSummary } from "../types";

type Numbered = Pick<EpisodeSummary, "numberText" | "season" | "seasonText">;

/** "S02E05" for an episode with a season, else the number as written ("005"), else "". */
export function numberLabel(episode: Numbered): string {
  if (episode.numberText === null) return "";
  if (episode.season === undefined || episode.season === null) return episode.numberText;
  return `S${episode.seasonText ?? String(episode.season)}E${episode.numberText}`;
}

/** Season, then number: S01E10 before S02E01; an episode without a season comes first. */
export function compareSeasonNumber(a: Pick<EpisodeSummary, "number" | "season">, b: Pick<EpisodeSummary, "number" | "season">): number {
  return (a.season ?? -1) - (b.season ?? -1) || (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER);
}
