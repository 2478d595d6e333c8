// The first run of "Update episode list in index note" on a note: what would change,
// line by line, and the choice of where the plugin's list goes. Nothing is written
// before a button is pressed.
import { Modal, Setting, type App } from "obsidian";
import type { IndexChoice, IndexOption } from "../../core/index-note/plan";
import { PLACE_MARKER } from "../../core/index-note/index-note";
import { previewLines } from "../../core/index-note/preview";
import type { OpenModals } from "../ui/open-modals";

const WORDS: Record<IndexChoice, { title: string; text: string; button: string }> = {
  lists: {
    title: "Take over the lists kept here",
    text: "They become the plugin's list, kept up to date from your episode notes. Every line it cannot match to an episode (breaks, links to notes elsewhere, ideas) stays where it is.",
    button: "Take over the lists",
  },
  marker: {
    title: "Put the list at your marker",
    text: `The plugin's list replaces the ${PLACE_MARKER} line; the rest of the note stays as it is.`,
    button: "Put it at the marker",
  },
  append: {
    title: "Add the list at the end of the note",
    text: "The note keeps no episode list of its own, so the plugin's goes at its end.",
    button: "Add it",
  },
};

function lines(parent: HTMLElement, label: string, shown: { text: string; changed: boolean }[]): void {
  const box = parent.createDiv({ cls: "office-hours-preview" });
  box.createDiv({ cls: "office-hours-preview-label", text: label });
  const body = box.createDiv({ cls: "office-hours-preview-lines" });
  for (const line of shown) body.createDiv({ cls: line.changed ? "office-hours-preview-line is-changed" : "office-hours-preview-line", text: line.text === "" ? "\u00a0" : line.text });
}

export function askIndexChoice(app: App, modals: OpenModals, path: string, options: readonly IndexOption[]): Promise<IndexChoice | null> {
  return new Promise((resolve) => {
    let answered = false;
    const modal = new (class extends Modal {
      override onOpen(): void {
        this.setTitle(`The episode list in ${path}`);
        this.modalEl.addClass("office-hours-index-preview");
        for (const option of options) {
          const words = WORDS[option.choice];
          const section = this.contentEl.createDiv({ cls: "office-hours-index-option", attr: { "data-choice": option.choice } });
          new Setting(section).setName(words.title).setDesc(words.text).setHeading();
          const shown = previewLines(option.before, option.after);
          if (option.before.length > 0) lines(section, "Now", shown.before);
          lines(section, "After", shown.after);
          new Setting(section).addButton((button) => {
            button.setButtonText(words.button).onClick(() => {
              answered = true;
              resolve(option.choice);
              this.close();
            });
            if (option === options[0]) button.setCta();
          });
        }
        if (options.some((o) => o.choice === "lists") && !options.some((o) => o.choice === "marker")) {
          this.contentEl.createEl("p", {
            cls: "office-hours-form-note",
            text: `To keep your lists as they are instead, write ${PLACE_MARKER} on a line of its own where the plugin's list should go, and run the command again.`,
          });
        }
        new Setting(this.contentEl).addButton((button) => button.setButtonText("Cancel").onClick(() => this.close()));
      }
      override onClose(): void {
        this.contentEl.empty();
        if (!answered) resolve(null);
      }
    })(app);
    if (!modals.open(modal)) resolve(null);
  });
}
