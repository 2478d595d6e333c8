// After "Update episode list in index note" has listed an episode, its checklist item that
// asks for that update is done: ticked (core/index-note/update-item.ts says which), through
// the sidebar's tick (the open editor, else Vault.process; the item found again by what
// names it, refused when it changed), with the notice New episode gives for its own ticks.
import { Notice, TFile, type App } from "obsidian";
import type { ShowSettings } from "../../core/settings/settings";
import type { EpisodeIndex } from "../../core/vault/episode-index";
import { indexUpdateItem, newlyListed } from "../../core/index-note/update-item";
import { tickedNotice } from "../../core/new-episode/done-at-creation";
import { dayIn, tickTask } from "../episodes/tick";

/** `now`: the moment of the update (the plugin's clock); the items are dated by it in the show's zone. */
export async function tickIndexItems(app: App, show: ShowSettings, index: EpisodeIndex, indexPath: string, before: string, after: string, now: Date): Promise<void> {
  // The same setting as New episode's ticks: a host who keeps such items open keeps these too.
  if (!index.classifier.settings.tickDoneAtCreation) return;
  const episodes = index.episodesOf(show).map((e) => e.episode);
  const listed = new Set(newlyListed(before, after, episodes.map((e) => e.basename)));
  for (const episode of episodes) {
    if (!listed.has(episode.basename)) continue;
    const tasks = episode.open.tasks();
    const at = indexUpdateItem(tasks, indexPath);
    const task = tasks[at];
    const ref = at < 0 ? undefined : episode.open.refs(episode.sections)[at];
    const file = app.vault.getAbstractFileByPath(episode.path);
    if (!task || !ref || !(file instanceof TFile)) continue;
    const result = await tickTask(app, file, ref, "done", dayIn({ now: () => now }, show.schedule.timeZone));
    if (result.ok) new Notice(tickedNotice(file.basename, "updating the episode list", [task.text]), 10000);
    else new Notice(`“${task.text}” in ${file.basename} was left open: ${result.reason}`, 10000);
  }
}
