// "Assign to show…": claim an episode of no show (several shows could own it and nothing in
// it says which) by writing `office-hours: <show>` into its properties. The only edit is
// that one line (writeMarks: the host's comments in the properties stay; processFrontMatter
// only where a line edit is not safe); a note whose properties cannot be read, or that
// changed while the host was choosing, is refused and left as it was.
// Go live and Reschedule ask the same question (chooseForCommand): at show time a refusal
// that sends the host to another command is the worst answer, so they ask and go on, and
// write the claim only once every question of theirs is answered.
import { Notice, TFile, type App } from "obsidian";
import type { EpisodeIndex } from "../../core/vault/episode-index";
import type { ShowSettings } from "../../core/settings/settings";
import { MARKER_KEY } from "../../core/vault/classify";
import { isUnclaimed, markerFor } from "../../core/vault/no-show";
import { textFrontmatter } from "../vault/frontmatter";
import { openViewOf, writeMarks } from "../live/note-writer";
import { RECHECK, type MarkChange } from "../../core/live/mark-lines";
import { askShow, type ShowPickerModal } from "../ui/show-picker";
import { findShowIn } from "../../core/vault/show-lookup";

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

/** A show chosen for the note, not written yet: the command asks what else it must first. */
export interface ShowChoice {
  file: TFile;
  show: ShowSettings;
  /** The value to write to `office-hours:` (the code, else the name or id: markerFor). */
  marker: string;
}

/**
 * The note still reads as it did before the question (the host took time to choose), and
 * a marker names the show apart from the others. Null after a notice saying why not.
 */
async function chosen(deps: AssignDeps, note: Claimable, show: ShowSettings, again: string): Promise<ShowChoice | null> {
  const { file, before } = note;
  const marker = markerFor(show, deps.index().settings.shows);
  if (marker === null) {
    new Notice(`${show.name} cannot be named apart from another show (same code, name and id); give it its own code in the settings. Nothing was changed.`, 10000);
    return null;
  }
  if ((await savedText(deps.app, file)) !== before) {
    new Notice(`${file.path} changed while the show was being chosen; nothing was written. Run “${again}” again.`, 10000);
    return null;
  }
  return { file, show, marker };
}

/** The claim as one change of writeMarks: `office-hours:` is written when it is still empty. */
export const claimChange = (choice: ShowChoice): MarkChange => ({ key: MARKER_KEY, value: choice.marker });

/**
 * What the note's `office-hours:` value `current` means for the claim: written while it is
 * empty, left as it is when another device wrote the same show meanwhile (its spelling
 * stays), else a refusal saying why nothing is written.
 */
export function claimState(choice: ShowChoice, shows: readonly ShowSettings[], current: unknown): ClaimState {
  if (current === undefined || current === null || current === "") return { write: true, refusal: null };
  const named = typeof current === "string" ? findShowIn(shows, current.trim()) : undefined;
  if (named === choice.show) return { write: false, refusal: null };
  const refusal = `${choice.file.path} got ${MARKER_KEY}: ${typeof current === "string" ? current : JSON.stringify(current)} meanwhile (another device?), not ${choice.show.name}; nothing was written.`;
  return { write: false, refusal };
}

/** Whether the claim is still to be written, and why nothing may be written (null: go on). */
export interface ClaimState {
  write: boolean;
  refusal: string | null;
}

/**
 * Write `office-hours:` for the chosen show as one line edit (writeMarks: the host's
 * comments and the rest of the properties stay as written; processFrontMatter only where
 * a line edit is not safe), if the note is still an episode of no show. Null after a
 * notice saying why nothing was written.
 */
export async function writeClaim(deps: AssignDeps, choice: ShowChoice): Promise<Claimed | null> {
  const { file, show, marker } = choice;
  const why = refusal(deps, file.path, await savedText(deps.app, file));
  if (why !== null) {
    new Notice(`${show.name} was not assigned: ${why}`, 10000);
    return null;
  }
  const result = await writeMarks(
    deps.app,
    file,
    [MARKER_KEY],
    // As written: any value there is judged again on the parsed frontmatter (`~` is empty to YAML).
    (v) => (v[MARKER_KEY] === null ? null : RECHECK),
    [claimChange(choice)],
    (frontmatter) => {
      const state = claimState(choice, deps.index().settings.shows, frontmatter[MARKER_KEY]);
      if (state.write) frontmatter[MARKER_KEY] = marker;
      return state.refusal;
    },
  );
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
  const choice = await chosen(deps, note, show, "Assign to show…");
  const claimed = choice ? await writeClaim(deps, choice) : null;
  if (!claimed) return false;
  new Notice(`${note.file.basename} is now an episode of ${show.name} (${MARKER_KEY}: ${claimed.marker}).`);
  return true;
}

/**
 * For a command that needs the note's own show (Go live, Reschedule episode): ask which
 * show, as "Assign to show…" does, and hand the choice back unwritten: the command asks
 * its own questions first and writes the claim with its own change (writeClaim, or
 * claimChange beside its marks), so a Cancel anywhere leaves the note as it was.
 * `command` names it in the notices ("Go live"). Null after a notice: dismissed or refused.
 */
export async function chooseForCommand(deps: AssignDeps, path: string, command: string): Promise<ShowChoice | null> {
  const note = await claimable(deps, path);
  if (!note) return null;
  const name = note.file.basename;
  const show = await chooseShow(deps, path, `“${name}” belongs to no show: which show's episode is it? (${command} goes on as that show's)`);
  if (!show) {
    new Notice(`No show was chosen, so ${command} did nothing: “${name}” was not changed.`);
    return null;
  }
  return chosen(deps, note, show, command);
}
