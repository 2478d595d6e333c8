// Asks for the values a snippet (or the calendar invite) needs but the episode does not
// have yet (the video link, the date…). "Leave blank" inserts visible ==[blanks]==
// instead (the invite leaves those lines out).
import { Modal, Setting, type App } from "obsidian";
import type { OpenModals } from "../ui/open-modals";
import { LINK_LABELS, type ShowFormat } from "../../core/settings/show-format";

const QUESTIONS: Record<string, [string, string]> = {
  date: ["Show date", "YYYY-MM-DD"],
  url: ["Video link", "https://…"],
  guests: ["Guests", "Names, separated by commas"],
  topic: ["Topic", "What the episode is about"],
  number: ["Episode number", "25"],
  host: ["Host name", "Your name"],
  about: ["What the show covers", "All things Grafana Labs and observability"],
  studio: ["Streaming studio link", "https://…"],
  channel: ["Channel link", "https://…"],
  playlist: ["Playlist link", "https://…"],
  meetup: ["Events page link", "https://…"],
  guestzone: ["Guest's time zone", "Europe/Belgrade"],
};

/** A question's label and placeholder; the show's links named as its format names them (show-format.ts, as in the settings). */
function question(name: string, format: ShowFormat): [string, string] {
  const [label, placeholder] = QUESTIONS[name] ?? [name, ""];
  const link = Object.prototype.hasOwnProperty.call(LINK_LABELS, name) ? LINK_LABELS[name as keyof typeof LINK_LABELS] : undefined;
  if (link) return [link[format], placeholder];
  if (name === "url" && format === "podcast") return ["Episode link", placeholder];
  return [label, placeholder];
}

/** The form's words: the snippet commands insert blanks; the invite leaves the lines out. */
export interface FormWording {
  action: string;
  hint: string;
  leave: string;
}

const INSERT_WORDING: FormWording = {
  action: "Insert",
  hint: "The episode does not have these yet. Type them in, or leave them as visible blanks to fill later.",
  leave: "Leave blank",
};

export function askMissingValues(
  app: App,
  modals: OpenModals,
  snippetName: string,
  missing: readonly string[],
  wording: FormWording = INSERT_WORDING,
  format: ShowFormat = "livestream",
): Promise<Record<string, string> | null> {
  const { action, hint, leave } = wording;
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
        this.contentEl.createEl("p", { text: hint });
        missing.forEach((name, index) => {
          const [label, placeholder] = question(name, format);
          new Setting(this.contentEl).setName(label).addText((text) => {
            text.setPlaceholder(placeholder).onChange((value) => {
              answers[name] = value;
            });
            if (name === "date") text.inputEl.type = "date";
            if (index === 0) window.setTimeout(() => text.inputEl.focus(), 0);
          });
        });
        new Setting(this.contentEl)
          .addButton((button) => button.setButtonText(leave).onClick(() => finish({}, this)))
          .addButton((button) =>
            button
              .setButtonText(action)
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
