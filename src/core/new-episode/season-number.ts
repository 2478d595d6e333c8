// The episode number the form shows when the user changes the Season. A number the user
// typed is theirs: it stays whatever the season (the clash check says if that season has
// it already). Only while the field still holds the number the form proposed (or nothing)
// does it follow the season: that season's next, counting the notes named in the series
// that are not episodes (`others`), as the first proposal does.
import type { Numbered } from "../vault/numbering";
import { nextInSeason, type ShowEpisodeFacts } from "./new-episode";
import { MAX_NUMBER_IN_SEASON } from "./number-limit";

export interface SeasonNumber {
  /** What the number field holds now. */
  number: number | null;
  /** What the form proposed last: while the field holds it, it is not the user's. */
  proposed: number | null;
}

export function numberForSeason(
  current: SeasonNumber,
  season: number | null,
  existing: readonly ShowEpisodeFacts[],
  others: readonly Numbered[] = [],
): SeasonNumber {
  const typed = current.number !== null && current.number !== current.proposed;
  if (typed || season === null || !Number.isInteger(season)) return current;
  const next = nextInSeason(season, existing, others, MAX_NUMBER_IN_SEASON);
  return { number: next, proposed: next };
}
