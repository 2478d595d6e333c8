// "Go live" outside an episode note asks which episode, proposing first the one whose
// slot (date and time in its show's zone) is nearest to now, before or after.
import type { EpisodeSummary } from "../types";
import type { ShowSettings } from "../settings/settings";
import { episodeStart } from "../new-episode/template/episode-values";
import { episodeFacts } from "../snippets/context";

export interface ShowEpisode {
  episode: EpisodeSummary;
  show: ShowSettings | null;
}

export function byNearestSlot<T extends ShowEpisode>(items: readonly T[], nowMs: number, fallback: ShowSettings): T[] {
  const distance = new Map<T, number>();
  for (const item of items) {
    const start = episodeStart(episodeFacts(item.episode), item.show ?? fallback);
    distance.set(item, start ? Math.abs(start.getTime() - nowMs) : Number.POSITIVE_INFINITY);
  }
  return [...items].sort((a, b) => (distance.get(a) ?? 0) - (distance.get(b) ?? 0) || (a.episode.path < b.episode.path ? -1 : 1));
}
