// "Insert snippet": a fuzzy picker whose suggestions show the filled text, so the host
// sees exactly what will be inserted before choosing.
import { SuggestModal, prepareFuzzySearch, type App } from "obsidian";
import { reportDismissal } from "../ui/dismissal";
import type { Snippet } from "../../core/snippets/catalog";

export interface SnippetChoice {
  snippet: Snippet;
  /** The text as it would be inserted now (missing values shown as blanks). */
  preview: string;
}

export class SnippetPickerModal extends SuggestModal<SnippetChoice> {
  constructor(
    app: App,
    private readonly choices: readonly SnippetChoice[],
    /** Called once: with the choice, or with null when the picker is dismissed. */
    private readonly onPick: (choice: SnippetChoice | null) => void,
    placeholder: string,
  ) {
    super(app);
    this.setPlaceholder(placeholder);
    this.modalEl.addClass("office-hours-snippet-picker");
    this.setInstructions([
      { command: "↑↓", purpose: "to move" },
      { command: "↵", purpose: "to use" },
      { command: "esc", purpose: "to dismiss" },
    ]);
  }

  override getSuggestions(query: string): SnippetChoice[] {
    const match = prepareFuzzySearch(query.trim());
    if (query.trim() === "") return [...this.choices];
    return this.choices
      .map((choice) => ({ choice, score: match(`${choice.snippet.name} ${choice.snippet.description}`)?.score }))
      .filter((m): m is { choice: SnippetChoice; score: number } => m.score !== undefined)
      .sort((a, b) => b.score - a.score)
      .map((m) => m.choice);
  }

  override renderSuggestion(choice: SnippetChoice, el: HTMLElement): void {
    el.addClass("office-hours-snippet");
    const head = el.createDiv({ cls: "office-hours-snippet-head" });
    head.createSpan({ cls: "office-hours-snippet-name", text: choice.snippet.name });
    if (choice.snippet.source) head.createSpan({ cls: "office-hours-snippet-source", text: "your note" });
    el.createDiv({ cls: "office-hours-snippet-description", text: choice.snippet.description });
    // A note's own problems (a `language:` that is no language code), where the host chooses it.
    for (const warning of choice.snippet.warnings ?? []) el.createDiv({ cls: "office-hours-snippet-warning office-hours-field-warning", text: warning });
    el.createEl("pre", { cls: "office-hours-snippet-preview", text: previewText(choice.preview) });
  }

  private chosen = false;

  override onChooseSuggestion(choice: SnippetChoice): void {
    this.chosen = true;
    this.onPick(choice);
  }

  override onClose(): void {
    super.onClose();
    reportDismissal(
      () => this.chosen,
      () => this.onPick(null),
    );
  }
}

/**
 * Characters of a preview shown: the box shows a few lines (styles.css caps it at 9em), and
 * a snippet filled with a 100,000-character value laid out every character of every row
 * each time the list redrew. The snippet chosen is inserted whole.
 */
export const PREVIEW_CHARS = 1000;

/** `preview` cut to PREVIEW_CHARS, never inside an emoji's surrogate pair, with "…" where it was cut. */
export function previewText(preview: string): string {
  if (preview.length <= PREVIEW_CHARS) return preview;
  const high = preview.charCodeAt(PREVIEW_CHARS - 1);
  const cut = high >= 0xd800 && high <= 0xdbff ? PREVIEW_CHARS - 1 : PREVIEW_CHARS;
  return `${preview.slice(0, cut)}…`;
}
