// Asks for the values a snippet needs but the episode does not have yet (the video
// link, the date…). "Leave blank" inserts visible ==[blanks]== instead.
import { Modal, Setting, type App } from "obsidian";
import type { OpenModals } from "../ui/open-modals";

const QUESTIONS: Record<string, [string, string]> = {
  date: ["Show date", "YYYY-MM-DD"],
  url: ["Video link", "https://…"],
  guests: ["Guests", "Names, separated by commas"],
  topic: ["Topic", "What the episode is about"],
  number: ["Episode number", "25"],
  host: ["Host name", "Your name"],
  studio: ["Streaming studio link", "https://…"],
  channel: ["Channel link", "https://…"],
  playlist: ["Playlist link", "https://…"],
  meetup: ["Events page link", "https://…"],
  guestzone: ["Guest's time zone", "Europe/Belgrade"],
};

export function askMissingValues(app: App, modals: OpenModals, snippetName: string, missing: readonly string[]): Promise<Record<string, string> | null> {
  return new Promise((resolve) => {
    let settled = false;
    const answers: Record<string, string> = {};
    const finish = (value: Record<string, string> | null, modal: Modal) => {
      settled = true;
      resolve(value);
      modal.close();
    };
    const modal = new (class extends Modal {
      override onOpen(): void {
        this.setTitle(`Fill in “${snippetName}”`);
        this.contentEl.createEl("p", { text: "The episode does not have these yet. Type them in, or leave them as visible blanks to fill later." });
        missing.forEach((name, index) => {
          const [label, placeholder] = QUESTIONS[name] ?? [name, ""];
          new Setting(this.contentEl).setName(label).addText((text) => {
            text.setPlaceholder(placeholder).onChange((value) => {
              answers[name] = value;
            });
            if (name === "date") text.inputEl.type = "date";
            if (index === 0) window.setTimeout(() => text.inputEl.focus(), 0);
          });
        });
        new Setting(this.contentEl)
          .addButton((button) => button.setButtonText("Leave blank").onClick(() => finish({}, this)))
          .addButton((button) =>
            button
              .setButtonText("Insert")
              .setCta()
              .onClick(() => finish(answers, this)),
          );
        this.scope.register([], "Enter", (event) => {
          event.preventDefault();
          finish(answers, this);
          return false;
        });
      }
      override onClose(): void {
        this.contentEl.empty();
        if (!settled) resolve(null);
      }
    })(app);
    if (!modals.open(modal)) resolve(null);
  });
}
