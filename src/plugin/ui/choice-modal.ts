// A small question with buttons ("A note with this name exists: open it, or use a
// free name?"). Resolves with the chosen button's value, or null when dismissed.
import { Modal, Setting, type App } from "obsidian";
import type { OpenModals } from "./open-modals";

export interface Choice<T> {
  label: string;
  value: T;
  cta?: boolean;
}

export function askChoice<T>(app: App, modals: OpenModals, title: string, message: string, choices: Choice<T>[]): Promise<T | null> {
  return new Promise((resolve) => {
    let answered = false;
    const modal = new (class extends Modal {
      override onOpen(): void {
        this.setTitle(title);
        // Its buttons may name a show or a note's path: styles.css lets them wrap (a phone's sheet is 390 px).
        this.modalEl.addClass("office-hours-choice");
        this.contentEl.createEl("p", { text: message });
        const buttons = new Setting(this.contentEl);
        for (const choice of choices) {
          buttons.addButton((button) => {
            button.setButtonText(choice.label).onClick(() => {
              answered = true;
              resolve(choice.value);
              this.close();
            });
            if (choice.cta) button.setCta();
          });
        }
      }
      override onClose(): void {
        this.contentEl.empty();
        if (!answered) resolve(null);
      }
    })(app);
    if (!modals.open(modal)) resolve(null);
  });
}
