// The new-episode form's guests field suggests every known guest as you type the next
// name ("Nikola Grcevski, Ed" → "Ed Welch"), and can create guest notes for new names.
import { AbstractInputSuggest, type App } from "obsidian";
import { foldName } from "../../core/text/fold";

/** What the form needs from the guests index. */
export interface GuestFormHelp {
  names(): string[];
  isKnown(name: string): boolean;
  createNotes(names: readonly string[]): void;
  /** Where createNotes puts them, for the form to say: "in “People/Guests”" (see guestNotesWhere). */
  notesWhere(): string;
}

/** The text before the name being typed, and that name: "Ann, Bo" → ["Ann, ", "Bo"]. */
export function lastName(value: string): [string, string] {
  const cut = Math.max(value.lastIndexOf(","), value.lastIndexOf("&"), value.lastIndexOf(";"));
  const head = cut < 0 ? "" : value.slice(0, cut + 1);
  return [head === "" ? "" : `${head.trimEnd()} `, value.slice(cut + 1).trim()];
}

export class GuestNameSuggest extends AbstractInputSuggest<string> {
  constructor(
    app: App,
    private readonly input: HTMLInputElement,
    private readonly help: GuestFormHelp,
    private readonly picked: (value: string) => void,
  ) {
    super(app, input);
    this.limit = 20;
    this.onSelect((name) => {
      const [head] = lastName(this.input.value);
      const value = `${head}${name}`;
      this.setValue(value);
      this.picked(value);
      this.close();
    });
  }

  protected getSuggestions(query: string): string[] {
    const [head, typed] = lastName(query);
    const wanted = foldName(typed);
    if (wanted === "") return [];
    const already = new Set(head.split(/[,;&]/).map((n) => foldName(n)));
    const names = this.help.names().filter((n) => !already.has(foldName(n)));
    const starts = names.filter((n) => foldName(n).startsWith(wanted) || foldName(n).includes(` ${wanted}`));
    const contains = names.filter((n) => !starts.includes(n) && foldName(n).includes(wanted));
    return [...starts, ...contains];
  }

  renderSuggestion(name: string, el: HTMLElement): void {
    el.setText(name);
  }
}
