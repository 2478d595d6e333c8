// "Assign to show…": claim an episode of no show (several shows could own it and nothing in
// it says which) by writing `office-hours: <show>` into its properties. The only edit is
// that one property, through processFrontMatter; a note whose properties cannot be read,
// or that changed while the host was choosing, is refused and left as it was.
// Go live and Reschedule use the same steps (claimForCommand): at show time a refusal
// that sends the host to another command is the worst answer, so they ask and go on.
import { Notice, TFile, type App } from "obsidian";
import type { EpisodeIndex } from "../../core/vault/episode-index";
import type { ShowSettings } from "../../core/settings/settings";
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

/** A note about to be claimed: its text as read before the question, to compare with after it. */
interface Claimable {
  file: TFile;
  before: string;
}

/** What a claim wrote. */
export interface Claimed {
  show: ShowSettings;
  /** The value written to `office-hours:` (the code, else the name or id: markerFor). */
  marker: string;
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

/** The note, saved and checked, ready for the question; null after a notice saying why not. */
async function claimable(deps: AssignDeps, path: string): Promise<Claimable | null> {
  const file = deps.app.vault.getFileByPath(path);
  if (!(file instanceof TFile)) {
    new Notice(`The note ${path} no longer exists.`);
    return null;
  }
  const before = await savedText(deps.app, file);
  const why = refusal(deps, path, before);
  if (why !== null) {
    new Notice(why, 10000);
    return null;
  }
  return { file, before };
}

/** Which show: the shows sharing the note's folder first (askShow). Null when dismissed. */
function chooseShow(deps: AssignDeps, path: string, placeholder: string): Promise<ShowSettings | null> {
  const index = deps.index();
  return askShow(deps.app, deps.open, index.settings.shows, index.classifier.candidatesFor(path), placeholder);
}

/**
 * Write `office-hours:` for `show`, if the note still reads as it did before the question
 * and still has no marker. `again` is the command to run again when it changed. Null after
 * a notice saying why nothing was written.
 */
async function claim(deps: AssignDeps, note: Claimable, show: ShowSettings, again: string): Promise<Claimed | null> {
  const { file, before } = note;
  const path = file.path;
  const marker = markerFor(show, deps.index().settings.shows);
  if (marker === null) {
    new Notice(`${show.name} cannot be named apart from another show (same code, name and id); give it its own code in the settings. Nothing was changed.`, 10000);
    return null;
  }
  // The host took time to choose: the note must still read as it did, and still be no show's.
  const now = await savedText(deps.app, file);
  if (now !== before) {
    new Notice(`${path} changed while the show was being chosen; nothing was written. Run “${again}” again.`, 10000);
    return null;
  }
  const result = await setProperties(deps.app, file, (frontmatter) => {
    const current: unknown = frontmatter[MARKER_KEY];
    if (current !== undefined && current !== null && current !== "") return `${path} got an ${MARKER_KEY}: property meanwhile; nothing was written.`;
    frontmatter[MARKER_KEY] = marker;
    return null;
  });
  if (!result.ok) {
    new Notice(`${show.name} was not assigned: ${result.reason}`, 10000);
    return null;
  }
  return { show, marker };
}

/** Ask which show and claim the note for it. True when the property was written. */
export async function assignToShow(deps: AssignDeps, path: string): Promise<boolean> {
  const note = await claimable(deps, path);
  if (!note) return false;
  const show = await chooseShow(deps, path, `Which show is “${note.file.basename}” an episode of?`);
  if (!show) return false;
  const claimed = await claim(deps, note, show, "Assign to show…");
  if (!claimed) return false;
  new Notice(`${note.file.basename} is now an episode of ${show.name} (${MARKER_KEY}: ${claimed.marker}).`);
  return true;
}

/**
 * For a command that needs the note's own show (Go live, Reschedule episode): ask which
 * show, claim the note for it as "Assign to show…" does, and hand the show back so the
 * command goes on as for any episode of it. `command` names it in the notices ("Go live").
 * Null after a notice: dismissed, refused, or nothing written.
 */
export async function claimForCommand(deps: AssignDeps, path: string, command: string): Promise<Claimed | null> {
  const note = await claimable(deps, path);
  if (!note) return null;
  const name = note.file.basename;
  const show = await chooseShow(deps, path, `“${name}” belongs to no show: which show's episode is it? (${command} goes on as that show's)`);
  if (!show) {
    new Notice(`No show was chosen, so ${command} did nothing: “${name}” was not changed.`);
    return null;
  }
  const claimed = await claim(deps, note, show, command);
  if (!claimed) return null;
  new Notice(`${name} is now an episode of ${show.name} (${MARKER_KEY}: ${claimed.marker}).`);
  return claimed;
}
