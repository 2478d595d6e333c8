// Fresh default settings, built anew at every call so no caller can change a shared object.
import { DEFAULT_PHASE_HEADINGS, type PhaseHeadings } from "../note/phases";
import { DEFAULT_GUEST_FIELDS } from "../note/episode";
import { DEFAULT_TIMESTAMP_HEADINGS } from "../live/chapters";
import { defaultStatusNames } from "../guests/statuses";
import type { OfficeHoursSettings, ShowSettings } from "./settings";

export const SETTINGS_VERSION = 1;

export const DEFAULT_FILE_NAME_PATTERN = "{{code}} {{number}} - {{topic}}, with {{guests}}";

export function defaultShow(timeZone = "UTC", name = "Office Hours"): ShowSettings {
  return {
    id: "office-hours",
    name,
    code: "OH",
    folder: name,
    template: "",
    indexNote: "",
    fileNamePattern: DEFAULT_FILE_NAME_PATTERN,
    numberPadding: 2,
    schedule: { weekday: 5, time: "13:00", timeZone, durationMinutes: 60 },
    displayTimeZones: [],
    guestFields: [...DEFAULT_GUEST_FIELDS],
    phaseHeadings: copyPhaseHeadings(DEFAULT_PHASE_HEADINGS),
    timestampHeadings: [...DEFAULT_TIMESTAMP_HEADINGS],
    hostName: "",
    links: { channel: "", playlist: "", meetup: "", studio: "" },
    deadlines: { prepDaysBefore: 2, afterDaysAfter: 7 },
    inviteMinutesBefore: 15,
    inviteMinutesAfter: 15,
    language: "",
    breaks: [],
    about: "",
  };
}

export function defaultSettings(timeZone = "UTC"): OfficeHoursSettings {
  return {
    version: SETTINGS_VERSION,
    shows: [defaultShow(timeZone)],
    templateFolders: [],
    episodesOnlyInShowFolders: false,
    snippetsFolder: "Office Hours/Snippets",
    calendarFolder: "",
    warnDaysBefore: 3,
    autoTickChapters: false,
    tickDoneAtCreation: true,
    guestsFolder: "Office Hours/Guests",
    guestStatusNames: defaultStatusNames(),
    overdueInStatusBar: true,
    archiveAfterWeeks: 4,
    defaultView: "attention",
    groupByShow: false,
    inviteSequences: {},
  };
}

export function copyPhaseHeadings(source: PhaseHeadings): PhaseHeadings {
  return { prep: [...source.prep], before: [...source.before], after: [...source.after], other: [...source.other] };
}
