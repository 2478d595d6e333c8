// "Which show?" for the generic "New episode" command when there are several shows.
import { FuzzySuggestModal, type App } from "obsidian";
import type { ShowSettings } from "../../core/settings/settings";

export class ShowPickerModal extends FuzzySuggestModal<ShowSettings> {
  constructor(
    app: App,
    private readonly shows: readonly ShowSettings[],
    private readonly onPick: (show: ShowSettings) => void,
  ) {
    super(app);
    this.setPlaceholder("Which show is the episode for?");
  }

  override getItems(): ShowSettings[] {
    return [...this.shows];
  }

  override getItemText(show: ShowSettings): string {
    return show.code ? `${show.name} (${show.code})` : show.name;
  }

  override onChooseItem(show: ShowSettings): void {
    this.onPick(show);
  }
}
