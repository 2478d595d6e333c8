// Suggesters. SuggestModal renders getSuggestions(query) as div.suggestion-item
// rows on open and on every input; arrow keys move the selection and Enter or
// a click chooses. As in the app, choosing closes the modal first, so onClose
// runs before onChooseSuggestion. AbstractInputSuggest shows the same rows in a
// popover under a text input.
import type { FuzzyMatch, Instruction } from "obsidian";
import type { App } from "./app";
import { prepareFuzzySearch, renderResults, sortSearchResults } from "./fuzzy";
import { Modal } from "./modal";
import { Scope } from "./platform";
import { trackResult } from "./scheduler";

/** Renders suggestion rows and tracks the highlighted one; shared by the modal and the popover. */
class SuggestionList<T> {
  items: T[] = [];
  selected = 0;
  #rows: HTMLElement[] = [];

  constructor(
    private readonly containerEl: HTMLElement,
    private readonly render: (value: T, el: HTMLElement) => void,
    private readonly choose: (value: T, evt: MouseEvent | KeyboardEvent) => void,
  ) {}

  set(items: T[]): void {
    this.containerEl.empty();
    this.items = items;
    this.#rows = items.map((item, index) => {
      const row = this.containerEl.createDiv({ cls: "suggestion-item" });
      this.render(item, row);
      row.addEventListener("click", (evt) => this.choose(item, evt));
      row.addEventListener("mousemove", () => this.select(index));
      return row;
    });
    this.select(0);
  }

  select(index: number): void {
    if (this.items.length === 0) return;
    this.selected = (index + this.items.length) % this.items.length;
    this.#rows.forEach((row, i) => row.toggleClass("is-selected", i === this.selected));
  }

  chooseSelected(evt: MouseEvent | KeyboardEvent): void {
    const item = this.items[this.selected];
    if (item !== undefined) this.choose(item, evt);
  }
}

export abstract class SuggestModal<T> extends Modal {
  limit = 50;
  emptyStateText = "No results found.";
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  readonly #list: SuggestionList<T>;
  readonly #instructionsEl: HTMLElement;
  #generation = 0;

  constructor(app: App) {
    super(app);
    this.modalEl.empty();
    this.modalEl.addClass("prompt");
    this.inputEl = this.modalEl.createDiv({ cls: "prompt-input-container" }).createEl("input", { cls: "prompt-input", type: "text", attr: { enterkeyhint: "done" } });
    this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
    this.#instructionsEl = this.modalEl.createDiv({ cls: "prompt-instructions" });
    this.#list = new SuggestionList<T>(
      this.resultContainerEl,
      (value, el) => this.renderSuggestion(value, el),
      (value, evt) => this.selectSuggestion(value, evt),
    );
    this.inputEl.addEventListener("input", () => trackResult(this.hostUpdateSuggestions()));
    this.scope.register([], "ArrowDown", () => {
      this.#list.select(this.#list.selected + 1);
      return false;
    });
    this.scope.register([], "ArrowUp", () => {
      this.#list.select(this.#list.selected - 1);
      return false;
    });
    this.scope.register([], "Enter", (evt) => {
      this.selectActiveSuggestion(evt);
      return false;
    });
  }

  override open(): void {
    super.open();
    this.inputEl.focus();
    trackResult(this.hostUpdateSuggestions());
  }

  setPlaceholder(placeholder: string): void {
    this.inputEl.placeholder = placeholder;
  }

  setInstructions(instructions: Instruction[]): void {
    this.#instructionsEl.empty();
    for (const instruction of instructions) {
      const row = this.#instructionsEl.createDiv({ cls: "prompt-instruction" });
      row.createSpan({ cls: "prompt-instruction-command", text: instruction.command });
      row.createSpan({ text: instruction.purpose });
    }
  }

  onNoSuggestion(): void {
    this.resultContainerEl.empty();
    this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
  }

  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    this.onChooseSuggestion(value, evt);
  }

  selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
    this.#list.chooseSelected(evt);
  }

  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

  /** Re-runs getSuggestions for the current input; a slower, older query never overwrites a newer one. */
  async hostUpdateSuggestions(): Promise<void> {
    const generation = ++this.#generation;
    const result = this.getSuggestions(this.inputEl.value);
    const items = result instanceof Promise ? await result : result;
    if (generation !== this.#generation) return;
    if (items.length === 0) {
      this.#list.set([]);
      this.onNoSuggestion();
    } else {
      this.#list.set(items.slice(0, this.limit));
    }
  }

  /** The suggestions currently listed, in order. */
  hostSuggestions(): T[] {
    return [...this.#list.items];
  }
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
  getSuggestions(query: string): FuzzyMatch<T>[] {
    const items = this.getItems();
    if (query.trim() === "") return items.map((item) => ({ item, match: { score: 0, matches: [] } }));
    const search = prepareFuzzySearch(query);
    const results: FuzzyMatch<T>[] = [];
    for (const item of items) {
      const match = search(this.getItemText(item));
      if (match) results.push({ item, match });
    }
    sortSearchResults(results);
    return results;
  }

  renderSuggestion(value: FuzzyMatch<T>, el: HTMLElement): void {
    renderResults(el, this.getItemText(value.item), value.match);
  }

  onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(item.item, evt);
  }

  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class PopoverSuggest<T> {
  app: App;
  scope: Scope;
  readonly hostContainerEl: HTMLElement;
  protected readonly hostList: SuggestionList<T>;

  constructor(app: App, scope?: Scope) {
    this.app = app;
    this.scope = scope ?? new Scope(app.scope);
    this.hostContainerEl = createDiv({ cls: "suggestion-container" });
    this.hostList = new SuggestionList<T>(
      this.hostContainerEl.createDiv({ cls: "suggestion" }),
      (value, el) => this.renderSuggestion(value, el),
      (value, evt) => this.selectSuggestion(value, evt),
    );
    this.scope.register([], "ArrowDown", () => {
      this.hostList.select(this.hostList.selected + 1);
      return false;
    });
    this.scope.register([], "ArrowUp", () => {
      this.hostList.select(this.hostList.selected - 1);
      return false;
    });
    this.scope.register([], "Enter", (evt) => {
      this.hostList.chooseSelected(evt);
      return false;
    });
    this.scope.register([], "Escape", () => {
      this.close();
      return false;
    });
  }

  open(): void {
    if (this.hostContainerEl.isConnected) return;
    document.body.appendChild(this.hostContainerEl);
    this.app.keymap.pushScope(this.scope);
  }

  close(): void {
    if (!this.hostContainerEl.isConnected) return;
    this.hostContainerEl.detach();
    this.app.keymap.popScope(this.scope);
  }

  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class AbstractInputSuggest<T> extends PopoverSuggest<T> {
  limit = 100;
  readonly #textInputEl: HTMLInputElement | HTMLDivElement;
  #selectCallback: ((value: T, evt: MouseEvent | KeyboardEvent) => unknown) | undefined;

  constructor(app: App, textInputEl: HTMLInputElement | HTMLDivElement) {
    super(app);
    this.#textInputEl = textInputEl;
    const refresh = (): void => trackResult(this.#refresh());
    textInputEl.addEventListener("input", refresh);
    textInputEl.addEventListener("focus", refresh);
    textInputEl.addEventListener("blur", () => this.close());
  }

  setValue(value: string): void {
    if (this.#textInputEl instanceof HTMLInputElement) this.#textInputEl.value = value;
    else this.#textInputEl.textContent = value;
  }

  getValue(): string {
    return this.#textInputEl instanceof HTMLInputElement ? this.#textInputEl.value : (this.#textInputEl.textContent ?? "");
  }

  protected abstract getSuggestions(query: string): T[] | Promise<T[]>;

  /** Calls the onSelect callback; closing the popover is left to the plugin, as in the app's examples. */
  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    trackResult(this.#selectCallback?.(value, evt));
  }

  onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.#selectCallback = callback;
    return this;
  }

  async #refresh(): Promise<void> {
    const result = this.getSuggestions(this.getValue());
    const items = result instanceof Promise ? await result : result;
    if (items.length === 0) {
      this.close();
      return;
    }
    this.hostList.set(this.limit > 0 ? items.slice(0, this.limit) : items);
    this.open();
  }
}
