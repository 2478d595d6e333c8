// "Assign to show…": claim an episode of no show (several shows could own it and nothing in
// it says which) by writing `office-hours: <show>` into its properties. The only edit is
// that one property, through processFrontMatter; a note whose properties cannot be read,
// or that changed while the host was choosing, is refused and left as it was.
import { Notice, TFile, type App } from "obsidian";
import type { EpisodeIndex } from "../../core/vault/episode-index";
import { MARKER_KEY } from "../../core/vault/classify";
import { isUnclaimed, markerFor } from "../../core/vault/no-show";
import { textFrontmatter } from "../vault/frontmatter";
import { openViewOf, setProperties } from "../live/note-writer";
import { askShow, type ShowPickerModal } from "../ui/show-picker";

export interface AssignDeps {
  app: App;
  index: () => EpisodeIndex;
  open: (modal: ShowPickerModal) => boolean;
}

/** The note is an episode of no show among several (what the command and the row offer to fix). */
export function canAssign(index: EpisodeIndex, path: string): boolean {
  const indexed = index.get(path);
  return indexed !== undefined && isUnclaimed(indexed.show, index.settings);
}

/** Read the note as it is on disk, unsaved typing saved first (processFrontMatter writes the file). */
async function savedText(app: App, file: TFile): Promise<string> {
  await openViewOf(app, file.path)?.save();
  return app.vault.read(file);
}

/** Why the note cannot be claimed as it reads now, or null. */
function refusal(deps: AssignDeps, path: string, text: string): string | null {
  const index = deps.index();
  const properties = textFrontmatter(text);
  if (properties.error !== undefined || (properties.data !== undefined && properties.data !== null && (typeof properties.data !== "object" || Array.isArray(properties.data)))) {
    return `The properties of ${path} cannot be read${properties.error ? ` (${properties.error})` : ""}; fix them first. Nothing was changed.`;
  }
  const read = index.classifier.classify(path, text, properties);
  if (read.kind !== "episode") return `${path} is not an episode note; nothing was changed.`;
  if (read.show) return `${path} is already an episode of ${read.show.name}; nothing was changed.`;
  if (!isUnclaimed(null, index.settings)) return `With one show set up, ${path} already counts as its episode; nothing was changed.`;
  return null;
}

/** Ask which show and claim the note for it. True when the property was written. */
export async function assignToShow(deps: AssignDeps, path: string): Promise<boolean> {
  const file = deps.app.vault.getFileByPath(path);
  if (!(file instanceof TFile)) {
    new Notice(`The note ${path} no longer exists.`);
    return false;
  }
  const before = await savedText(deps.app, file);
  const why = refusal(deps, path, before);
  if (why !== null) {
    new Notice(why, 10000);
    return false;
  }
  const index = deps.index();
  const shows = index.settings.shows;
  const show = await askShow(deps.app, deps.open, shows, index.classifier.candidatesFor(path), `Which show is “${file.basename}” an episode of?`);
  if (!show) return false;
  const marker = markerFor(show, deps.index().settings.shows);
  if (marker === null) {
    new Notice(`${show.name} cannot be named apart from another show (same code, name and id); give it its own code in the settings. Nothing was changed.`, 10000);
    return false;
  }
  // The host took time to choose: the note must still read as it did, and still be no show's.
  const now = await savedText(deps.app, file);
  if (now !== before) {
    new Notice(`${path} changed while the show was being chosen; nothing was written. Run “Assign to show…” again.`, 10000);
    return false;
  }
  const result = await setProperties(deps.app, file, (frontmatter) => {
    const current: unknown = frontmatter[MARKER_KEY];
    if (current !== undefined && current !== null && current !== "") return `${path} got an ${MARKER_KEY}: property meanwhile; nothing was written.`;
    frontmatter[MARKER_KEY] = marker;
    return null;
  });
  if (!result.ok) {
    new Notice(`${show.name} was not assigned: ${result.reason}`, 10000);
    return false;
  }
  new Notice(`${file.basename} is now an episode of ${show.name} (${MARKER_KEY}: ${marker}).`);
  return true;
}
