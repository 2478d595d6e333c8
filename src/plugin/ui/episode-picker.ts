// "Which episode?" when a snippet or invite is asked for outside an episode note.
import { FuzzySuggestModal, type App } from "obsidian";
import { reportDismissal } from "./dismissal";
import type { IndexedEpisode } from "../../core/vault/episode-index";
import { episodeLabel } from "../../core/note/episode-label";

export class EpisodePickerModal extends FuzzySuggestModal<IndexedEpisode> {
  constructor(
    app: App,
    private readonly episodes: readonly IndexedEpisode[],
    /** Called once: with the episode, or with null when the picker is dismissed. */
    private readonly onPick: (episode: IndexedEpisode | null) => void,
    placeholder = "This note is not an episode: which episode is the text for?",
    /** Keep the given order instead of latest first. */
    private readonly ordered = false,
  ) {
    super(app);
    this.setPlaceholder(placeholder);
  }

  override getItems(): IndexedEpisode[] {
    if (this.ordered) return [...this.episodes];
    // Latest first: the episode being prepared is usually the newest.
    return [...this.episodes].sort((a, b) => (b.episode.date ?? "9999").localeCompare(a.episode.date ?? "9999"));
  }

  override getItemText(item: IndexedEpisode): string {
    return episodeLabel(item.episode);
  }

  private chosen = false;

  override onChooseItem(item: IndexedEpisode): void {
    this.chosen = true;
    this.onPick(item);
  }

  override onClose(): void {
    super.onClose();
    reportDismissal(
      () => this.chosen,
      () => this.onPick(null),
    );
  }
}
