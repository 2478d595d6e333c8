// The modals the plugin has open, so unloading closes them: a form left on screen after
// the plugin is gone keeps its listeners and its keyboard scope, and a choice made in it
// would run code of an unloaded plugin. Modals join when opened through here and leave
// when they close, however that happens.
import type { Modal } from "obsidian";

export class OpenModals {
  readonly #open = new Set<Modal>();
  #unloaded = false;

  /**
   * Open `modal` and keep track of it until it closes. False after unload, when nothing
   * opens any more: the caller takes that as a dismissal.
   */
  open(modal: Modal): boolean {
    if (this.#unloaded) return false;
    const onClose = modal.onClose.bind(modal);
    modal.onClose = () => {
      this.#open.delete(modal);
      onClose();
    };
    this.#open.add(modal);
    modal.open();
    return true;
  }

  /**
   * Ask through the modal `make` builds around its answer callback: the answer, or null when
   * the modal closes unanswered or cannot open (after unload). An answer given before the
   * close wins, since a promise settles once.
   */
  ask<T>(make: (answer: (value: T) => void) => Modal): Promise<T | null> {
    return new Promise<T | null>((resolve) => {
      const modal = make(resolve);
      const close = modal.onClose.bind(modal);
      modal.onClose = () => {
        close();
        resolve(null);
      };
      if (!this.open(modal)) resolve(null);
    });
  }

  /** Close every open modal (each settles its question as dismissed); for Plugin.register. */
  closeAll(): void {
    this.#unloaded = true;
    for (const modal of [...this.#open]) modal.close();
    this.#open.clear();
  }
}
