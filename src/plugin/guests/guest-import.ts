// "Import guests from this note": the active note's list of guest ideas read into names
// (core/guests/prospects.ts), reviewed one by one, and the kept ones written as `suggested`
// guest notes. Split from guest-service.ts, which wires it to the command and the view.
import { MarkdownView, Notice, TFile, type App } from "obsidian";
import type { OfficeHoursSettings } from "../../core/settings/settings";
import type { GuestPerson } from "../../core/guests/summary";
import type { GuestDirectory } from "../../core/guests/directory";
import type { EpisodeIndexer } from "../vault/episode-indexer";
import type { OpenModals } from "../ui/open-modals";
import { statusWord } from "../../core/guests/statuses";
import { parseProspects, type Prospect } from "../../core/guests/prospects";
import { showNamesOf } from "../../core/guests/topic-words";
import { closeness, wordsOf } from "../../core/guests/may-be-same";
import { vaultPhrases } from "./vault-phrases";
import { reportWrite, writeGuest, type GuestNotesHost } from "./guest-notes";
import { ImportReviewModal, type ImportCandidate, type ImportChoice } from "./import-modal";

/** What the import needs of the plugin: the vault, the indexes, the modals and the guests' notes. */
export interface GuestImportHost {
  app: App;
  settings(): OfficeHoursSettings;
  episodes: EpisodeIndexer;
  modals: OpenModals;
  notes: GuestNotesHost;
  directory(): GuestDirectory;
  today(): string;
  people(): GuestPerson[];
  knownNames(): string[];
  isKnown(name: string): boolean;
}

export async function importFromActiveNote(host: GuestImportHost): Promise<void> {
  const app = host.app;
  const view = app.workspace.getActiveViewOfType(MarkdownView);
  const file = view?.file ?? app.workspace.getActiveFile();
  if (!(file instanceof TFile) || file.extension !== "md") {
    new Notice("Open the note that holds your list of guest ideas first.");
    return;
  }
  const text = view?.file === file ? view.editor.getValue() : await app.vault.cachedRead(file);
  // The vault's show names tell its products from people, and so do the names, headings
  // and links that write a product after a show's name; known guests' names stay names.
  const hints = { showNames: showNamesOf(host.episodes.index.all(), host.settings().shows), guestNames: host.knownNames(), phrases: vaultPhrases(app) };
  const candidates = candidatesOf(host, parseProspects(text, hints));
  const choices = await host.modals.ask<ImportChoice[]>((answer) => new ImportReviewModal(app, file.basename, candidates, answer));
  if (!choices) return;
  const word = statusWord("suggested", host.settings().guestStatusNames);
  let added = 0;
  for (const choice of choices) {
    // Checked again at writing time: an earlier choice may have been the same person.
    if (host.isKnown(choice.name)) continue;
    const result = await writeGuest(host.notes, choice.name, null, { status: word }, ["", choice.context, "", `From [[${file.basename}]]`]);
    if (!result.ok) reportWrite(result, choice.name);
    else added++;
  }
  new Notice(`${added === 1 ? "1 suggested guest" : `${added} suggested guests`} added from ${file.basename}.`);
}

/** Each prospect with what the review says of it: already a guest, or maybe one under another spelling. */
function candidatesOf(host: GuestImportHost, prospects: readonly Prospect[]): ImportCandidate[] {
  const people = host.people();
  const today = host.today();
  return prospects.map((prospect) => {
    const known = host.directory().lookup({ name: prospect.name, target: null, affiliation: null }, today);
    const words = wordsOf(prospect.name);
    const near = known ? null : people.map((p) => ({ p, why: closeness(words, wordsOf(p.name)) })).find((x) => x.why !== null);
    return {
      ...prospect,
      known: known ? `Already a guest: ${known.name} (${known.status})` : null,
      hint: near ? `May be ${near.p.name} (${near.why ?? ""}); tick only if not.` : null,
    };
  });
}
