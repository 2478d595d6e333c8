// "Save guest details": the answers of the "just before the show" questions (how do you
// pronounce your name, your pronouns, your time zone) for each guest of an episode, saved
// into their guest notes so the next episode's texts use them. Fields start with what the
// notes say; a field left empty changes nothing.
import { Modal, Setting, type App } from "obsidian";
import type { GuestProfile } from "../../core/guests/profile";
import { isValidTimeZone } from "../../core/time/zone-clock";
import { ZoneSuggest } from "./zone-suggest";

export interface GuestDetails {
  name: string;
  pronunciation: string;
  pronouns: string;
  timezone: string;
}

export class SaveDetailsModal extends Modal {
  private readonly values: GuestDetails[];
  private submitted = false;

  constructor(
    app: App,
    private readonly episodeName: string,
    guests: readonly GuestProfile[],
    /** Problems of each guest's note, shown under their name ("the time zone … is not known"). */
    private readonly problems: readonly string[][],
    private readonly onSave: (details: GuestDetails[]) => void,
  ) {
    super(app);
    this.values = guests.map((g) => ({ name: g.name, pronunciation: g.pronunciation ?? "", pronouns: g.pronouns ?? "", timezone: g.timezone ?? "" }));
  }

  override onOpen(): void {
    this.setTitle(`Guest details for ${this.episodeName}`);
    this.modalEl.addClass("office-hours-save-details");
    const { contentEl } = this;
    contentEl.createEl("p", { text: "Saved in each guest's note, so the next episode's invitations and briefings use them. Empty fields change nothing." });
    const errors: HTMLElement[] = [];
    this.values.forEach((guest, i) => {
      new Setting(contentEl).setName(guest.name).setHeading();
      for (const problem of this.problems[i] ?? []) contentEl.createDiv({ cls: "office-hours-form-note", text: problem });
      new Setting(contentEl)
        .setName("How do you pronounce your name?")
        .addText((text) => text.setPlaceholder("As it sounds").setValue(guest.pronunciation).onChange((v) => (guest.pronunciation = v)));
      new Setting(contentEl).setName("What are your pronouns?").addText((text) => text.setPlaceholder("She/her").setValue(guest.pronouns).onChange((v) => (guest.pronouns = v)));
      const zone = new Setting(contentEl).setName("Your time zone").addText((text) => {
        text.setPlaceholder("Start typing a city").setValue(guest.timezone).onChange((v) => {
          guest.timezone = v;
          this.check(errors);
        });
        new ZoneSuggest(this.app, text.inputEl).onSelect((value) => {
          text.setValue(value);
          guest.timezone = value;
          this.check(errors);
        });
      });
      errors[i] = zone.descEl.createDiv({ cls: "office-hours-field-error" });
    });
    new Setting(contentEl)
      .addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText("Save")
          .setCta()
          .onClick(() => {
            this.submitted = true;
            if (!this.check(errors)) return;
            // Answered before closing: closing unanswered means "dismissed".
            this.onSave(this.values.map((v) => ({ ...v, pronunciation: v.pronunciation.trim(), pronouns: v.pronouns.trim(), timezone: v.timezone.trim() })));
            this.close();
          }),
      );
  }

  /** Marks unknown zones; true when every zone is empty or known. */
  private check(errors: HTMLElement[]): boolean {
    let ok = true;
    this.values.forEach((guest, i) => {
      const zone = guest.timezone.trim();
      const bad = zone !== "" && !isValidTimeZone(zone);
      if (bad) ok = false;
      errors[i]?.setText(bad && (this.submitted || zone.includes("/")) ? `“${zone}” is not a time zone this device knows. Pick one from the list (like Europe/Belgrade).` : "");
    });
    return ok;
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
