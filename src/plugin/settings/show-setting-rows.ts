// The settings tab's rows for one show: what it is, when it airs, its notes' words, its links
// and deadlines, and what the user declined in "Detect shows".
import type { App, Setting } from "obsidian";
import type { ShowSettings } from "../../core/settings/settings";
import { list, numberRow, textRow, zoneProblem, zonesProblem, type Row } from "./setting-rows";
import { isValidTime } from "../../core/time/wall-time";
import { PHASES, type Phase } from "../../core/types";
import { timestampHeadingsRow } from "./live-setting-rows";
import { pathRow } from "./path-picker";
import { breaksRow } from "./deadline-setting-rows";
import type { ShowIdentityRows } from "./show-identity-rows";
import { scheduleRows } from "./schedule-rows";
import { formatRow, linkRows } from "./show-format-rows";
import { declinedRows } from "./declined-rows";

const PHASE_NAMES: Record<Phase, string> = {
  prep: "Prep headings",
  before: "Just-before-the-show headings",
  after: "After-the-show headings",
  other: "Headings that are never checklists",
};

/** `saveShow(structural)`: save a change of this show (`true` when commands follow its name). */
export function showRows(app: App, identity: ShowIdentityRows, show: ShowSettings, saveShow: (structural: boolean) => void): Row[] {
  const save = () => saveShow(false);
  const rows: Row[] = [
    ...identity.rows(show, () => saveShow(true), save),
    formatRow(show, save),
    pathRow(app, "Template", "A note to copy for new episodes. Leave empty for the built-in template.", "note", show.template, (value) => {
      show.template = value;
      save();
    }),
    pathRow(app, "Index note", "The note whose episode list the index command keeps current.", "note", show.indexNote, (value) => {
      show.indexNote = value;
      save();
    }),
    textRow("File name pattern", "Placeholders: {{code}}, {{number}}, {{season}} (S{{season}}E{{number}} numbers episodes within seasons), {{topic}}, {{guests}}, {{date}}, {{show}}; add :slug for lowercase-hyphenated words ({{topic:slug}}).", show.fileNamePattern, (value) => {
      if (!/\{\{\s*(topic|title|number|date)/i.test(value)) return "Include {{topic}}, {{number}} or {{date}} so names differ.";
      show.fileNamePattern = value.trim();
      save();
      return null;
    }),
    numberRow("Number padding", "Digits in the number: 2 gives 05.", show.numberPadding, 1, 6, (n) => {
      show.numberPadding = n;
      save();
    }),
    ...scheduleRows(show, save),
    textRow("Time", "Start time, 24-hour, in the show's time zone.", show.schedule.time, (value) => {
      if (!isValidTime(value.trim())) return "Use hours and minutes, like 13:00.";
      show.schedule.time = value.trim();
      save();
      return null;
    }),
    textRow(
      "Time zone",
      "A zone name such as UTC or Europe/Berlin.",
      show.schedule.timeZone,
      (value) => {
        const problem = zoneProblem(value.trim());
        if (problem) return problem;
        show.schedule.timeZone = value.trim();
        save();
        return null;
      },
      // A stored zone this device does not know is kept (time-zones.ts), and shown as wrong from the start.
      zoneProblem(show.schedule.timeZone),
    ),
    numberRow("Duration", "Minutes on air.", show.schedule.durationMinutes, 5, 1440, (n) => {
      show.schedule.durationMinutes = n;
      save();
    }),
    textRow(
      "Also show times in",
      "Zones to show next to the show's own, separated by commas.",
      show.displayTimeZones.join(", "),
      (value) => {
        const zones = list(value);
        const problem = zonesProblem(zones);
        if (problem) return problem;
        show.displayTimeZones = zones;
        save();
        return null;
      },
      zonesProblem(show.displayTimeZones),
    ),
    numberRow("Invite starts early by", "Minutes before the show, for a tech check.", show.inviteMinutesBefore, 0, 240, (n) => {
      show.inviteMinutesBefore = n;
      save();
    }),
    numberRow("Invite ends late by", "Minutes after the show, for a debrief.", show.inviteMinutesAfter, 0, 240, (n) => {
      show.inviteMinutesAfter = n;
      save();
    }),
    textRow("Guest fields", "Field names that hold guests (Guest:: …), separated by commas. End a name with one colon, Invitado(s):, to read lines written with one colon.", show.guestFields.join(", "), (value) => {
      const fields = list(value);
      if (fields.length === 0) return "Give at least one field name.";
      show.guestFields = fields;
      save();
      return null;
    }),
    ...PHASES.map((phase) => ({
      name: PHASE_NAMES[phase],
      desc:
        phase === "other"
          ? "One phrase per line; checkboxes under a heading containing a phrase (talking points, agenda, show notes) are never counted as work to do."
          : "One phrase per line; a heading containing a phrase belongs to this phase.",
      render: (setting: Setting) =>
        setting.addTextArea((area) =>
          area.setValue(show.phaseHeadings[phase].join("\n")).onChange((value) => {
            show.phaseHeadings[phase] = list(value, /\n/);
            save();
          }),
        ),
    })),
    timestampHeadingsRow(show, save),
    textRow("Language", "The language the show's notes are written in, as a code such as es: guests joined by its “and” (y in Spanish) are read as two, and es gives Spanish built-in snippets and invites. Empty when unknown (English rules only).", show.language, (value) => {
      if (value.trim() !== "" && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value.trim())) return "A language code such as es or pt-BR, or empty.";
      show.language = value.trim();
      save();
      return null;
    }),
    textRow("Host name", "Used in introductions and snippets.", show.hostName, (value) => {
      show.hostName = value.trim();
      save();
      return null;
    }),
    textRow("What the show covers", "Ends “where we have guests on to talk about …” in the outreach message, e.g. all things Grafana Labs and observability.", show.about, (value) => {
      show.about = value.trim();
      save();
      return null;
    }),
  ];
  rows.push(...linkRows(show, save));
  rows.push(
    numberRow("Prep due", "Days before the show all prep items should be done.", show.deadlines.prepDaysBefore, 0, 365, (n) => {
      show.deadlines.prepDaysBefore = n;
      save();
    }),
    numberRow("After-show due", "Days after the show all after-show items should be done.", show.deadlines.afterDaysAfter, 0, 365, (n) => {
      show.deadlines.afterDaysAfter = n;
      save();
    }),
    breaksRow(show, save),
    ...declinedRows(show, save),
  );
  return rows;
}
