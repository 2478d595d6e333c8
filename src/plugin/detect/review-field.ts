// One field of a proposed show in the review: its value, editable, with why it was
// proposed under it. Folders and notes are picked from the vault and must exist; the
// other fields are checked by the same rules as the settings tab.
import { Setting, type App } from "obsidian";
import type { ShowSettings } from "../../core/settings/settings";
import type { DetectField, FieldEvidence } from "../../core/detect/types";
import { fieldLabel } from "../../core/detect/describe";
import { FORMAT_LABELS, SHOW_FORMATS, showFormat } from "../../core/settings/show-format";
import { applyFieldInput, fieldInput } from "../../core/detect/field-input";
import { WEEKDAY_NAMES } from "../../core/detect/schedule-words";
import { addPathField } from "../settings/path-picker";

const PATH_FIELDS: Partial<Record<DetectField, "folder" | "note">> = { folder: "folder", template: "note", indexNote: "note" };
const CONFIDENCE_LABELS = { found: "", guess: "guess", default: "not found" } as const;

export interface FieldRow {
  field: DetectField;
  draft: ShowSettings;
  evidence: FieldEvidence | undefined;
  /** The configured show's value, for a correction ("was …"). */
  was: string | null;
  /** Phase phrases before detection added any (for the headings field). */
  baseHeadings: ShowSettings["phaseHeadings"];
  /** Called with the field's error message, or null when its value is accepted. */
  onProblem(field: DetectField, problem: string | null): void;
  /** A held change (declined before, or offered unticked): its tag and why it is not applied. */
  held?: { tag: string; reason: string };
}

export function renderField(app: App, parent: HTMLElement, row: FieldRow): Setting {
  const { field, draft, evidence } = row;
  const setting = new Setting(parent).setClass("office-hours-detect-field");
  const label = createFragment((f) => {
    f.appendText(fieldLabel(draft, field));
    const tag = CONFIDENCE_LABELS[evidence?.confidence ?? "found"];
    if (tag !== "") f.createSpan({ cls: `office-hours-detect-tag is-${evidence?.confidence ?? "found"}`, text: tag });
    if (row.held) f.createSpan({ cls: "office-hours-detect-tag is-held", text: row.held.tag });
  });
  setting.setName(label);
  const desc = createFragment((f) => {
    if (row.was !== null) f.createDiv({ cls: "office-hours-detect-was", text: `Now: ${row.was}` });
    if (row.held) f.createDiv({ cls: "office-hours-detect-held", text: row.held.reason });
    for (const reason of evidence?.reasons ?? []) f.createDiv({ text: reason });
  });
  setting.setDesc(desc);

  const apply = (text: string): string | null => applyFieldInput(draft, field, text, row.baseHeadings);
  const kind = PATH_FIELDS[field];
  if (kind !== undefined) {
    addPathField(app, setting, kind, fieldInput(draft, field), apply, (problem) => row.onProblem(field, problem));
    return setting;
  }
  if (field === "weekday") {
    setting.addDropdown((dropdown) => {
      for (const [n, day] of WEEKDAY_NAMES.entries()) dropdown.addOption(String(n), day);
      dropdown.setValue(String(draft.schedule.weekday)).onChange((value) => row.onProblem(field, apply(value)));
    });
    return setting;
  }
  if (field === "format") {
    setting.addDropdown((dropdown) => {
      for (const format of SHOW_FORMATS) dropdown.addOption(format, FORMAT_LABELS[format]);
      dropdown.setValue(showFormat(draft)).onChange((value) => row.onProblem(field, apply(value)));
    });
    return setting;
  }
  const error = setting.descEl.createDiv({ cls: "office-hours-field-error" });
  const check = (value: string, input: HTMLElement) => {
    const problem = apply(value);
    error.setText(problem ?? "");
    input.toggleClass("is-invalid", problem !== null);
    row.onProblem(field, problem);
  };
  if (field === "phaseHeadings" || field === "breaks") {
    // One per line, as the settings tab takes them.
    setting.addTextArea((area) => {
      area.setPlaceholder(field === "breaks" ? "2024-02-01 Team at FOSDEM" : "Prep: Vorbereitung").setValue(fieldInput(draft, field)).onChange((value) => check(value, area.inputEl));
    });
  } else {
    setting.addText((text) => text.setValue(fieldInput(draft, field)).onChange((value) => check(value, text.inputEl)));
  }
  return setting;
}
