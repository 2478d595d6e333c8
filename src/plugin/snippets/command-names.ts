// The new-episode command as the palette lists it, for notices that send the user there.
// Named as commands.ts registers it: "New <show> episode" with one show, "New episode" with
// several. (mends7 adds the same helper to commands.ts; once both are in, this file should
// re-export it from there so the name has one source.)
import type { ShowSettings } from "../../core/settings/settings";

export function newEpisodeCommandName(shows: readonly ShowSettings[]): string {
  const only = shows.length === 1 ? shows[0] : undefined;
  return only ? `New ${only.name} episode` : "New episode";
}

/** What a command that needs an episode says when the vault has none. */
export function noEpisodesNotice(shows: readonly ShowSettings[]): string {
  return `No episode notes found yet. Create one with “${newEpisodeCommandName(shows)}” in the command palette.`;
}
