// What the new-episode form tells before anything is written (a folder it will create, a
// template that is missing, the example show), and the Create button's label that says it.
import type { ShowSettings } from "../../core/settings/settings";
import type { PlannedEpisode } from "../../core/new-episode/planned";

/** What the form must tell before anything is written: a folder it will create, a template that is missing. */
export interface FormNotes {
  missingFolder?: string;
  missingTemplate?: string;
  /** The show is still the example a first-time user starts with. */
  exampleShow?: boolean;
  /** Episodes the index note plans (no note yet): their numbers are named when typed. */
  planned?: readonly PlannedEpisode[];
}

/** Adds the form's notes to `contentEl`; returns the Create button's label. */
export function renderFormNotes(contentEl: HTMLElement, show: ShowSettings, notes: FormNotes): string {
  const { missingFolder, missingTemplate, exampleShow } = notes;
  if (missingFolder !== undefined) {
    contentEl.createDiv({ cls: "office-hours-form-note", text: `The folder “${missingFolder}” does not exist yet; it will be created.` });
  }
  if (missingTemplate !== undefined) {
    contentEl.createDiv({
      cls: "office-hours-form-note",
      text: `The template note “${missingTemplate}” does not exist, so the built-in template would be used. Fix the show's template in the settings to use your own.`,
    });
  }
  if (exampleShow === true) {
    const { weekday, time, timeZone } = show.schedule;
    contentEl.createDiv({
      cls: "office-hours-form-note",
      text: `${show.name} is the example show the plugin starts with (${weekdayName(weekday)}s at ${time}, ${timeZone}). To make it yours (name, day, time, zone, folder), see Settings → Office Hours; if you already have episode notes, run “Detect shows”.`,
    });
  }
  return missingFolder !== undefined && missingTemplate !== undefined
    ? "Create folder and note (built-in template)"
    : missingFolder !== undefined
      ? "Create folder and note"
      : missingTemplate !== undefined
        ? "Create with the built-in template"
        : "Create";
}

function weekdayName(weekday: number): string {
  return ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][weekday] ?? "slot";
}
