// Going live and ending: the start and end instants go into the note's frontmatter
// through processFrontMatter (nothing else in the note changes), after checking the note
// still says what it said when the command started. Also the video URL pasted after the
// show. Which episode: see live-targets.ts.
import { Notice, TFile } from "obsidian";
import type { IndexedEpisode } from "../../core/vault/episode-index";
import { ENDED_KEY, LIVE_KEY, instantText } from "../../core/live/live-state";
import { formatTimecode } from "../../core/live/timecode";
import type { LiveService } from "./live-service";
import { setProperties } from "./note-writer";
import { askChoice } from "../ui/choice-modal";
import { isUnclaimed, unclaimedRefusal } from "../../core/vault/no-show";

/** A frontmatter value as the reader keeps it: trimmed text, or null when empty. */
function markOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (value instanceof Date) return instantText(value.getTime());
  return JSON.stringify(value);
}

function fileOf(service: LiveService, path: string): TFile | null {
  const file = service.app.vault.getFileByPath(path);
  if (file instanceof TFile) return file;
  new Notice(`The note ${path} no longer exists.`);
  return null;
}

const CHANGED = "The note's live: or ended: value changed since the command started (another device?); nothing was written. Try again.";

export async function goLive(service: LiveService, indexed: IndexedEpisode): Promise<void> {
  const { episode } = indexed;
  // An episode of no show among several: its clock, zone and chapter headings would be
  // another show's guess. Claiming it takes one click; going live on a guess cannot be undone.
  const settings = service.deps.settings();
  if (isUnclaimed(indexed.show, settings)) {
    const candidates = service.deps.indexer.index.classifier.candidatesFor(episode.path);
    new Notice(unclaimedRefusal(episode.basename, candidates, "it did not go live: its zone and chapter headings would be a guess"), 10000);
    return;
  }
  const state = service.stateOf(indexed);
  if (state.kind === "live") {
    new Notice(`${episode.basename} is already live (${formatTimecode(state.elapsed)} on air).`);
    await service.deps.openView(episode.path);
    return;
  }
  if (state.kind !== "off") {
    const why =
      state.kind === "ended"
        ? `The note says this show already went live and ended (${formatTimecode(state.duration)} on air).`
        : state.reason;
    const again = await askChoice(service.app, service.deps.modals, "Go live again?", `${why} Going live now replaces the recorded start${state.kind === "ended" ? " and end" : ""}.`, [
      { label: "Go live now", value: true, cta: true },
      { label: "Cancel", value: false },
    ]);
    if (!again) return;
  }
  const file = fileOf(service, episode.path);
  if (!file) return;
  const start = instantText(service.deps.clock.now().getTime());
  const result = await setProperties(service.app, file, (fm) => {
    if (markOf(fm[LIVE_KEY]) !== episode.live.start || markOf(fm[ENDED_KEY]) !== episode.live.end) return CHANGED;
    fm[LIVE_KEY] = start;
    if (ENDED_KEY in fm) delete fm[ENDED_KEY];
    return null;
  });
  if (!result.ok) {
    new Notice(`Could not go live: ${result.reason}`);
    return;
  }
  service.noteChanged(episode.path, null);
  await service.deps.openView(episode.path);
}

export async function endShow(service: LiveService, indexed: IndexedEpisode): Promise<void> {
  const { episode } = indexed;
  const state = service.stateOf(indexed);
  if (state.kind !== "live" && state.kind !== "stale") {
    new Notice(`${episode.basename} is not live, so there is no show to end.`);
    return;
  }
  const file = fileOf(service, episode.path);
  if (!file) return;
  const end = instantText(service.deps.clock.now().getTime());
  const result = await setProperties(service.app, file, (fm) => {
    if (markOf(fm[LIVE_KEY]) !== episode.live.start || markOf(fm[ENDED_KEY]) !== null) return CHANGED;
    fm[ENDED_KEY] = end;
    return null;
  });
  if (!result.ok) {
    new Notice(`Could not end the show: ${result.reason}`);
    return;
  }
  service.noteChanged(episode.path, null);
}

/** A link to the video, as the url property the snippets use. */
export function checkUrl(value: string): string | null {
  return /^https?:\/\/\S+$/i.test(value.trim()) ? null : "Paste the full video link, starting with https://.";
}

export async function setVideoUrl(service: LiveService, path: string, url: string): Promise<boolean> {
  const problem = checkUrl(url);
  if (problem !== null) {
    new Notice(problem);
    return false;
  }
  const file = fileOf(service, path);
  if (!file) return false;
  const result = await setProperties(service.app, file, (fm) => {
    fm.url = url.trim();
    return null;
  });
  if (!result.ok) new Notice(`The video link was not saved: ${result.reason}`);
  else service.noteChanged(path, null);
  return result.ok;
}
