// The review screen: every proposed show with a checkbox, its summary, and its fields
// with the evidence, all editable, and "Look for episodes only in the show folders"
// as proposed for the shows ticked (scope.ts). Nothing is written here: "Add" hands the
// ticked, edited proposals and that toggle to the caller, "Cancel" (or closing) nothing.
// A correction's changes each have their own toggle; what the notes say but the user
// decided otherwise (declined before, or the format they set) is listed unticked.
// What the user leaves out of an accepted proposal is remembered as declined
// (core/detect/declines.ts); ticking a held change takes its "no" back.
import { Modal, Setting, type App, type ButtonComponent, type ToggleComponent } from "obsidian";
import { DEFAULT_PHASE_HEADINGS } from "../../core/note/phases";
import type { ShowSettings } from "../../core/settings/settings";
import type { DetectField, DetectResult, ProposedShow } from "../../core/detect/types";
import { fieldText, heldReason } from "../../core/detect/describe";
import { copyField, withReviewDeclines } from "../../core/detect/declines";
import { reviewFields } from "../../core/detect/proposal";
import { renderField } from "./review-field";
import { SCOPE_SETTING, type ScopeProposal } from "../../core/detect/scope";

interface Draft {
  proposal: ProposedShow;
  show: ShowSettings;
  included: boolean;
  problems: Map<DetectField, string>;
  /** Held changes the user ticked (core/detect/declines.ts). */
  ticked: Set<DetectField>;
}

const HELD_TAGS = { declined: "declined before", offered: "your choice" } as const;

export class DetectReviewModal extends Modal {
  private readonly drafts: Draft[];
  private addButton: ButtonComponent | null = null;
  private accepted = false;
  /** The toggle's value; it follows the proposal until the user sets it. */
  private onlyShowFolders = false;
  private userSetScope = false;
  private settingScope = false;
  private scopeSetting: Setting | null = null;
  private scopeToggle: ToggleComponent | null = null;

  /** `scopeFor`: the proposal for the shows given, as ticked and edited (core/detect/scope.ts). */
  constructor(
    app: App,
    private readonly result: DetectResult,
    private readonly configured: readonly ShowSettings[],
    private readonly scopeFor: (accepted: ProposedShow[]) => ScopeProposal,
    private readonly onAccept: (accepted: ProposedShow[], onlyShowFolders: boolean) => void,
  ) {
    super(app);
    this.drafts = result.shows.map((proposal) => ({ proposal, show: structuredClone(proposal.show), included: true, problems: new Map(), ticked: new Set() }));
  }

  override onOpen(): void {
    this.setTitle("Shows found in your notes");
    this.modalEl.addClass("office-hours-detect");
    const { contentEl } = this;
    contentEl.empty();
    contentEl.createEl("p", {
      cls: "office-hours-detect-intro",
      text: "Check each show, change what is wrong, untick what you do not want, then add them. Nothing is saved before you do. A proposed value you change, clear or untick in a show you add is remembered as declined, and not proposed again.",
    });
    this.drafts.forEach((draft, index) => this.renderShow(contentEl, draft, index === 0));
    this.renderLeftOut(contentEl);
    this.renderScope(contentEl);
    new Setting(contentEl)
      .setClass("office-hours-detect-buttons")
      .addButton((button) => button.setButtonText("Cancel").onClick(() => this.close()))
      .addButton((button) => {
        this.addButton = button.setCta().onClick(() => this.accept());
      });
    this.refreshButton();
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  private renderShow(parent: HTMLElement, draft: Draft, open: boolean): void {
    const { proposal } = draft;
    const box = parent.createDiv({ cls: "office-hours-detect-show" });
    // The show as Detect read it: "Now:" and an unticked change are that copy's values, so a
    // change made in the settings meanwhile is not taken for one the review makes.
    const configured = proposal.before ?? this.configured.find((s) => s.id === proposal.correctionOf);
    const kind = configured ? `Corrections to ${configured.name}` : "New show";
    new Setting(box)
      .setClass("office-hours-detect-head")
      .setName(`${proposal.show.name}${proposal.show.code ? ` (${proposal.show.code})` : ""}`)
      .setDesc(`${kind} · ${proposal.summary}`)
      .addToggle((toggle) =>
        toggle
          .setTooltip("Include this show")
          .setValue(true)
          .onChange((on) => {
            draft.included = on;
            box.toggleClass("is-excluded", !on);
            this.refreshButton();
            this.refreshScope();
          }),
      );
    const details = box.createEl("details", { cls: "office-hours-detect-fields" });
    details.open = open;
    details.createEl("summary", { text: configured ? "What would change, and why" : "Fields, and why" });
    const base = configured?.phaseHeadings ?? DEFAULT_PHASE_HEADINGS;
    for (const field of reviewFields(proposal)) {
      if (!configured) {
        this.renderRow(details, draft, field, draft.show, base, null, null);
        continue;
      }
      // A correction's change edits a copy: unticked, the configured value stays in the draft.
      this.renderRow(details, draft, field, structuredClone(proposal.show), base, configured, { on: true });
    }
    if (configured) {
      for (const held of proposal.held) {
        const tick = (on: boolean) => (on ? draft.ticked.add(held.field) : draft.ticked.delete(held.field));
        this.renderRow(details, draft, held.field, structuredClone(held.show), base, configured, { on: false, onTick: tick }, { tag: HELD_TAGS[held.why], reason: heldReason(held, configured) });
      }
    }
    if (proposal.warnings.length > 0) {
      const list = box.createEl("ul", { cls: "office-hours-detect-warnings" });
      for (const warning of proposal.warnings) list.createEl("li", { text: warning });
    }
  }

  /**
   * One field. A correction's row edits `edited` and has a toggle: on, the edited value is
   * the draft's; off, the configured show's value is. A new show's row edits the draft.
   */
  private renderRow(
    parent: HTMLElement,
    draft: Draft,
    field: DetectField,
    edited: ShowSettings,
    base: ShowSettings["phaseHeadings"],
    configured: ShowSettings | null,
    toggle: { on: boolean; onTick?: (on: boolean) => void } | null,
    held?: { tag: string; reason: string },
  ): void {
    let on = toggle?.on ?? true;
    let problem: string | null = null;
    const follow = () => {
      if (configured) copyField(on ? edited : configured, draft.show, field);
      if (on && problem !== null) draft.problems.set(field, problem);
      else draft.problems.delete(field);
      this.refreshButton();
      // A folder edited moves its episodes in or out of the show folders.
      this.refreshScope();
    };
    const setting = renderField(this.app, parent, {
      field,
      draft: edited,
      evidence: draft.proposal.evidence[field],
      was: configured ? fieldText(configured, field) : null,
      baseHeadings: base,
      ...(held ? { held } : {}),
      onProblem: (_f, found) => {
        problem = found;
        follow();
      },
    });
    if (!toggle) return;
    setting.addToggle((component) =>
      component
        .setTooltip(held ? "Apply this change (takes back your earlier choice)" : "Apply this change")
        .setValue(on)
        .onChange((value) => {
          on = value;
          toggle.onTick?.(value);
          follow();
        }),
    );
  }

  private renderLeftOut(parent: HTMLElement): void {
    if (this.result.unchanged.length > 0) {
      parent.createEl("p", { cls: "office-hours-detect-note", text: `Already set up as the notes say: ${this.result.unchanged.join(", ")}.` });
    }
    if (this.result.stillDeclined.length > 0) {
      const what = this.result.stillDeclined.map((d) => `${d.show}: ${d.values.join(", ")}`).join("; ");
      parent.createEl("p", { cls: "office-hours-detect-note", text: `Declined before, not proposed again (take a “no” back in the show's settings): ${what}.` });
    }
    if (this.result.skipped.length === 0) return;
    const details = parent.createEl("details", { cls: "office-hours-detect-skipped" });
    details.createEl("summary", { text: `Not proposed (${this.result.skipped.length})` });
    const list = details.createEl("ul");
    for (const skipped of this.result.skipped) list.createEl("li", { text: `${skipped.where}: ${skipped.reason}` });
  }

  private renderScope(parent: HTMLElement): void {
    this.scopeSetting = new Setting(parent)
      .setClass("office-hours-detect-scope")
      .setName(SCOPE_SETTING)
      .addToggle((toggle) => {
        this.scopeToggle = toggle.setTooltip(SCOPE_SETTING);
      });
    // setValue calls onChange too (as Obsidian's toggle does): only a change made while
    // the modal is not setting the value itself is the user's.
    this.scopeToggle?.onChange((on) => {
      if (this.settingScope) return;
      this.userSetScope = true;
      this.onlyShowFolders = on;
    });
    this.refreshScope();
  }

  private refreshScope(): void {
    const setting = this.scopeSetting;
    if (!setting) return;
    const scope = this.scopeFor(this.chosen());
    setting.setDesc(scope.reason);
    if (this.userSetScope) return;
    this.onlyShowFolders = scope.on;
    this.settingScope = true;
    try {
      this.scopeToggle?.setValue(scope.on);
    } finally {
      this.settingScope = false;
    }
  }

  /** The ticked proposals, as edited. */
  private chosen(): ProposedShow[] {
    return this.drafts.filter((d) => d.included).map((d) => ({ ...d.proposal, show: d.show }));
  }

  private refreshButton(): void {
    const chosen = this.drafts.filter((d) => d.included);
    const added = chosen.filter((d) => d.proposal.correctionOf === null).length;
    const corrections = chosen.length - added;
    const parts = [added > 0 ? `${added} show${added === 1 ? "" : "s"}` : "", corrections > 0 ? `${corrections} correction${corrections === 1 ? "" : "s"}` : ""].filter((p) => p !== "");
    const blocked = chosen.some((d) => d.problems.size > 0);
    this.addButton?.setButtonText(parts.length === 0 ? "Add" : `Add ${parts.join(" and ")}`);
    this.addButton?.setDisabled(chosen.length === 0 || blocked);
  }

  private accept(): void {
    const chosen = this.drafts.filter((d) => d.included);
    if (chosen.length === 0 || chosen.some((d) => d.problems.size > 0) || this.accepted) return;
    this.accepted = true;
    this.close();
    // What the user left out of a proposal they accept is remembered as declined.
    this.onAccept(
      chosen.map((d) => ({ ...d.proposal, show: withReviewDeclines(d.proposal, d.show, d.ticked) })),
      this.onlyShowFolders,
    );
  }
}
