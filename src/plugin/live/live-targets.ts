// Which episode a live command is for. "Go live": the open episode note, else the host
// picks one, the episode whose slot is nearest to now proposed first. The other commands:
// the live episode; with two live at once they ask which.
import { Notice } from "obsidian";
import type { IndexedEpisode } from "../../core/vault/episode-index";
import { byNearestSlot } from "../../core/live/nearest";
import { defaultShow } from "../../core/settings/settings";
import { EpisodePickerModal } from "../ui/episode-picker";
import type { LiveService } from "./live-service";
import { noEpisodesNotice } from "../commands";
import { placedRules } from "../../core/vault/no-show";
import { localTimeZone } from "../clock";

function pick(service: LiveService, episodes: IndexedEpisode[], placeholder: string): Promise<IndexedEpisode | null> {
  return new Promise((resolve) => {
    if (!service.deps.modals.open(new EpisodePickerModal(service.app, episodes, resolve, placeholder, true))) resolve(null);
  });
}

/** The episode of the note in the active tab, if it is one. */
export function activeEpisode(service: LiveService): IndexedEpisode | null {
  const file = service.app.workspace.getActiveFile();
  return file ? (service.deps.indexer.index.get(file.path) ?? null) : null;
}

export async function goLiveTarget(service: LiveService): Promise<IndexedEpisode | null> {
  const here = activeEpisode(service);
  if (here) return here;
  const all = service.deps.indexer.index.all();
  if (all.length === 0) {
    new Notice(noEpisodesNotice(service.deps.settings().shows));
    return null;
  }
  // An episode of no show among several is ordered by a neutral slot (13:00 in the zone all
  // shows share, else the device's), not the first show's.
  const settings = service.deps.settings();
  const loose = placedRules(null, settings, localTimeZone());
  const fallback = loose.show ?? { ...defaultShow(loose.schedule.timeZone), schedule: { ...defaultShow().schedule, ...loose.schedule } };
  const ordered = byNearestSlot(all, service.deps.clock.now().getTime(), fallback);
  return pick(service, ordered, "Which episode goes live? (nearest slot first)");
}

/** The live episode, asking which when several are; `extra` adds non-live candidates (an ended show to shift). */
export async function liveTarget(service: LiveService, what: string, extra: (e: IndexedEpisode) => boolean = () => false): Promise<IndexedEpisode | null> {
  const here = activeEpisode(service);
  const candidates = service.deps.indexer.index.all().filter((e) => service.stateOf(e).kind === "live" || extra(e));
  if (candidates.length === 0) {
    new Notice("No episode is live yet: open the episode's note and start the show with the go-live command.");
    return null;
  }
  if (candidates.length === 1) return candidates[0] ?? null;
  // The open note first: it is most likely the one meant.
  const ordered = [...candidates].sort((a, b) => Number(b === here) - Number(a === here));
  return pick(service, ordered, `${candidates.length} episodes are live: ${what}`);
}
