// From the command to an open note: form, template, one vault.create, open. Never
// overwrites: an existing note at the path is offered to be opened instead, or a
// free name is used.
import { Notice, TFile, normalizePath, type App } from "obsidian";
import type { ShowSettings } from "../../core/settings/settings";
import { planEpisode, suggestDraft, type EpisodeDraft, type ShowEpisodeFacts } from "../../core/new-episode/new-episode";
import { freePath } from "../../core/new-episode/naming";
import type { EpisodeIndex } from "../../core/vault/episode-index";
import type { Clock } from "../clock";
import { NewEpisodeModal, type FormNotes } from "./new-episode-modal";
import { askChoice } from "../ui/choice-modal";

export function startNewEpisode(app: App, show: ShowSettings, index: EpisodeIndex, clock: Clock): NewEpisodeModal {
  const existing: ShowEpisodeFacts[] = index
    .episodesOf(show)
    .map(({ episode }) => ({ number: episode.number, date: episode.date, path: episode.path }));
  const modal = new NewEpisodeModal(
    app,
    show,
    suggestDraft(show, existing, clock.now()),
    existing,
    () => clock.now(),
    (draft) => {
      void createEpisode(app, show, draft, clock).catch((error: unknown) => {
        new Notice(`Office Hours could not create the episode: ${error instanceof Error ? error.message : String(error)}`);
      });
    },
    formNotes(app, show),
  );
  modal.open();
  return modal;
}

export async function createEpisode(app: App, show: ShowSettings, draft: EpisodeDraft, clock: Clock): Promise<TFile | null> {
  const template = await readTemplate(app, show);
  const plan = planEpisode(draft, show, template, clock.now(), "en");
  let path = normalizePath(plan.path);
  const existing = app.vault.getFileByPath(path);
  if (existing) {
    const free = freePath(path, (candidate) => app.vault.getAbstractFileByPath(normalizePath(candidate)) !== null);
    const choice = await askChoice(app, "This episode note already exists", `${path} already exists. Nothing was changed.`, [
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
  const file = await app.vault.create(path, plan.content);
  await app.workspace.getLeaf(false).openFile(file);
  if (plan.unresolved.length > 0) {
    new Notice(`Office Hours left these template parts as written: ${plan.unresolved.join(", ")}`, 10000);
  }
  return file;
}

/** The show's folder or template note, when they do not exist: the form says so before anything is written. */
function formNotes(app: App, show: ShowSettings): FormNotes {
  const notes: FormNotes = {};
  const folder = show.folder.trim();
  if (folder !== "" && folder !== "/" && !app.vault.getFolderByPath(normalizePath(folder))) notes.missingFolder = normalizePath(folder);
  if (show.template.trim() !== "" && !app.vault.getFileByPath(templatePath(show))) notes.missingTemplate = templatePath(show);
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

async function ensureFolder(app: App, folder: string): Promise<void> {
  if (folder === "") return;
  let current = "";
  for (const part of folder.split("/")) {
    current = current === "" ? part : `${current}/${part}`;
    const found = app.vault.getAbstractFileByPath(current);
    if (found instanceof TFile) throw new Error(`“${current}” is a file, so the episode folder cannot be created there.`);
    if (!found) await app.vault.createFolder(current);
  }
}
