// Folder and note fields that pick from the vault instead of taking a path typed blind:
// a suggester lists the vault's folders (or notes) as you type, and a path that does not
// exist is refused with a message next to the field, so a misspelled template can no
// longer be saved and silently replaced by the built-in one.
import { AbstractInputSuggest, normalizePath, type App, type Setting, type TextComponent } from "obsidian";
import { notePathProblem } from "./setting-rows";

export type PathKind = "folder" | "note";

/** Suggestions: paths containing what was typed, those starting with it first, shortest first. */
class VaultPathSuggest extends AbstractInputSuggest<string> {
  constructor(
    app: App,
    inputEl: HTMLInputElement,
    private readonly kind: PathKind,
  ) {
    super(app, inputEl);
    this.limit = 50;
  }

  protected getSuggestions(query: string): string[] {
    const wanted = query.trim().toLowerCase();
    const paths =
      this.kind === "folder" ? this.app.vault.getAllFolders(false).map((f) => f.path) : this.app.vault.getMarkdownFiles().map((f) => f.path);
    return paths
      .filter((path) => path.toLowerCase().includes(wanted))
      .sort((a, b) => {
        const aStarts = a.toLowerCase().startsWith(wanted) ? 0 : 1;
        const bStarts = b.toLowerCase().startsWith(wanted) ? 0 : 1;
        return aStarts - bStarts || a.length - b.length || a.localeCompare(b);
      });
  }

  renderSuggestion(path: string, el: HTMLElement): void {
    el.setText(path);
  }
}

/** Why a typed path cannot be used, or null when it can (empty means "none"). */
export function pathProblem(app: App, kind: PathKind, value: string): string | null {
  const typed = value.trim();
  if (typed === "" || typed === "/") return null;
  if (kind === "folder") {
    const path = normalizePath(typed);
    if (app.vault.getFolderByPath(path)) return null;
    if (app.vault.getFileByPath(path)) return `“${typed}” is a note, not a folder.`;
    return `There is no folder “${typed}” in this vault. Pick one from the list, or create the folder first.`;
  }
  // A path that leaves the vault gets its own reason, not "no such note".
  const outside = notePathProblem(typed);
  if (outside) return outside;
  const path = normalizePath(/\.md$/i.test(typed) ? typed : `${typed}.md`);
  if (app.vault.getFileByPath(path)) return null;
  return `There is no note “${typed}” in this vault. Pick one from the list.`;
}

/**
 * A text field with a vault picker. `apply` gets every value that exists (typed or
 * picked) and may refuse it with a message; a value that does not exist never reaches it.
 */
export function addPathField(
  app: App,
  setting: Setting,
  kind: PathKind,
  value: string,
  apply: (value: string) => string | null,
  report?: (problem: string | null) => void,
): void {
  const error = setting.descEl.createDiv({ cls: "office-hours-field-error" });
  setting.addText((text: TextComponent) => {
    const check = (next: string) => {
      const problem = pathProblem(app, kind, next) ?? apply(next.trim());
      error.setText(problem ?? "");
      text.inputEl.toggleClass("is-invalid", problem !== null);
      report?.(problem);
    };
    text.setValue(value).setPlaceholder(kind === "folder" ? "Pick a folder" : "Pick a note").onChange(check);
    const suggest = new VaultPathSuggest(app, text.inputEl, kind);
    suggest.onSelect((path) => {
      suggest.setValue(path);
      suggest.close();
      check(path);
    });
  });
}

/** A settings row for a folder or note; the value reaches `apply` only when it exists. */
export function pathRow(app: App, name: string, desc: string, kind: PathKind, value: string, apply: (value: string) => void) {
  return {
    name,
    desc,
    render: (setting: Setting) =>
      addPathField(app, setting, kind, value, (next) => {
        apply(next);
        return null;
      }),
  };
}

/** The settings row that starts show detection. */
export function detectShowsRow(detect: () => void) {
  return {
    name: "Detect shows",
    desc: "Read the vault's notes and propose the shows they describe: folders, templates, schedule, guest fields. Nothing is saved until you accept.",
    render: (setting: Setting) => setting.addButton((button) => button.setButtonText("Detect shows").onClick(() => detect())),
  };
}
