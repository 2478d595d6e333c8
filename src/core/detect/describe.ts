// Proposals in words: each field's value as the review lists it, and the readable
// summary `office-hours detect` prints.
import { DEFAULT_PHASE_HEADINGS } from "../note/phases";
import type { ShowSettings } from "../settings/settings";
import { PHASES } from "../types";
import { LINK_FIELDS, type DetectField, type DetectResult, type HeldChange, type LinkField, type ProposedShow } from "./types";
import { FORMAT_LABELS, LINK_LABELS, showFormat } from "../settings/show-format";
import { reviewFields } from "./proposal";
import { WEEKDAY_NAMES } from "./schedule-words";
import { cadenceText, isFortnightly } from "../settings/cadence";
import { LANGUAGE_NAMES } from "./language";

export const FIELD_LABELS: Record<DetectField, string> = {
  name: "Name",
  code: "Short code",
  folder: "Folder",
  template: "Template",
  indexNote: "Index note",
  fileNamePattern: "File name pattern",
  numberPadding: "Number padding",
  weekday: "Weekday",
  time: "Time",
  timeZone: "Time zone",
  displayTimeZones: "Also show times in",
  guestFields: "Guest fields",
  phaseHeadings: "Added phase headings",
  language: "Language",
  format: "Format",
  channel: LINK_LABELS.channel.livestream,
  playlist: LINK_LABELS.playlist.livestream,
  meetup: LINK_LABELS.meetup.livestream,
  studio: LINK_LABELS.studio.livestream,
  hostName: "Host",
  about: "What the show covers",
  breaks: "Breaks",
};

/** A field's label for this show: a podcast's link fields are named as its settings name them. */
export function fieldLabel(show: ShowSettings, field: DetectField): string {
  return isLinkField(field) ? LINK_LABELS[field][showFormat(show)] : FIELD_LABELS[field];
}

function isLinkField(field: DetectField): field is LinkField {
  return (LINK_FIELDS as readonly DetectField[]).includes(field);
}

/** Phase phrases the show has beyond the defaults, as "prep: Vorbereitung". */
export function addedHeadings(show: ShowSettings): string[] {
  return PHASES.flatMap((phase) =>
    show.phaseHeadings[phase].filter((p) => !DEFAULT_PHASE_HEADINGS[phase].includes(p)).map((p) => `${phase}: ${p}`),
  );
}

export function fieldText(show: ShowSettings, field: DetectField): string {
  switch (field) {
    case "name":
      return show.name;
    case "code":
      return show.code || "(none)";
    case "folder":
      return show.folder || "(top of the vault)";
    case "template":
      return show.template || "(built-in template)";
    case "indexNote":
      return show.indexNote || "(none)";
    case "fileNamePattern":
      return show.fileNamePattern;
    case "numberPadding":
      return String(show.numberPadding);
    case "weekday":
      return show.schedule.weekOfMonth === undefined && !isFortnightly(show.schedule) ? (WEEKDAY_NAMES[show.schedule.weekday] ?? String(show.schedule.weekday)) : cadenceText(show.schedule);
    case "time":
      return show.schedule.time;
    case "timeZone":
      return show.schedule.timeZone;
    case "displayTimeZones":
      return show.displayTimeZones.join(", ") || "(none)";
    case "guestFields":
      return show.guestFields.join(", ");
    case "phaseHeadings":
      return addedHeadings(show).join("; ") || "(defaults)";
    case "language":
      return show.language === "" ? "(unknown)" : `${LANGUAGE_NAMES[show.language] ?? show.language} (${show.language})`;
    case "format":
      return FORMAT_LABELS[showFormat(show)];
    case "channel":
    case "playlist":
    case "meetup":
    case "studio":
      return show.links[field] || "(none)";
    case "hostName":
    case "about":
      return show[field] || "(none)";
    case "breaks":
      return show.breaks.join("; ") || "(none)";
  }
}

const MARK = { found: " ", guess: "?", default: "-" } as const;

/** Why a held change is not applied, as the review and the command line say it. */
export function heldReason(held: HeldChange, configured: ShowSettings | undefined): string {
  if (held.why === "declined") return `You declined ${held.values.join(", ")} before, so it is not applied; tick it to take that back.`;
  const now = configured ? fieldText(configured, held.field).toLowerCase() : "it is";
  return `You set this show up as a ${now}: not applied unless you tick it (left unticked, it is not proposed again).`;
}

function proposalLines(proposal: ProposedShow, configured: ShowSettings | undefined): string[] {
  const { show } = proposal;
  const title = `${show.name}${show.code ? ` (${show.code})` : ""}`;
  const lines = [proposal.correctionOf !== null ? `${title}: corrections to the configured show` : `${title}: new show`, `  ${proposal.summary}`];
  const fields = reviewFields(proposal);
  // A correction may hold nothing but held changes: they are in the column too (and Math.max() alone is -Infinity).
  const width = Math.max(0, ...fields.map((f) => fieldLabel(show, f).length), ...proposal.held.map((h) => fieldLabel(h.show, h.field).length));
  for (const field of fields) {
    const evidence = proposal.evidence[field];
    const mark = MARK[evidence?.confidence ?? "default"];
    const was = configured && proposal.correctionOf !== null ? ` (was ${fieldText(configured, field)})` : "";
    lines.push(`  ${mark} ${fieldLabel(show, field).padEnd(width)}  ${fieldText(show, field)}${was}`);
    for (const reason of evidence?.reasons ?? []) lines.push(`  ${" ".repeat(width + 4)}${reason}`);
  }
  for (const held of proposal.held) {
    lines.push(`  ~ ${fieldLabel(held.show, held.field).padEnd(width)}  ${fieldText(held.show, held.field)} (not applied)`);
    lines.push(`  ${" ".repeat(width + 4)}${heldReason(held, configured)}`);
  }
  for (const warning of proposal.warnings) lines.push(`  ! ${warning}`);
  return lines;
}

/** The readable report: each proposal with its reasons, then what was left out. */
export function formatDetection(result: DetectResult, configured: readonly ShowSettings[]): string {
  const out: string[] = [];
  const count = result.shows.length;
  const unchanged = result.unchanged.length > 0 ? `Already set up as the notes say: ${result.unchanged.join(", ")}.` : null;
  // Nothing to propose but shows already set up: one true line, not "No shows found." above them.
  if (count === 0) out.push(unchanged ? `No new shows. ${unchanged}` : "No shows found.");
  else out.push(`${count} proposal${count === 1 ? "" : "s"} (“?” a guess, “-” nothing found, the default kept):`);
  for (const proposal of result.shows) {
    out.push("", ...proposalLines(proposal, proposal.before ?? configured.find((s) => s.id === proposal.correctionOf)));
  }
  if (count > 0 && unchanged) out.push("", unchanged);
  if (result.stillDeclined.length > 0) {
    out.push("", "Declined before, not proposed again (take a “no” back in the show's settings):");
    for (const d of result.stillDeclined) out.push(`  ${d.show}: ${FIELD_LABELS[d.field]} ${d.values.join(", ")}`);
  }
  if (result.skipped.length > 0) {
    out.push("", "Not proposed:");
    for (const skipped of result.skipped) out.push(`  ${skipped.where}: ${skipped.reason}`);
  }
  return out.join("\n");
}
