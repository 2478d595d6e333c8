// How an episode is named in a list (the episode picker, the index note): its note's
// name, its date, and the guests the name does not already carry. "GOH 25 - …, with
// Nikola Grcevski" followed by "with Nikola Grcevski" named the guest twice.
import type { EpisodeSummary, Guest } from "../types";
import { joinNames } from "../new-episode/naming";
import { dropDiacritics } from "../text/fold";

/** Lower case without accents or runs of spaces: how a name is looked for in a title. */
function fold(text: string): string {
  return dropDiacritics(text)
    .replace(/\s+/g, " ")
    .toLowerCase();
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Does the folded `title` hold the folded `name` as whole words? "Ana" is not in "Grafana
 * Faro", nor "Al" in "Grafana Alloy": a guest named so was left out of the label and the
 * index note's line as if the title named them.
 */
function holdsName(title: string, name: string): boolean {
  if (name === "") return true;
  const startsWord = WORD.test(name.charAt(0));
  const endsWord = WORD.test(name.charAt(name.length - 1));
  for (let at = title.indexOf(name); at >= 0; at = title.indexOf(name, at + 1)) {
    const before = at === 0 || !startsWord || !WORD.test(title.charAt(at - 1));
    const after = at + name.length === title.length || !endsWord || !WORD.test(title.charAt(at + name.length));
    if (before && after) return true;
  }
  return false;
}

/** The guests whose names `title` does not already hold. */
export function guestsNotIn(title: string, guests: readonly Guest[]): Guest[] {
  const folded = fold(title);
  return guests.filter((g) => !holdsName(folded, fold(g.name)));
}

/** The same for plain names. */
export function namesNotIn(title: string, names: readonly string[]): string[] {
  const folded = fold(title);
  return names.filter((name) => !holdsName(folded, fold(name)));
}

/** "GOH 25 - Topic, with Ann Lee (2024-01-05)", "OH 03 - Tempo (2025-06-13) with Ann Lee". */
export function episodeLabel(episode: Pick<EpisodeSummary, "basename" | "guests" | "date">): string {
  const others = guestsNotIn(episode.basename, episode.guests).map((g) => g.name);
  const date = episode.date ? ` (${episode.date})` : "";
  return `${episode.basename}${date}${others.length > 0 ? ` with ${joinNames(others)}` : ""}`;
}
