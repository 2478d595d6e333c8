// Whether "Detect shows" proposes "Look for episodes only in the show folders". That
// setting lets the first index settle every note outside the show folders from
// Obsidian's cached properties, but outside them only the `office-hours:` property then
// makes an episode. So it is proposed only when nothing found today would be lost: every
// episode lies in a folder of a show the settings would hold after accepting, or carries
// the property. A user who already turned it on keeps it; nothing here turns it off.
import type { OfficeHoursSettings } from "../settings/settings";
import { cleanFolder, isUnder } from "../vault/classify";
import type { EpisodeIndex } from "../vault/episode-index";
import { mergeProposals } from "./merge";
import type { ProposedShow } from "./types";

/** An episode the vault holds now: its path, and whether its properties carry the `office-hours:` marker. */
export interface FoundEpisode {
  path: string;
  marked: boolean;
}

export interface ScopeProposal {
  /** The rule: some show has a folder and no episode found lies outside the folders unmarked. */
  propose: boolean;
  /** What the review's toggle starts at and `--write` stores: the proposal, or on when it is on already. */
  on: boolean;
  /** The setting was on before detection. */
  alreadyOn: boolean;
  /** One line for the user: why it is proposed, or which episodes stand in the way. */
  reason: string;
  /** Episodes that would no longer be found with it on (outside every show folder, no marker), sorted; none without a show folder. */
  outside: string[];
}

/** The index's episodes as the rule takes them. */
export function foundEpisodes(index: Pick<EpisodeIndex, "all">): FoundEpisode[] {
  return index.all().map(({ episode }) => ({ path: episode.path, marked: episode.marker !== null && episode.marker !== false }));
}

/** Episodes named in a reason; the rest are counted. */
const NAMED = 3;

/**
 * `episodes`: what the vault holds as episodes now (the index, classified with the current
 * settings), or null while that is not known yet (the first index still runs): then it is
 * not proposed. The accepted proposals' own episodes are added to them. The folders are those
 * of the settings after accepting `accepted`, as mergeProposals makes them.
 */
export function scopeProposal(settings: OfficeHoursSettings, accepted: readonly ProposedShow[], episodes: readonly FoundEpisode[] | null): ScopeProposal {
  const alreadyOn = settings.episodesOnlyInShowFolders;
  if (episodes === null) {
    const reason = `${alreadyOn ? "You turned it on; it stays on. " : ""}The vault is still being indexed: run Detect shows again once it is done to know whether every episode is in a show folder.`;
    return { propose: false, on: alreadyOn, alreadyOn, reason, outside: [] };
  }
  const marked = new Map<string, boolean>();
  for (const episode of episodes) marked.set(episode.path, (marked.get(episode.path) ?? false) || episode.marked);
  for (const proposal of accepted) for (const path of proposal.episodes) if (!marked.has(path)) marked.set(path, false);

  const after = accepted.length > 0 ? mergeProposals(settings, accepted).settings : settings;
  const folders = [...new Set(after.shows.map((s) => cleanFolder(s.folder)).filter((f) => f !== ""))];
  // Without a show folder the setting changes nothing (the classifier ignores it): no episode is lost.
  const outside = [...marked]
    .filter(() => folders.length > 0)
    .filter(([path, mark]) => !mark && !folders.some((folder) => isUnder(path, folder)))
    .map(([path]) => path)
    .sort();
  // Zero episodes are no evidence of where episodes live: proposed, it would hide the notes a
  // newcomer writes later outside the example show's folder.
  const propose = folders.length > 0 && outside.length === 0 && marked.size > 0;
  const on = propose || alreadyOn;
  return { propose, on, alreadyOn, reason: reasonFor(folders.length, outside, marked.size, alreadyOn), outside };
}

function reasonFor(folders: number, outside: readonly string[], found: number, alreadyOn: boolean): string {
  const kept = alreadyOn ? "You turned it on; it stays on. " : "";
  if (folders === 0) return `${kept}No show has a folder, so it would change nothing.`;
  if (found === 0) return `${kept}No episode was found yet, so nothing says where your episodes live.`;
  if (outside.length === 0) {
    const what = found === 1 ? "The one episode found is" : `All ${found} episodes found are`;
    return `${what} in the show folders or carry the office-hours: property: the other notes need not be read.`;
  }
  const names = outside.slice(0, NAMED).map((p) => p.replace(/\.md$/i, ""));
  const more = outside.length - names.length;
  const list = `${names.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
  const count = outside.length === 1 ? "1 episode lies" : `${outside.length} episodes lie`;
  return `${kept}${count} outside the show folders and would no longer be found: ${list}.`;
}

/** The setting's name, as the settings tab and the review show it. */
export const SCOPE_SETTING = "Look for episodes only in the show folders";

/** The command line's line for it. */
export function scopeLine(scope: ScopeProposal): string {
  return `${SCOPE_SETTING}: ${scope.on ? "on" : "off"}. ${scope.reason}`;
}
