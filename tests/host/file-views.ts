// FileView, TextFileView and MarkdownView. A TextFileView saves like the app:
// requestSave() waits two seconds after the last edit, then writes with
// vault.modify; a change to the file from elsewhere is loaded into the view.
import type { ViewStateResult } from "obsidian";
import type { App } from "./app";
import type { TFile } from "./files";
import { TextEditor } from "./text-editor";
import { ItemView } from "./views";
import type { WorkspaceLeaf } from "./workspace-leaf";

/** The app's TextFileView saves this long after the last edit ("Debounced save in 2 seconds"). */
export const SAVE_DELAY_MS = 2000;

let viewCounter = 0;

function fileFromState(app: App, state: unknown): TFile | null {
  if (typeof state !== "object" || state === null || !("file" in state) || typeof state.file !== "string") return null;
  return app.vault.getFileByPath(state.file);
}

export abstract class FileView extends ItemView {
  allowNoFile = false;
  file: TFile | null = null;
  override navigation = true;

  getDisplayText(): string {
    return this.file ? this.file.basename : "No file";
  }

  override getState(): Record<string, unknown> {
    return this.file ? { file: this.file.path } : {};
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    void result;
    const file = fileFromState(this.app, state);
    if (!file || file === this.file) return;
    if (this.file) await this.onUnloadFile(this.file);
    this.file = file;
    await this.onLoadFile(file);
    this.hostRefreshTitle();
  }

  onLoadFile(file: TFile): Promise<void> {
    void file;
    return Promise.resolve();
  }

  onUnloadFile(file: TFile): Promise<void> {
    void file;
    return Promise.resolve();
  }

  onRename(file: TFile): Promise<void> {
    void file;
    this.hostRefreshTitle();
    return Promise.resolve();
  }

  canAcceptExtension(extension: string): boolean {
    void extension;
    return false;
  }

  override async hostOpen(): Promise<void> {
    await super.hostOpen();
    this.registerEvent(
      this.app.vault.hostOn("rename", (file: TFile) => {
        if (file === this.file) this.app.hostScheduler.track(this.onRename(file));
      }),
    );
    this.registerEvent(
      this.app.vault.hostOn("delete", (file: TFile) => {
        // The app closes what showed a deleted file; the tab becomes empty.
        if (file === this.file) this.app.hostScheduler.track(this.leaf.setViewState({ type: "empty" }));
      }),
    );
  }

  override async hostClose(): Promise<void> {
    if (this.file) await this.onUnloadFile(this.file);
    await super.hostClose();
  }
}

export abstract class EditableFileView extends FileView {}

export abstract class TextFileView extends EditableFileView {
  data = "";
  requestSave: () => void;
  readonly #saveKey = `save:${++viewCounter}`;
  #saving = false;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.requestSave = () => this.app.hostScheduler.defer(this.#saveKey, SAVE_DELAY_MS, () => this.save());
  }

  override async onLoadFile(file: TFile): Promise<void> {
    const data = await this.app.vault.read(file);
    this.data = data;
    this.setViewData(data, true);
  }

  override async onUnloadFile(file: TFile): Promise<void> {
    void file;
    if (this.app.hostScheduler.isPending(this.#saveKey)) await this.save();
    this.clear();
  }

  /** Writes the editor's text to the file when it differs from what was last loaded or saved. */
  async save(clear?: boolean): Promise<void> {
    this.app.hostScheduler.cancel(this.#saveKey);
    const file = this.file;
    if (file && !file.deleted) {
      const data = this.getViewData();
      if (data !== this.data) {
        this.#saving = true;
        try {
          await this.app.vault.modify(file, data);
          this.data = data;
        } finally {
          this.#saving = false;
        }
      }
    }
    if (clear) this.clear();
  }

  abstract getViewData(): string;
  abstract setViewData(data: string, clear: boolean): void;
  abstract clear(): void;

  override async hostOpen(): Promise<void> {
    await super.hostOpen();
    this.registerEvent(
      this.app.vault.hostOn("modify", (file: TFile) => {
        if (file === this.file && !this.#saving) this.app.hostScheduler.track(this.#reload(file));
      }),
    );
  }

  /**
   * The file changed underneath the view (vault.modify/process, Sync): the
   * view takes the new text. Unsaved edits still waiting for their save are
   * dropped; the app may merge them instead (see README).
   */
  async #reload(file: TFile): Promise<void> {
    const data = await this.app.vault.read(file);
    this.data = data;
    if (data === this.getViewData()) return;
    this.app.hostScheduler.cancel(this.#saveKey);
    this.setViewData(data, false);
  }
}

export class MarkdownView extends TextFileView {
  editor: TextEditor;
  hoverPopover = null;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.editor = new TextEditor(this.contentEl, () => {
      this.app.workspace.trigger("editor-change", this.editor, this);
      this.requestSave();
    });
  }

  getViewType(): string {
    return "markdown";
  }

  getMode(): "source" | "preview" {
    return "source";
  }

  getViewData(): string {
    return this.editor.getValue();
  }

  setViewData(data: string, clear: boolean): void {
    this.editor.hostLoad(data, clear);
  }

  clear(): void {
    this.editor.hostLoad("", true);
  }

  showSearch(replace?: boolean): void {
    void replace;
  }

  override canAcceptExtension(extension: string): boolean {
    return extension === "md";
  }
}
