// When detection runs and what happens after: the "Detect shows" command and settings
// button, the one-time offer on first run, and the first "New episode" of a vault whose
// shows are not set up yet. Accepting merges into the settings and saves; nothing is
// written before that. With the shows comes "Look for episodes only in the show folders",
// proposed when no episode the index holds would be lost by it (core/detect/scope.ts).
//
// First run: once the first index is done, if the settings are still the untouched
// default and detection finds shows, a notice says so with a "Review" button. It stays
// until dismissed, opens nothing by itself, and is shown once per vault on this device
// (remembered in the vault's local storage, not in the notes or data.json).
import { Notice, normalizePath, type App } from "obsidian";
import type { OfficeHoursSettings, ShowSettings } from "../../core/settings/settings";
import type { DetectResult, ProposedShow } from "../../core/detect/types";
import { isUntouchedDefault } from "../../core/detect/configured";
import { mergeProposals } from "../../core/detect/merge";
import { notApplied } from "../../core/detect/merge-report";
import { askChoice } from "../ui/choice-modal";
import type { OpenModals } from "../ui/open-modals";
import { detectInVault } from "./detect-in-vault";
import { DetectReviewModal } from "./review-modal";
import { scopeProposal, SCOPE_SETTING, type FoundEpisode } from "../../core/detect/scope";
import { foldersFollowingShows } from "../../core/detect/guests-folder";
import { linkedGuestsFolderOf } from "../../core/detect/linked-guests";
import { cleanFolder } from "../../core/detect/detect";

export interface DetectHost {
  readonly app: App;
  settings(): OfficeHoursSettings;
  /** The episodes the index holds now, or null while the first index runs. */
  episodes(): FoundEpisode[] | null;
  /** Store and apply the merged settings. */
  applyDetected(settings: OfficeHoursSettings): Promise<void>;
  /** The plugin's open modals, closed when it unloads. */
  readonly modals: OpenModals;
  /** Something to undo when the plugin unloads. */
  register(callback: () => unknown): void;
  /** False once the plugin unloaded: detection that finishes later shows nothing. */
  isActive(): boolean;
}

export const OFFERED_KEY = "office-hours-detection-offered";

function names(result: DetectResult): string {
  return result.shows.map((p) => p.show.code || p.show.name).join(", ");
}

function openReview(host: DetectHost, result: DetectResult): DetectReviewModal {
  const episodes = host.episodes();
  const scope = (accepted: readonly ProposedShow[]) => scopeProposal(host.settings(), accepted, episodes);
  // The scope setting as the review found it: only a change the review makes to it is applied.
  const scopeBefore = host.settings().episodesOnlyInShowFolders;
  const modal = new DetectReviewModal(host.app, result, host.settings().shows, scope, (accepted, onlyShowFolders) => {
    void accept(host, accepted, onlyShowFolders, scopeBefore).catch((error: unknown) => {
      new Notice(`Office Hours could not save the shows: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  host.modals.open(modal);
  return modal;
}

/**
 * Onto the settings as they are now (the review may have been open a while): only what
 * the review changed is applied (core/detect/merge.ts), and what was kept is said.
 */
async function accept(host: DetectHost, accepted: readonly ProposedShow[], onlyShowFolders: boolean, scopeBefore: boolean): Promise<void> {
  // A yes/no the review left as it found it is not the review's to set: the user may have
  // changed it in the settings meanwhile. One the review changed differs from what it found,
  // so from anything else it can be now: applying it overwrites no other choice.
  const merged = mergeProposals(host.settings(), accepted, onlyShowFolders !== scopeBefore ? onlyShowFolders : undefined);
  // The untouched guests and snippets folders follow the shows (core/detect/guests-folder.ts),
  // the guests folder to where the episodes' guest links lead when they say (linked-guests.ts).
  // The notice does not say so: New episode's guest row names the guests folder where it
  // matters, and the settings tab shows both.
  const linked = linkedGuestsFolderOf(
    accepted,
    (target, from) => host.app.metadataCache.getFirstLinkpathDest(target, from)?.path ?? null,
    (folder) => host.app.vault.getMarkdownFiles().filter((f) => f.path.startsWith(`${folder}/`)).length,
    merged.settings.shows.map((s) => cleanFolder(s.folder)),
  );
  Object.assign(merged.settings, foldersFollowingShows(merged.settings, (folder) => host.app.vault.getAbstractFileByPath(normalizePath(folder)) !== null, linked?.folder ?? null));
  await host.applyDetected(merged.settings);
  const parts = [
    merged.added.length > 0 ? `added ${merged.added.join(", ")}` : "",
    merged.corrected.length > 0 ? `updated ${merged.corrected.join(", ")}` : "",
    merged.replaced ? `the unused “${merged.replaced}” show was removed` : "",
    merged.onlyShowFolders === null ? "" : `episodes are looked for ${merged.onlyShowFolders ? "only in the show folders" : "in every folder"}`,
  ].filter((p) => p !== "");
  const kept = notApplied(merged);
  const head = parts.length > 0 ? `Office Hours ${parts.join("; ")}.` : "Office Hours changed nothing.";
  // What was kept needs reading: longer than the usual few seconds.
  new Notice([head, ...kept].join(" "), kept.length > 0 ? 15000 : undefined);
}

/** The command and the settings button: detect now and show the review, or say that nothing was found. */
export async function reviewDetectedShows(host: DetectHost): Promise<DetectReviewModal | null> {
  const result = await detectInVault(host.app, host.settings());
  if (!host.isActive()) return null;
  if (result.shows.length > 0) return openReview(host, result);
  const already = result.unchanged.length > 0 ? ` ${result.unchanged.join(", ")} ${result.unchanged.length === 1 ? "is" : "are"} already set up as the notes say.` : "";
  const declined = result.stillDeclined.length;
  const held = declined > 0 ? ` ${declined} value${declined === 1 ? " you declined is" : "s you declined are"} not proposed again (see the show's settings).` : "";
  const text = `Office Hours found no new shows in your notes.${already}${held} A show is a series of notes named like “GOH 12 - Topic” or “2025-03-25 Topic”, with a checklist and a guest field.`;
  const scope = scopeProposal(host.settings(), [], host.episodes());
  if (!scope.propose || scope.alreadyOn) {
    new Notice(text, 10000);
    return null;
  }
  // The shows are set up and every episode is in their folders: the same proposal, as a
  // button (nothing is written unless it is pressed).
  const notice = new Notice(
    createFragment((f) => {
      f.createDiv({ text });
      f.createDiv({ text: `${SCOPE_SETTING}? ${scope.reason}` });
      const button = f.createEl("button", { cls: "mod-cta office-hours-notice-button", text: "Turn it on" });
      button.addEventListener("click", () => {
        notice.hide();
        void turnOnScope(host);
      });
    }),
    0,
  );
  host.register(() => notice.hide());
  return null;
}

async function turnOnScope(host: DetectHost): Promise<void> {
  // Judged again at the click: a note written since may lie outside the folders.
  const scope = scopeProposal(host.settings(), [], host.episodes());
  if (!scope.propose) {
    new Notice(`Office Hours left “${SCOPE_SETTING}” as it is: ${scope.reason}`);
    return;
  }
  try {
    await host.applyDetected(mergeProposals(host.settings(), [], true).settings);
    new Notice("Episodes are now looked for only in the show folders.");
  } catch (error) {
    new Notice(`Office Hours could not save the settings: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** On first run, once: a notice offering the review when the notes hold shows. */
export async function offerDetectionOnce(host: DetectHost): Promise<void> {
  if (!isUntouchedDefault(host.settings()) || host.app.loadLocalStorage(OFFERED_KEY) !== null) return;
  const result = await detectInVault(host.app, host.settings());
  if (!host.isActive() || result.shows.length === 0 || !isUntouchedDefault(host.settings())) return;
  host.app.saveLocalStorage(OFFERED_KEY, new Date().toISOString());
  const count = result.shows.length;
  const message = createFragment((f) => {
    f.createDiv({ text: `Office Hours found ${count} show${count === 1 ? "" : "s"} in your notes (${names(result)}).` });
    const button = f.createEl("button", { cls: "mod-cta office-hours-notice-button", text: "Review" });
    button.addEventListener("click", () => openReview(host, result));
  });
  const notice = new Notice(message, 0);
  host.register(() => notice.hide());
}

/**
 * "New episode" before any show is set up (the untouched default, no episode of it yet):
 * when the notes hold shows, offer to review them instead of proposing
 * "Office Hours/OH 01.md" next to them.
 */
export async function newEpisodeOrDetect(host: DetectHost, show: ShowSettings, showHasEpisodes: boolean, proceed: () => void): Promise<void> {
  // Someone already writing "Office Hours" episodes uses the default show: no question.
  if (showHasEpisodes || !isUntouchedDefault(host.settings())) {
    proceed();
    return;
  }
  const result = await detectInVault(host.app, host.settings());
  if (!host.isActive()) return;
  if (result.shows.length === 0) {
    proceed();
    return;
  }
  const count = result.shows.length;
  const choice = await askChoice(
    host.app,
    host.modals,
    "Set up your shows first?",
    `Office Hours found ${count} show${count === 1 ? "" : "s"} in your notes (${names(result)}), but none is set up yet: a new episode would go to “${show.folder}” as ${show.code} ${"0".repeat(Math.max(0, show.numberPadding - 1))}1.`,
    [
      { label: `Review ${count} show${count === 1 ? "" : "s"}`, value: "review" as const, cta: true },
      { label: `New ${show.name} episode anyway`, value: "continue" as const },
    ],
  );
  if (!host.isActive()) return;
  if (choice === "review") openReview(host, result);
  else if (choice === "continue") proceed();
}
