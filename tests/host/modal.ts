// Modal: div.modal-container (attached to document.body while open) >
// div.modal-bg + div.modal (close button, div.modal-title, div.modal-content).
// Escape, the close button and a click on the backdrop close it.
import type { App } from "./app";
import { Scope } from "./platform";
import { trackResult } from "./scheduler";

export class Modal {
  app: App;
  scope: Scope;
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  shouldRestoreSelection = false;
  #isOpen = false;
  #closeCallback: (() => unknown) | undefined;

  constructor(app: App) {
    this.app = app;
    this.scope = new Scope(app.scope);
    this.scope.register([], "Escape", () => {
      this.close();
      return false;
    });
    this.containerEl = createDiv({ cls: ["modal-container", "mod-dim"] });
    this.containerEl.createDiv({ cls: "modal-bg" }).addEventListener("click", () => this.close());
    this.modalEl = this.containerEl.createDiv({ cls: "modal" });
    this.modalEl.createDiv({ cls: ["modal-close-button", "clickable-icon"], attr: { "aria-label": "Close" } }).addEventListener("click", () => this.close());
    this.titleEl = this.modalEl.createDiv({ cls: "modal-header" }).createDiv({ cls: "modal-title" });
    this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
  }

  open(): void {
    if (this.#isOpen) return;
    this.#isOpen = true;
    document.body.appendChild(this.containerEl);
    this.app.keymap.pushScope(this.scope);
    this.app.hostModals.push(this);
    trackResult(this.onOpen());
  }

  close(): void {
    if (!this.#isOpen) return;
    this.#isOpen = false;
    this.containerEl.detach();
    this.app.keymap.popScope(this.scope);
    this.app.hostModals = this.app.hostModals.filter((modal) => modal !== this);
    this.onClose();
    trackResult(this.#closeCallback?.());
  }

  onOpen(): Promise<void> | void {
    // Override to fill contentEl.
  }

  onClose(): void {
    // Override to clean up.
  }

  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }

  setContent(content: string | DocumentFragment): this {
    this.contentEl.setText(content);
    return this;
  }

  setCloseCallback(callback: () => unknown): this {
    this.#closeCallback = callback;
    return this;
  }

  hostIsOpen(): boolean {
    return this.#isOpen;
  }
}
