// "Which note is the show's index note?" when none is set: pick a note (the show's
// folder first), or create one by name. Nothing is created without the user's choice.
import { FuzzySuggestModal, TFile, type App } from "obsidian";
import type { ShowSettings } from "../../core/settings/settings";
import { cleanFolder, isUnder } from "../../core/vault/classify";
import { askChoice } from "../ui/choice-modal";
import { reportDismissal } from "../ui/dismissal";
import type { OpenModals } from "../ui/open-modals";

class NotePicker extends FuzzySuggestModal<TFile> {
  private chosen = false;

  constructor(
    app: App,
    private readonly show: ShowSettings,
    private readonly onPick: (file: TFile | null) => void,
  ) {
    super(app);
    this.setPlaceholder(`Which note keeps the episode list of ${show.name}?`);
  }

  override getItems(): TFile[] {
    const folder = cleanFolder(this.show.folder);
    const inFolder = (f: TFile) => (isUnder(f.path, folder) ? 0 : 1);
    return this.app.vault.getMarkdownFiles().sort((a, b) => inFolder(a) - inFolder(b) || a.path.localeCompare(b.path));
  }

  override getItemText(file: TFile): string {
    return file.path;
  }

  override onChooseItem(file: TFile): void {
    this.chosen = true;
    this.onPick(file);
  }

  override onClose(): void {
    super.onClose();
    reportDismissal(
      () => this.chosen,
      () => this.onPick(null),
    );
  }
}

export type IndexNoteAnswer = { kind: "pick"; file: TFile } | { kind: "create"; path: string };

/** Ask where the show's list goes: an existing note, or a new one at `proposed`. Null when dismissed. */
export async function askIndexNote(app: App, modals: OpenModals, show: ShowSettings, proposed: string): Promise<IndexNoteAnswer | null> {
  const how = await askChoice(app, modals, `${show.name} has no index note`, "The episode list goes into the show's index note. Pick the note that lists its episodes (it is remembered in the show's settings), or create one.", [
    { label: "Pick a note", value: "pick" as const, cta: true },
    { label: `Create “${proposed}”`, value: "create" as const },
  ]);
  if (how === "create") return { kind: "create", path: proposed };
  if (how !== "pick") return null;
  const file = await new Promise<TFile | null>((resolve) => {
    if (!modals.open(new NotePicker(app, show, resolve))) resolve(null);
  });
  return file instanceof TFile ? { kind: "pick", file } : null;
}
