// The short label of each show in the Guests view, as the Episodes view's chips and the
// vault report's Show column give it: a configured show's code, else the initials of its
// name ("Loki Community Calls" → LCC; chipCode), an unconfigured show's code ("GOH"), else
// the initials of its folder. The guests index names shows in full (from-index.ts); this
// maps each full name to its label, so the view draws "GOH, LCC" with the names on hover.
import type { IndexedEpisode } from "../vault/episode-index";
import type { ShowSettings } from "../settings/settings";
import { chipCode, initials } from "../sidebar/show-chips";
import { guestShowOf } from "./from-index";

/** Full show name → short label; a name it does not hold is its own label. */
export type ShowLabels = ReadonlyMap<string, string>;

/**
 * Labels for every show the episodes count under, and for the configured shows. Two shows
 * whose labels would be the same ("Linux Container Conf" and "Loki Community Calls", both
 * LCC) keep their full names: a filter offering "LCC" twice would name neither. Linear in
 * the episodes.
 */
export function guestShowLabels(episodes: readonly Pick<IndexedEpisode, "episode" | "show">[], shows: readonly ShowSettings[]): ShowLabels {
  const labels = new Map<string, string>();
  for (const show of shows) if (!labels.has(show.name)) labels.set(show.name, chipCode(show));
  for (const indexed of episodes) {
    const name = guestShowOf(indexed);
    if (name === null || labels.has(name)) continue;
    const { episode, show } = indexed;
    labels.set(name, show ? chipCode(show) : (episode.code ?? initials(name)));
  }
  const holders = new Map<string, number>();
  for (const label of labels.values()) holders.set(label, (holders.get(label) ?? 0) + 1);
  for (const [name, label] of labels) if ((holders.get(label) ?? 0) > 1 || label === "") labels.set(name, name);
  return labels;
}

/** The label of `show` in `labels`, or the name itself. */
export function showLabelOf(labels: ShowLabels, show: string): string {
  return labels.get(show) ?? show;
}
