// The "Reschedule episode" form: a new date and time, the start in the show's zone and
// the display zones (as the new-episode form shows them), conflicts flagged, and what
// the reschedule would change. It only collects the target; the flow writes.
import { Modal, Setting, type App } from "obsidian";
import type { RescheduleTarget } from "../../core/reschedule/plan";
import { isValidDate } from "../../core/time/calendar-date";
import { isValidTime } from "../../core/time/wall-time";
import type { Preview } from "./preview";

export class RescheduleModal extends Modal {
  private readonly target: RescheduleTarget;
  private timesEl: HTMLElement | null = null;
  private warningsEl: HTMLElement | null = null;
  private changesEl: HTMLElement | null = null;
  private button: HTMLButtonElement | null = null;
  private current: Preview | null = null;

  constructor(
    app: App,
    private readonly title: string,
    private readonly timeZone: string,
    initial: RescheduleTarget,
    private readonly preview: (target: RescheduleTarget) => Preview,
    private readonly onSubmit: (target: RescheduleTarget) => void,
  ) {
    super(app);
    this.target = { ...initial };
  }

  override onOpen(): void {
    this.setTitle(`Reschedule ${this.title}`);
    this.modalEl.addClass("office-hours-reschedule");
    const { contentEl } = this;
    contentEl.empty();
    new Setting(contentEl)
      .setName("Date")
      .setDesc("The new date of the show.")
      .addText((text) => {
        text.inputEl.type = "date";
        text.setValue(this.target.date).onChange((value) => this.update({ date: value }));
        window.setTimeout(() => text.inputEl.focus(), 0);
      });
    const time = new Setting(contentEl)
      .setName("Time")
      .setDesc(`In ${this.timeZone}.`)
      .addText((text) => {
        text.inputEl.type = "time";
        text.setValue(this.target.time).onChange((value) => this.update({ time: value }));
      });
    this.timesEl = time.descEl.createDiv({ cls: "office-hours-time-hint" });
    this.warningsEl = contentEl.createEl("ul", { cls: "office-hours-reschedule-warnings" });
    contentEl.createDiv({ cls: "office-hours-reschedule-heading", text: "What changes" });
    this.changesEl = contentEl.createEl("ul", { cls: "office-hours-reschedule-changes" });
    new Setting(contentEl)
      .addButton((button) => button.setButtonText("Cancel").onClick(() => this.close()))
      .addButton((button) => {
        button
          .setButtonText("Reschedule")
          .setCta()
          .onClick(() => this.submit());
        this.button = button.buttonEl;
      });
    this.scope.register([], "Enter", (event) => {
      event.preventDefault();
      this.submit();
      return false;
    });
    this.refresh();
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  private update(change: Partial<RescheduleTarget>): void {
    Object.assign(this.target, change);
    this.refresh();
  }

  private refresh(): void {
    const valid = isValidDate(this.target.date) && isValidTime(this.target.time);
    const shown: Preview = valid
      ? this.preview(this.target)
      : { times: "", warnings: [], changes: [], blocked: "Give a date like 2026-11-27 and a time like 13:00." };
    this.current = shown;
    this.timesEl?.setText(shown.times);
    this.warningsEl?.empty();
    for (const warning of shown.warnings) this.warningsEl?.createEl("li", { cls: "office-hours-reschedule-warning", text: warning });
    this.changesEl?.empty();
    if (shown.blocked !== null) this.changesEl?.createEl("li", { cls: "office-hours-field-error", text: shown.blocked });
    for (const change of shown.changes) this.changesEl?.createEl("li", { text: change });
    this.button?.toggleClass("is-disabled", shown.blocked !== null);
    this.button?.setAttr("aria-disabled", shown.blocked !== null ? "true" : "false");
  }

  private submit(): void {
    this.refresh();
    if (!this.current || this.current.blocked !== null) return;
    this.close();
    this.onSubmit({ ...this.target });
  }
}
