// The guests' settings: where guest notes live, and the word written for each state of
// the outreach pipeline (a Spanish vault may write "contactado").
import type { OfficeHoursSettings } from "../../core/settings/settings";
import { GUEST_STATUSES, statusNamesProblem } from "../../core/guests/statuses";
import { list, notePathProblem, textRow, type Row } from "../settings/setting-rows";

export function guestRows(settings: OfficeHoursSettings, save: () => void): Row[] {
  return [
    textRow("Guests folder", "One note per guest lives here (pronouns, pronunciation, time zone, status…). Created when the first guest note is.", settings.guestsFolder, (value) => {
      const folder = value.trim();
      const problem = folder === "" ? "Guest notes need a folder." : notePathProblem(folder);
      if (problem) return problem;
      settings.guestsFolder = folder;
      save();
      return null;
    }),
    textRow(
      "Guest status words",
      `The words guest notes use for ${GUEST_STATUSES.join(", ")}, in that order, separated by commas.`,
      GUEST_STATUSES.map((s) => settings.guestStatusNames[s]).join(", "),
      (value) => {
        const words = list(value);
        if (words.length !== GUEST_STATUSES.length) return `Give ${GUEST_STATUSES.length} words, one per state.`;
        const names = { ...settings.guestStatusNames };
        GUEST_STATUSES.forEach((status, i) => (names[status] = words[i] ?? status));
        const problem = statusNamesProblem(names);
        if (problem) return problem;
        settings.guestStatusNames = names;
        save();
        return null;
      },
    ),
  ];
}
