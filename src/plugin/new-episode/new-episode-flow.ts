// From the command to an open note: form, template, one vault.create, open. Never
// overwrites: an existing note at the path, or one whose name only looks different
// (case, Unicode form, trailing spaces or dots: the same file on other devices), is
// offered to be opened instead, or a free name is used.
import { Notice, TFile, TFolder, normalizePath, type App, type TAbstractFile } from "obsidian";
import { defaultSettings, type ShowSettings } from "../../core/settings/settings";
import { isUntouchedDefault } from "../../core/detect/configured";
import { planEpisode, suggestDraft, type EpisodeDraft, type ShowEpisodeFacts } from "../../core/new-episode/new-episode";
import type { FormFacts } from "../../core/new-episode/taken-meanwhile";
import { freePath } from "../../core/new-episode/naming";
import { busySlotsFor } from "../../core/deadlines/conflicts";
import { todayIn } from "../../core/note/dates";
import { existingFolderSpelling, lookAlikeFiles, type FolderEntry } from "../../core/new-episode/look-alike";
import type { EpisodeIndex } from "../../core/vault/episode-index";
import type { Clock } from "../clock";
import { tickDoneAtCreation, tickedNotice } from "../../core/new-episode/done-at-creation";
import { NewEpisodeModal } from "./new-episode-modal";
import type { FormNotes } from "./form-notes";
import { plannedInIndexNote } from "./planned-links";
import { askChoice } from "../ui/choice-modal";
import type { OpenModals } from "../ui/open-modals";
import type { GuestFormHelp } from "../guests/guest-name-suggest";

export function startNewEpisode(
  app: App,
  show: ShowSettings,
  index: EpisodeIndex,
  clock: Clock,
  modals: OpenModals,
  /** Guests to fill in ("Invite to an episode"), the guests index's help for the field, and whether to tick the items creating the note did (the setting). */
  guests: { names?: string[]; help?: GuestFormHelp; tickDone?: boolean } = {},
): void {
  // Read when the form opens and again at Create: a note synced in meanwhile may take the number or the slot.
  const facts = (): FormFacts => ({
    existing: index
      .episodesOf(show)
      .map(({ episode }) => ({ number: episode.number, season: episode.season ?? null, date: episode.date, path: episode.path, time: episode.time })),
    busy: busySlotsFor(show, index.all(), todayIn(clock.now(), show.schedule.timeZone)),
    others: index.namedNotes().filter((n) => n.show?.id === show.id),
  });
  const { existing, busy, others } = facts();
  // Guest notes are created once the episode is: both may create the same folders.
  let created: Promise<unknown> = Promise.resolve();
  const help = guests.help;
  // Episodes the index note plans (no note yet): the form names the one its number is, and
  // offers to make it or to take the next number nobody plans.
  const planned = plannedInIndexNote(app, show);
  const modal = new NewEpisodeModal(
    app,
    show,
    {
      ...suggestDraft(
        show,
        existing,
        clock.now(),
        others,
        busy,
      ),
      guests: guests.names ?? [],
    },
    existing,
    () => clock.now(),
    (draft) => {
      created = createEpisode(app, show, draft, clock, modals, facts().existing, guests.tickDone ?? true).catch((error: unknown) => {
        new Notice(`Office Hours could not create the episode: ${error instanceof Error ? error.message : String(error)}`);
      });
    },
    { ...formNotes(app, show), planned },
    help ? { ...help, createNotes: (names) => void created.then(() => help.createNotes(names)) } : null,
    busy,
    others,
    facts,
  );
  modals.open(modal);
}

export async function createEpisode(
  app: App,
  show: ShowSettings,
  draft: EpisodeDraft,
  clock: Clock,
  modals: OpenModals,
  episodes: readonly ShowEpisodeFacts[] = [],
  tickDone = true,
): Promise<TFile | null> {
  const template = await readTemplate(app, show);
  const plan = planEpisode(draft, show, template, clock.now(), "en", episodes);
  // Ticked in the text before it is written: no second write, nothing of the user's touched.
  const done = tickDone ? tickDoneAtCreation(plan.content) : { content: plan.content, ticked: [] };
  const list = (folder: string) => folderEntries(app, folder);
  const planned = normalizePath(plan.path);
  const slash = planned.lastIndexOf("/");
  // Into the folder that is already there when only its spelling differs ("office hours").
  let path = slash < 0 ? planned : normalizePath(`${existingFolderSpelling(planned.slice(0, slash), list)}/${planned.slice(slash + 1)}`);
  const taken = (candidate: string) => app.vault.getAbstractFileByPath(candidate) !== null || lookAlikeFiles(candidate, list).length > 0;
  // Checked again after each write that failed: a note made meanwhile at that name (a
  // second run of the command, a sync) is offered like one that was there from the start.
  let file: TFile | null = null;
  for (let attempt = 0; file === null; attempt++) {
    const existing = app.vault.getFileByPath(path) ?? lookAlikeFiles(path, list).map((p) => entryAt(app, p)).find((f) => f instanceof TFile);
    if (existing) {
      const free = freePath(path, (candidate) => taken(normalizePath(candidate)));
      const message =
        existing.path === path
          ? `${path} already exists. Nothing was changed.`
          : `${existing.path} already exists: its name differs from “${path}” only in case, accents' encoding or trailing spaces and dots, which other devices and Sync treat as the same name. Nothing was changed.`;
      const choice = await askChoice(app, modals, "This episode note already exists", message, [
        { label: "Open it", value: "open" as const, cta: true },
        { label: `Create “${free.slice(free.lastIndexOf("/") + 1, -3)}”`, value: "free" as const },
      ]);
      if (choice === "open") {
        await app.workspace.getLeaf(false).openFile(existing);
        return existing;
      }
      if (choice !== "free") return null;
      path = normalizePath(free);
    }
    await ensureFolder(app, path.slice(0, Math.max(0, path.lastIndexOf("/"))));
    try {
      file = await app.vault.create(path, done.content);
    } catch (error) {
      // Only a note that is there now is asked about; any other failure is reported.
      if (attempt >= 2 || !(app.vault.getAbstractFileByPath(path) instanceof TFile)) throw error;
    }
  }
  await app.workspace.getLeaf(false).openFile(file);
  if (done.ticked.length > 0) {
    new Notice(tickedNotice(file.basename, "creating the note", done.ticked), 10000);
  }
  if (plan.unresolved.length > 0) {
    new Notice(`Office Hours left these template parts as written: ${plan.unresolved.join(", ")}`, 10000);
  }
  if (plan.deadlineProblems.length > 0) {
    new Notice(`Office Hours left these checklist deadlines as written: ${plan.deadlineProblems.join(" ")}`, 10000);
  }
  return file;
}

/** The show's folder or template note, when they do not exist: the form says so before anything is written. */
function formNotes(app: App, show: ShowSettings): FormNotes {
  const notes: FormNotes = {};
  const folder = show.folder.trim();
  if (folder !== "" && folder !== "/") {
    // A folder there under another spelling ("office hours") is used as it is, not created.
    const spelled = existingFolderSpelling(normalizePath(folder), (f) => folderEntries(app, f));
    if (!entryAt(app, spelled)) notes.missingFolder = normalizePath(folder);
  }
  if (show.template.trim() !== "" && !app.vault.getFileByPath(templatePath(show))) notes.missingTemplate = templatePath(show);
  // The show a first-time user starts with is an example, not theirs: say where to make it theirs.
  if (isUntouchedDefault({ ...defaultSettings(show.schedule.timeZone), shows: [show] })) notes.exampleShow = true;
  return notes;
}

function templatePath(show: ShowSettings): string {
  return normalizePath(show.template.endsWith(".md") ? show.template : `${show.template}.md`);
}

async function readTemplate(app: App, show: ShowSettings): Promise<string | null> {
  if (show.template.trim() === "") return null;
  const path = templatePath(show);
  const file = app.vault.getFileByPath(path);
  if (!file) {
    new Notice(`The template note “${path}” was not found, so the built-in template was used.`);
    return null;
  }
  return app.vault.cachedRead(file);
}

/**
 * The file or folder at `path`, found by walking down from the root by exact names: a
 * look-alike's path may be spelled in a form (NFD) that path lookups normalise away.
 */
function entryAt(app: App, path: string): TAbstractFile | null {
  let found: TAbstractFile = app.vault.getRoot();
  for (const name of path.split("/").filter((s) => s !== "")) {
    const next: TAbstractFile | undefined = found instanceof TFolder ? found.children.find((child) => child.name === name) : undefined;
    if (!next) return null;
    found = next;
  }
  return found;
}

function folderEntries(app: App, folder: string): FolderEntry[] | null {
  const found = entryAt(app, folder);
  return found instanceof TFolder ? found.children.map((child) => ({ name: child.name, isFolder: child instanceof TFolder })) : null;
}

async function ensureFolder(app: App, folder: string): Promise<void> {
  if (folder === "") return;
  let current = "";
  for (const part of folder.split("/")) {
    current = current === "" ? part : `${current}/${part}`;
    const found = app.vault.getAbstractFileByPath(current);
    if (found instanceof TFile) throw new Error(`“${current}” is a file, so the episode folder cannot be created there.`);
    // Made meanwhile (a second run of the command, a sync, the guest notes' folders): it is there, which is all that is needed.
    if (!found) await app.vault.createFolder(current).catch((error: unknown) => {
      if (!(app.vault.getAbstractFileByPath(current) instanceof TFolder)) throw error;
    });
  }
}
