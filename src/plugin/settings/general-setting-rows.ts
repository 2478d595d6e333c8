// The settings tab's general rows: options that hold for every show.
import { list, notePathProblem, numberRow, textRow, type Row } from "./setting-rows";
import { autoTickRow } from "./live-setting-rows";
import { tickDoneRow } from "./new-episode-setting-rows";
import { sidebarRows } from "./sidebar-setting-rows";
import { episodeScopeRow } from "./episode-scope-row";
import { scopeOffer } from "../../core/settings/scope-offer";
import { guestRows } from "../guests/guest-setting-rows";
import { detectShowsRow } from "./path-picker";
import { overdueStatusRow } from "./deadline-setting-rows";
import type { SettingsHost } from "./settings-tab";

/** `onRedraw` receives what works the "only in the show folders" offer out again when the shows change. */
export function generalRows(host: SettingsHost, save: () => void, onRedraw: (redraw: () => void) => void): Row[] {
  const settings = host.settings;
  const detect = host.detectShows?.bind(host);
  return [
    ...(detect ? [detectShowsRow(detect)] : []),
    textRow(
      "Template folders",
      "Notes in these folders are templates, never episodes. Template folders set in other template plugins are added automatically. Separate with commas.",
      settings.templateFolders.join(", "),
      (value) => {
        settings.templateFolders = list(value);
        save();
        return null;
      },
    ),
    episodeScopeRow(
      settings,
      save,
      () => scopeOffer(settings, host.episodes?.() ?? null),
      onRedraw,
    ),
    // Checked as the guests folder is (an absolute path, "." or ".." or a hidden folder is
    // refused with the reason): a folder typed as "../Outside" was saved, and invites then
    // went to a folder the user never named. Empty is allowed: each row says what it means.
    textRow("Snippets folder", "Your own snippet notes live here.", settings.snippetsFolder, (value) => {
      const folder = value.trim();
      const problem = folder === "" ? null : notePathProblem(folder);
      if (problem) return problem;
      settings.snippetsFolder = folder;
      save();
      return null;
    }),
    textRow("Calendar files folder", "Where exported .ics files go. Leave empty to put them next to the episode note.", settings.calendarFolder, (value) => {
      const folder = value.trim();
      const problem = folder === "" ? null : notePathProblem(folder);
      if (problem) return problem;
      settings.calendarFolder = folder;
      save();
      return null;
    }),
    numberRow("Warn about open prep items", "Days before the prep deadline the sidebar starts warning.", settings.warnDaysBefore, 0, 60, (n) => {
      settings.warnDaysBefore = n;
      save();
    }),
    autoTickRow(settings, save),
    tickDoneRow(settings, save),
    ...guestRows(settings, save),
    overdueStatusRow(settings, save),
    ...sidebarRows(settings, save),
  ];
}
