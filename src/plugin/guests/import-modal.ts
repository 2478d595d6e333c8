// The review screen of "Import guests from this note": every name found in the note's
// free-text list, each with its line, for the user to confirm. Names that are already
// guests are shown but cannot be added again; a name that may be a known guest says so.
import { Modal, Setting, type App } from "obsidian";
import type { Prospect } from "../../core/guests/prospects";

export interface ImportCandidate extends Prospect {
  /** "Already a guest (Ed Welch)", or null when the name is new. */
  known: string | null;
  /** "May be Paschalis Tsilias (a last name that differs by a letter or two)", or null. */
  hint: string | null;
}

export interface ImportChoice {
  name: string;
  context: string;
}

export class ImportReviewModal extends Modal {
  private readonly chosen: { candidate: ImportCandidate; on: boolean; name: string }[];
  private countButton: HTMLButtonElement | null = null;

  constructor(
    app: App,
    private readonly source: string,
    candidates: readonly ImportCandidate[],
    private readonly onImport: (choices: ImportChoice[]) => void,
  ) {
    super(app);
    // A name that may be a known guest's (a typo, a short form) waits for the user's tick:
    // added by default, it would become a second person for the same guest.
    this.chosen = candidates.map((candidate) => ({ candidate, on: candidate.preselected && candidate.known === null && candidate.hint === null, name: candidate.name }));
  }

  override onOpen(): void {
    this.setTitle(`Import guests from ${this.source}`);
    this.modalEl.addClass("office-hours-import");
    const { contentEl } = this;
    contentEl.createEl("p", {
      text: "Names found in the note's lists. Tick the people to add as suggested guests (each gets a guest note with the line as context); correct a name where the line confused it. The note itself is not changed.",
    });
    if (this.chosen.length === 0) contentEl.createEl("p", { cls: "office-hours-empty", text: "No names found in this note." });
    let section: string | null | undefined;
    for (const entry of this.chosen) {
      const { candidate } = entry;
      if (candidate.section !== section) {
        section = candidate.section;
        new Setting(contentEl).setName(section ?? "Before the first heading").setHeading();
      }
      const row = new Setting(contentEl).setDesc(candidate.context);
      if (candidate.known !== null) row.descEl.createDiv({ cls: "office-hours-form-note", text: candidate.known });
      else if (candidate.hint !== null) row.descEl.createDiv({ cls: "office-hours-form-note", text: candidate.hint });
      row.addToggle((toggle) => {
        toggle.setValue(entry.on).setDisabled(candidate.known !== null);
        toggle.toggleEl.setAttr("aria-label", `Add ${candidate.name}`);
        toggle.onChange((on) => {
          entry.on = on;
          this.updateCount();
        });
      });
      row.addText((text) => {
        text.setValue(entry.name).setDisabled(candidate.known !== null);
        text.inputEl.setAttr("aria-label", "Name");
        text.onChange((value) => (entry.name = value));
      });
    }
    new Setting(contentEl)
      .addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
      .addButton((b) => {
        b.setCta().onClick(() => {
          const choices = this.chosen.filter((e) => e.on && e.name.trim() !== "").map((e) => ({ name: e.name.trim(), context: e.candidate.context }));
          // Answered before closing: closing unanswered means "dismissed".
          this.onImport(choices);
          this.close();
        });
        this.countButton = b.buttonEl;
      });
    this.updateCount();
  }

  private updateCount(): void {
    const n = this.chosen.filter((e) => e.on).length;
    this.countButton?.setText(n === 1 ? "Add 1 suggested guest" : `Add ${n} suggested guests`);
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
