// Folder and note fields that pick from the vault instead of taking a path typed blind:
// a suggester lists the vault's folders (or notes) as you type, and a path that does not
// exist is refused with a message next to the field, so a misspelled template can no
// longer be saved and silently replaced by the built-in one.
import { AbstractInputSuggest, normalizePath, type App, type Setting, type TextComponent } from "obsidian";
import { notePathProblem } from "./setting-rows";
import { checkNotePath } from "../../core/vault/vault-path";

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
 * A folder that is not there yet but may be made: a path inside the vault, with no hidden
 * or `..` part. Null when it may, else why not.
 */
function missingFolderProblem(typed: string): string | null {
  const checked = checkNotePath(typed);
  return checked.ok ? null : checked.reason;
}

/**
 * A text field with a vault picker. `apply` gets every value that exists (typed or
 * picked) and may refuse it with a message; a value that does not exist never reaches it,
 * unless `allowMissing` says a folder may still be made (a new show's), with a note.
 */
export function addPathField(
  app: App,
  setting: Setting,
  kind: PathKind,
  value: string,
  apply: (value: string) => string | null,
  report?: (problem: string | null) => void,
  allowMissing?: () => boolean,
): void {
  const error = setting.descEl.createDiv({ cls: "office-hours-field-error" });
  const note = setting.descEl.createDiv({ cls: "office-hours-field-warning" });
  setting.addText((text: TextComponent) => {
    const check = (next: string) => {
      let problem = pathProblem(app, kind, next);
      let missing = "";
      if (problem !== null && kind === "folder" && !app.vault.getFileByPath(normalizePath(next.trim())) && allowMissing?.() === true) {
        problem = missingFolderProblem(next.trim());
        if (problem === null) missing = `No folder “${next.trim()}” yet: the first new episode creates it.`;
      }
      problem ??= apply(next.trim());
      error.setText(problem ?? "");
      note.setText(problem === null ? missing : "");
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

/** A settings row for a folder or note; the value reaches `apply` only when it exists (or `allowMissing` says a folder may be made). */
export function pathRow(app: App, name: string, desc: string, kind: PathKind, value: string, apply: (value: string) => void, allowMissing?: () => boolean) {
  return {
    name,
    desc,
    render: (setting: Setting) =>
      addPathField(
        app,
        setting,
        kind,
        value,
        (next) => {
          apply(next);
          return null;
        },
        undefined,
        allowMissing,
      ),
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
