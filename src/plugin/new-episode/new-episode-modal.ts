// The "New episode" form: one modal, prefilled with the show's next number and next
// free slot, validated as the user types. It only collects a draft; creating the note
// is the caller's job (new-episode-flow.ts).
import { Modal, Setting, type App, type TextComponent } from "obsidian";
import type { ShowSettings } from "../../core/settings/settings";
import { largestNumber } from "../../core/new-episode/number-limit";
import { nextInSeason, planEpisode, splitGuestInput, validateDraft, type EpisodeDraft, type ShowEpisodeFacts } from "../../core/new-episode/new-episode";
import { zonedToInstant } from "../../core/time/zoned-to-instant";
import { describeTime } from "../../core/time/describe-time";
import { GuestNameSuggest, type GuestFormHelp } from "../guests/guest-name-suggest";
import { draftWarnings, type BusySlots } from "../../core/new-episode/draft-warnings";
import { nextSlotText } from "../../core/settings/cadence";
import { numberForSeason } from "../../core/new-episode/season-number";
import type { Numbered } from "../../core/vault/numbering";
import { plannedFor, plannedMessage } from "../../core/new-episode/planned";
import { takenMeanwhile, type FormFacts } from "../../core/new-episode/taken-meanwhile";
import { renderFormNotes, type FormNotes } from "./form-notes";

type Field = keyof EpisodeDraft;

export class NewEpisodeModal extends Modal {
  private readonly draft: EpisodeDraft;
  private readonly errorEls = new Map<Field, HTMLElement>();
  private previewEl: HTMLElement | null = null;
  private timeHintEl: HTMLElement | null = null;
  private dateWarningEl: HTMLElement | null = null;
  private createButton: HTMLButtonElement | null = null;
  private submitted = false;
  private newGuestsEl: HTMLElement | null = null;
  private createGuestNotes = false;
  private numberText: TextComponent | null = null;
  private topicText: TextComponent | null = null;
  private guestsText: TextComponent | null = null;
  private plannedEl: HTMLElement | null = null;
  private dateText: TextComponent | null = null;
  private meanwhileEl: HTMLElement | null = null;
  /** The day the form proposed last; a slot taken meanwhile moves only this one. */
  private proposedDate: string;
  /** The number the form proposed last; while the field holds it, a new season may replace it. */
  private proposedNumber: number | null;

  constructor(
    app: App,
    private readonly show: ShowSettings,
    initial: EpisodeDraft,
    private existing: readonly ShowEpisodeFacts[],
    private readonly now: () => Date,
    private readonly onSubmit: (draft: EpisodeDraft) => void,
    private readonly notes: FormNotes = {},
    /** Known guests to suggest, and guest notes to create for new names. */
    private readonly guestHelp: GuestFormHelp | null = null,
    /** The show's breaks and the slots of shows sharing its studio, for the date's warnings. */
    private busy: BusySlots = { breaks: [], windows: [] },
    /** Notes named in the show's series that are not episodes: their numbers are taken. */
    private others: readonly Numbered[] = [],
    /** The show's notes as they are now, read again at Create (taken-meanwhile.ts). */
    private readonly reread: (() => FormFacts) | null = null,
  ) {
    super(app);
    this.draft = { ...initial, guests: [...initial.guests] };
    this.proposedNumber = initial.number;
    this.proposedDate = initial.date;
  }

  override onOpen(): void {
    this.setTitle(`New ${this.show.name} episode`);
    this.modalEl.addClass("office-hours-new-episode");
    const { contentEl } = this;
    contentEl.empty();

    this.textField(contentEl, "topic", "Topic", "What the episode is about; it becomes part of the file name.", (text) => {
      text.setPlaceholder("What the episode is about").setValue(this.draft.topic);
      this.topicText = text;
      text.onChange((value) => this.update({ topic: value }));
      window.setTimeout(() => text.inputEl.focus(), 0);
    });
    this.textField(contentEl, "guests", "Guests", "Separate several guests with commas. Leave empty if not known yet.", (text) => {
      text.setPlaceholder("Names, separated by commas").setValue(this.draft.guests.join(", "));
      this.guestsText = text;
      text.onChange((value) => this.update({ guests: splitGuestInput(value, this.show.language) }));
      if (this.guestHelp) new GuestNameSuggest(this.app, text.inputEl, this.guestHelp, (value) => this.update({ guests: splitGuestInput(value, this.show.language) }));
    });
    if (this.guestHelp) this.newGuestsRow(contentEl);
    const date = this.textField(contentEl, "date", "Date", nextSlotText(this.show.schedule), (text) => {
      text.inputEl.type = "date";
      text.setValue(this.draft.date);
      this.dateText = text;
      text.onChange((value) => this.update({ date: value }));
    });
    // Said, not refused: a special episode on another day is allowed.
    this.dateWarningEl = date.descEl.createDiv({ cls: "office-hours-field-warning" });
    const time = this.textField(contentEl, "time", "Time", `In ${this.show.schedule.timeZone}.`, (text) => {
      text.inputEl.type = "time";
      text.setValue(this.draft.time);
      text.onChange((value) => this.update({ time: value }));
    });
    this.timeHintEl = time.descEl.createDiv({ cls: "office-hours-time-hint" });
    const seasoned = this.draft.season !== undefined;
    if (seasoned) this.seasonField(contentEl);
    const numberHelp =
      this.draft.number === null
        ? "This show's episodes carry no number. Give one only to have it in the texts."
        : seasoned
          ? "The episode within its season: the season's highest number plus one."
          : this.existing.length === 0 && this.draft.number === 1
            ? "The show's first episode."
            : "The show's highest number plus one.";
    const number = this.textField(contentEl, "number", seasoned ? "Episode" : "Number", numberHelp, (text) => {
      text.inputEl.type = "number";
      text.inputEl.min = "0";
      text.setValue(this.draft.number === null ? "" : String(this.draft.number));
      text.onChange((value) => this.update({ number: value.trim() === "" ? null : Number(value) }));
      this.numberText = text;
    });
    // A number the index note gives a planned episode: said, with that episode one click away.
    this.plannedEl = number.descEl.createDiv({ cls: "office-hours-field-warning" });

    this.previewEl = contentEl.createDiv({ cls: "office-hours-file-preview" });
    const createLabel = renderFormNotes(contentEl, this.show, this.notes);
    this.meanwhileEl = contentEl.createDiv({ cls: "office-hours-field-warning" });
    new Setting(contentEl)
      .addButton((button) => button.setButtonText("Cancel").onClick(() => this.close()))
      .addButton((button) => {
        button
          .setButtonText(createLabel)
          .setCta()
          .onClick(() => this.submit());
        this.createButton = button.buttonEl;
      });
    this.scope.register([], "Enter", (event) => {
      event.preventDefault();
      this.submit();
      return false;
    });
    this.refresh(false);
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  /**
   * A show numbered within seasons: the latest season, prefilled. Another season takes that
   * season's next number (E01 for a new one) only while the episode field holds the form's
   * proposal: a number the user typed is theirs (season-number.ts).
   */
  private seasonField(parent: HTMLElement): void {
    this.textField(parent, "season", "Season", "The latest season. Type the next one to start a new season at episode 1 (an episode number you typed stays).", (text) => {
      text.inputEl.type = "number";
      text.inputEl.min = "0";
      text.setValue(this.draft.season === null || this.draft.season === undefined ? "" : String(this.draft.season));
      text.onChange((value) => {
        const season = value.trim() === "" ? null : Number(value);
        const next = numberForSeason({ number: this.draft.number, proposed: this.proposedNumber }, season, this.existing, this.others);
        if (next.number !== this.draft.number) this.numberText?.setValue(next.number === null ? "" : String(next.number));
        this.proposedNumber = next.proposed;
        this.update({ season, number: next.number });
      });
    });
  }

  private textField(
    parent: HTMLElement,
    field: Field,
    name: string,
    description: string,
    build: (text: TextComponent) => void,
  ): Setting {
    const setting = new Setting(parent).setName(name).setDesc(description).addText(build);
    this.errorEls.set(field, setting.descEl.createDiv({ cls: "office-hours-field-error" }));
    return setting;
  }

  private update(change: Partial<EpisodeDraft>): void {
    // A planned episode's name holds its topic, number and guests: changing one is another note.
    const renames = "topic" in change || "number" in change || "season" in change || "guests" in change;
    if (renames && !("plannedName" in change)) delete this.draft.plannedName;
    Object.assign(this.draft, change);
    this.refresh(this.submitted);
  }

  /** Show errors once the user tried to submit; the topic's is shown only then. */
  private refresh(showAll: boolean): boolean {
    const errors = validateDraft(this.draft, this.existing, this.show.fileNamePattern);
    for (const [field, el] of this.errorEls) {
      const message = errors[field];
      el.setText(message && (showAll || field !== "topic") ? message : "");
    }
    const valid = Object.keys(errors).length === 0;
    this.createButton?.toggleClass("is-disabled", !valid);
    this.createButton?.setAttr("aria-disabled", valid ? "false" : "true");
    if (this.previewEl) {
      const plan = planEpisode(this.draft, this.show, null, this.now(), "en", this.existing);
      this.previewEl.setText(`File: ${plan.path}`);
    }
    this.refreshNewGuests();
    this.refreshPlanned();
    if (this.dateWarningEl) {
      const warnings = draftWarnings(this.draft, this.show, this.existing, this.now(), this.busy);
      this.dateWarningEl.empty();
      for (const warning of warnings) this.dateWarningEl.createDiv({ text: warning });
    }
    if (this.timeHintEl) {
      const start = this.draft.date ? zonedToInstant(this.draft.date, this.draft.time, this.show.schedule.timeZone) : null;
      this.timeHintEl.setText(start?.ok ? describeTime(start.instant, this.show.schedule.timeZone, this.show.displayTimeZones) : "");
    }
    return valid;
  }

  private submit(): void {
    this.submitted = true;
    if (this.takenMeanwhile() || !this.refresh(true)) return;
    this.close();
    this.onSubmit({ ...this.draft, topic: this.draft.topic.trim() });
    const fresh = this.newGuests();
    if (this.createGuestNotes && fresh.length > 0) this.guestHelp?.createNotes(fresh);
  }

  /**
   * Reads the show's notes again: one arrived since the form opened (a sync) that takes the
   * number or the slot stops this Create, the form showing the next free ones and saying why.
   */
  private takenMeanwhile(): boolean {
    if (!this.reread || !this.meanwhileEl) return false;
    const after = this.reread();
    const found = takenMeanwhile(this.draft, this.show, { existing: this.existing, others: this.others, busy: this.busy }, after, this.now(), this.proposedDate);
    ({ existing: this.existing, others: this.others, busy: this.busy } = after);
    this.meanwhileEl.setText(found?.message ?? "");
    if (!found) return false;
    if (found.number !== undefined) this.numberText?.setValue(String(found.number));
    if (found.date !== undefined) this.dateText?.setValue(found.date);
    this.proposedNumber = found.number ?? this.proposedNumber;
    this.proposedDate = found.date ?? this.proposedDate;
    this.update({ ...(found.number !== undefined ? { number: found.number } : {}), ...(found.date !== undefined ? { date: found.date } : {}) });
    return true;
  }

  /** The planned episode the number is, named; a button makes the form that episode (its topic and guests from the link). */
  private refreshPlanned(): void {
    const el = this.plannedEl;
    if (!el) return;
    el.empty();
    const planned = plannedFor(this.draft, this.notes.planned ?? []);
    if (!planned) return;
    el.createDiv({ text: plannedMessage(planned, this.draft.topic) });
    if (planned.topic.toLowerCase() === this.draft.topic.trim().toLowerCase()) return;
    const make = el.createEl("button", { text: `Make this “${planned.name}”` });
    make.addEventListener("click", () => {
      const guests = planned.guests.length > 0 ? planned.guests : this.draft.guests;
      this.topicText?.setValue(planned.topic);
      this.guestsText?.setValue(guests.join(", "));
      this.update({ topic: planned.topic, guests: [...guests], plannedName: planned.name });
    });
    // Or another episode: the next number no note and no planned episode has.
    const free = nextInSeason(this.draft.season ?? null, this.existing, [...this.others, ...(this.notes.planned ?? [])], largestNumber(this.show.fileNamePattern));
    const other = el.createEl("button", { text: `Use ${free} instead` });
    other.addEventListener("click", () => {
      this.numberText?.setValue(String(free));
      this.update({ number: free });
    });
  }

  /** Names typed that no guest has yet. */
  private newGuests(): string[] {
    const help = this.guestHelp;
    return help ? this.draft.guests.filter((name) => !help.isKnown(name)) : [];
  }

  private newGuestsRow(parent: HTMLElement): void {
    const row = new Setting(parent).setName("Create guest notes").addToggle((toggle) =>
      toggle.setValue(this.createGuestNotes).onChange((on) => {
        this.createGuestNotes = on;
        this.refreshNewGuests();
      }),
    );
    row.settingEl.addClass("office-hours-new-guests");
    this.newGuestsEl = row.settingEl;
  }

  private refreshNewGuests(): void {
    const el = this.newGuestsEl;
    if (!el) return;
    const fresh = this.newGuests();
    el.toggleClass("is-hidden", fresh.length === 0);
    el.querySelector(".setting-item-description")?.remove();
    if (fresh.length === 0) return;
    // Said by the switch's state: off, "their notes go in …" read as if they would be made.
    const where = this.guestHelp?.notesWhere() ?? "in the guests folder";
    const what = this.createGuestNotes ? `Their notes will be made ${where}.` : `Switch on to make their notes ${where}.`;
    el.querySelector(".setting-item-info")?.createDiv({ cls: "setting-item-description", text: `New: ${fresh.join(", ")}. ${what}` });
  }
}
