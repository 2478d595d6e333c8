// The episodes the show's index note plans (core/new-episode/planned.ts), from Obsidian's
// own reading of the note: its links in the metadata cache, and which of them resolve.
import { TFile, normalizePath, type App } from "obsidian";
import type { ShowSettings } from "../../core/settings/settings";
import { plannedEpisodes, type PlannedEpisode } from "../../core/new-episode/planned";

export function plannedInIndexNote(app: App, show: ShowSettings): PlannedEpisode[] {
  const setting = show.indexNote.trim();
  if (setting === "") return [];
  const file = app.vault.getAbstractFileByPath(normalizePath(setting.endsWith(".md") ? setting : `${setting}.md`));
  if (!(file instanceof TFile)) return [];
  const links = app.metadataCache.getFileCache(file)?.links ?? [];
  // A link to a note that exists is that note's: its number is counted from the note.
  const unresolved = links.map((l) => l.link).filter((link) => app.metadataCache.getFirstLinkpathDest(link.split("#")[0] ?? link, file.path) === null);
  return plannedEpisodes(unresolved, show, file.path);
}
