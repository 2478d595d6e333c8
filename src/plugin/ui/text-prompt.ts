// A one-line question ("Chapter title?"): Enter answers, Escape dismisses. The editor
// that had focus gets it back as soon as the prompt closes, so a host typing notes
// during the show loses the cursor only for the seconds it takes to type the answer.
import { Modal, Setting, type App } from "obsidian";
import type { OpenModals } from "./open-modals";

export interface TextPromptOptions {
  title: string;
  description?: string;
  placeholder?: string;
  value?: string;
  button: string;
  /** An error message for an answer that cannot be used, or null. */
  check?: (value: string) => string | null;
}

export function askText(app: App, modals: OpenModals, options: TextPromptOptions): Promise<string | null> {
  const editor = app.workspace.activeEditor?.editor ?? null;
  return new Promise((resolve) => {
    let answered = false;
    const modal = new (class extends Modal {
      override onOpen(): void {
        this.setTitle(options.title);
        this.modalEl.addClass("office-hours-text-prompt");
        if (options.description) this.contentEl.createEl("p", { text: options.description });
        const error = this.contentEl.createDiv({ cls: "office-hours-field-error" });
        let value = options.value ?? "";
        const submit = () => {
          const problem = options.check?.(value) ?? null;
          error.setText(problem ?? "");
          if (problem !== null) return;
          answered = true;
          resolve(value);
          this.close();
        };
        new Setting(this.contentEl)
          .addText((text) => {
            text.setPlaceholder(options.placeholder ?? "").setValue(value).onChange((next) => {
              value = next;
            });
            text.inputEl.addEventListener("keydown", (event) => {
              if (event.key === "Enter" && !event.isComposing) {
                event.preventDefault();
                submit();
              }
            });
            window.setTimeout(() => text.inputEl.focus(), 0);
          })
          .addButton((button) => button.setButtonText(options.button).setCta().onClick(submit));
      }
      override onClose(): void {
        this.contentEl.empty();
        if (!answered) resolve(null);
        editor?.focus();
      }
    })(app);
    if (!modals.open(modal)) resolve(null);
  });
}
