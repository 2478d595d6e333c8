// "Which show?": for the generic "New episode" command when there are several shows, and
// for a command acting on an episode of no show (snippets, "Assign to show…").
import { FuzzySuggestModal, type App } from "obsidian";
import type { ShowSettings } from "../../core/settings/settings";
import { reportDismissal } from "./dismissal";

export class ShowPickerModal extends FuzzySuggestModal<ShowSettings> {
  private chosen = false;

  constructor(
    app: App,
    private readonly shows: readonly ShowSettings[],
    private readonly onPick: (show: ShowSettings) => void,
    placeholder = "Which show is the episode for?",
    /** Called when the picker closes with no show chosen (Obsidian calls the choice after the close). */
    private readonly onDismiss: (() => void) | null = null,
  ) {
    super(app);
    this.setPlaceholder(placeholder);
  }

  override getItems(): ShowSettings[] {
    return [...this.shows];
  }

  override getItemText(show: ShowSettings): string {
    return show.code ? `${show.name} (${show.code})` : show.name;
  }

  override onChooseItem(show: ShowSettings): void {
    this.chosen = true;
    this.onPick(show);
  }

  override onClose(): void {
    super.onClose();
    const dismissed = this.onDismiss;
    if (dismissed) reportDismissal(() => this.chosen, dismissed);
  }
}

/**
 * Ask which show, `likely` first (those sharing the note's folder), then the others, each
 * group in alphabetical order so the answer never depends on the order of the settings.
 * Null when dismissed.
 */
export function askShow(app: App, open: (modal: ShowPickerModal) => boolean, shows: readonly ShowSettings[], likely: readonly ShowSettings[], placeholder: string): Promise<ShowSettings | null> {
  const byName = (a: ShowSettings, b: ShowSettings) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  const first = shows.filter((s) => likely.includes(s)).sort(byName);
  const rest = shows.filter((s) => !likely.includes(s)).sort(byName);
  return new Promise((resolve) => {
    if (!open(new ShowPickerModal(app, [...first, ...rest], resolve, placeholder, () => resolve(null)))) resolve(null);
  });
}
