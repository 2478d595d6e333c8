// The settings page's offer of "Look for episodes only in the show folders". With shows
// set up by hand (no Detect), a note outside their folders with a task and a guest field
// (a "Dinner party" note with `Guests::` and a shopping list) is an episode until the
// setting is on. Detect proposes it only when no episode found would be lost; the page
// instead names what would stop being an episode, counted, so the user judges whether
// those notes are episodes or dinner parties, and turns it on with one click. Never for
// the untouched default show: a first-time user relies on "a task and a guest field make
// an episode, wherever it is".
import type { OfficeHoursSettings } from "./settings";
import { isUntouchedDefault } from "../detect/configured";
import { scopeProposal, type FoundEpisode } from "../detect/scope";

export interface ScopeOffer {
  /** The episodes outside every show folder, without the `office-hours:` property, sorted. */
  outside: string[];
  /** One line for the page: how many, the first few named. */
  line: string;
}

/** Notes named in the line; the rest are counted. */
const NAMED = 3;

/**
 * The offer, or null: the setting is on already, the index is not ready (`episodes` null),
 * no show is set up (the untouched default, or no show with a folder), or every episode
 * lies in a show folder or carries the property (then nothing is read as an episode by
 * mistake, and Detect shows proposes the setting on its own).
 */
export function scopeOffer(settings: OfficeHoursSettings, episodes: readonly FoundEpisode[] | null): ScopeOffer | null {
  if (settings.episodesOnlyInShowFolders || episodes === null || isUntouchedDefault(settings)) return null;
  const { outside } = scopeProposal(settings, [], episodes);
  if (outside.length === 0) return null;
  const names = outside.slice(0, NAMED).map((path) => path.replace(/\.md$/i, ""));
  const more = outside.length - names.length;
  const list = `${names.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
  const count = outside.length === 1 ? "1 note outside the show folders is read as an episode" : `${outside.length} notes outside the show folders are read as episodes`;
  return { outside, line: `${count} (a task and a guest field): ${list}. Turn this on if they are not episodes.` };
}
