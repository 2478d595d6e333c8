// One series turned into a proposed show: every field from its rule, with the reasons,
// in the settings' own shape. Fields nothing was found for keep the defaults, marked so.
import { DEFAULT_FILE_NAME_PATTERN, defaultShow, slug, type ShowSettings } from "../settings/settings";
import { PHASES } from "../types";
import { DETECT_FIELDS, LINK_FIELDS, type DetectField, type Evidence, type FieldEvidence, type ProposedShow } from "./types";
import type { NoteFacts } from "./note-facts";
import type { Series } from "./series";
import type { GuestKeys } from "./guest-keys";
import type { TemplateAssignment } from "./templates";
import type { SeriesNotes } from "./index-notes";
import { findSchedule, type Found } from "./schedule";
import { findPadding, findPattern } from "./name-pattern";
import { showName } from "./show-name";
import { findHeadingAdditions } from "./phase-headings";
import { findLanguage, LANGUAGE_NAMES } from "./language";
import { findMonthly, type DatedEpisode } from "./monthly";
import { findFortnightly } from "./fortnightly";
import { WEEKDAY_NAMES } from "./schedule-words";
import { findLinks, readLinks, type LinkSource } from "./show-links";
import { findFormat } from "./format";
import type { ScheduleTable } from "./schedule-table";
import { tableFindings } from "./table-evidence";
import { findAbout, findHosts } from "./show-about";
import { earlierReasons, earlierSummary, type EarlierFolder } from "./earlier-folders";

export interface SeriesFindings {
  series: Series;
  template: TemplateAssignment;
  guests: GuestKeys;
  /** The notes that list the episodes and describe the show (index-notes.ts). */
  notes: SeriesNotes;
  /** The schedule table beside the episodes (table-evidence.ts), or null. */
  table: ScheduleTable | null;
  /** The show whose template a line comes from, when it is another show's: copied text is not this show's evidence. */
  foreignLines: (line: string) => string | undefined;
  /** Older folders of the same show (earlier-folders.ts): named, counted as its episodes, not its evidence. */
  earlier?: readonly EarlierFolder[];
}

const DEFAULT_REASON = "nothing in the notes says; the default is kept";

function kept(): FieldEvidence {
  return { confidence: "default", reasons: [DEFAULT_REASON] };
}

function evidenceOf<T>(found: Found<T> | null): FieldEvidence {
  return found ? { confidence: found.confidence, reasons: found.reasons } : kept();
}

export function buildProposal(findings: SeriesFindings, timeZone: string, fallbackName: string): ProposedShow {
  const { series, template, guests } = findings;
  const earlier = findings.earlier ?? [];
  const { index, about } = findings.notes;
  const templateNote: NoteFacts | null = template.match?.template ?? null;
  const evidence: Evidence = {};
  const warnings: string[] = [];

  const named = showName(about?.note ?? null, series.folder, series.code, fallbackName, series.members, templateNote);
  const show: ShowSettings = defaultShow(timeZone, named.name.value);
  show.id = slug(named.name.value) || "show";
  evidence.name = evidenceOf(named.name);

  const names = series.members.filter((m) => m.shape?.code);
  show.code = series.code ?? named.code ?? "";
  evidence.code =
    series.code !== null
      ? { confidence: "found", reasons: [`${series.code} in ${names.length} of ${series.members.length} file names`] }
      : named.code !== null
        ? { confidence: "found", reasons: [`${about?.note.basename ?? "the index note"} calls the show ${named.code}; the file names carry no code`] }
        : { confidence: "found", reasons: ["the file names carry no code"] };

  // The newest name with a topic: "LS 42" alone shows less of how the names go.
  const example = ([...series.members].reverse().find((m) => m.shape?.title !== "") ?? series.members[series.members.length - 1])?.basename ?? "";
  show.folder = series.folder;
  evidence.folder = {
    confidence: "found",
    reasons: [
      `${series.members.length} episode note${series.members.length === 1 ? "" : "s"} named like “${example}” ${series.folder === "" ? "at the top of the vault" : `in ${series.folder}`}`,
      ...earlierReasons(earlier, series.code),
    ],
  };

  show.template = templateNote?.path ?? "";
  evidence.template = template.match
    ? template.tie === null
      ? { confidence: "found", reasons: template.match.reasons }
      : { confidence: "guess", reasons: [...template.match.reasons, template.tie] }
    : { confidence: "default", reasons: [...template.hints, "no template note matches; new episodes use the built-in template"] };

  show.indexNote = index?.note.path ?? "";
  evidence.indexNote = index ? { confidence: "found", reasons: index.reasons } : { confidence: "default", reasons: [findings.notes.noIndex] };

  const pattern = findPattern(series, guests.names);
  show.fileNamePattern = pattern?.value ?? DEFAULT_FILE_NAME_PATTERN;
  evidence.fileNamePattern = evidenceOf(pattern);
  const padding = findPadding(series.members);
  if (padding) show.numberPadding = padding.value;
  evidence.numberPadding = evidenceOf(padding);

  const found = findSchedule(series.members, templateNote, findings.foreignLines);
  const table = tableFindings(findings.table, series.members, found);
  const schedule = { ...found, weekday: table.weekday ?? found.weekday, time: found.time ?? table.time };
  if (schedule.weekday) show.schedule.weekday = schedule.weekday.value;
  const dated = series.members.map(datedEpisode);
  const monthly = schedule.weekday ? findMonthly(dated, schedule.weekday.value) : null;
  if (monthly) show.schedule.weekOfMonth = monthly.value;
  // Monthly and fortnightly never both hold (monthly's gaps are 25 days or more); monthly is asked first.
  const fortnightly = schedule.weekday && !monthly ? findFortnightly(dated, schedule.weekday.value) : null;
  if (fortnightly) show.schedule.weeksApart = fortnightly.value;
  const cadence = monthly ?? fortnightly;
  if (schedule.time) show.schedule.time = schedule.time.value;
  if (schedule.timeZone) show.schedule.timeZone = schedule.timeZone.value;
  if (schedule.displayTimeZones) show.displayTimeZones = schedule.displayTimeZones.value;
  evidence.weekday = schedule.weekday ? evidenceOf(schedule.weekday) : { confidence: "default", reasons: [`${WEEKDAY_NAMES[show.schedule.weekday] ?? ""}: ${DEFAULT_REASON}`] };
  if (cadence) evidence.weekday = { confidence: cadence.confidence === "guess" ? "guess" : evidence.weekday.confidence, reasons: [...evidence.weekday.reasons, ...cadence.reasons] };
  evidence.time = evidenceOf(schedule.time);
  evidence.timeZone = schedule.timeZone ? evidenceOf(schedule.timeZone) : { confidence: "default", reasons: [`no zone is written; the device's zone (${timeZone}) is kept`] };
  evidence.displayTimeZones = evidenceOf(schedule.displayTimeZones);
  warnings.push(...schedule.warnings, ...table.warnings);
  if (table.breaks) show.breaks = table.breaks.value;
  evidence.breaks = table.breaks ? evidenceOf(table.breaks) : { confidence: "default", reasons: ["no schedule table beside the episodes records a break"] };

  // The hosts and what the show covers: as the description note says them plainly, else the schedule table's hosts.
  const hosts = findHosts(about?.note ?? null) ?? table.hosts;
  if (hosts) show.hostName = hosts.value;
  evidence.hostName = hosts ? evidenceOf(hosts) : { confidence: "default", reasons: [about ? `${about.note.basename} names no hosts plainly (“Hosted by …”, a host: property)` : "no note describing the show names its hosts"] };
  const covers = findAbout(about?.note ?? null);
  if (covers) show.about = covers.value;
  evidence.about = covers ? evidenceOf(covers) : { confidence: "default", reasons: [about ? `${about.note.basename} does not say plainly what the show is about` : "no note describes the show"] };

  show.guestFields = [...guests.fields];
  evidence.guestFields = { confidence: "found", reasons: guests.reasons };

  const additions = findHeadingAdditions(series.members, templateNote);
  if (additions) for (const phase of PHASES) show.phaseHeadings[phase].push(...(additions.value[phase] ?? []));
  evidence.phaseHeadings = additions
    ? { confidence: additions.confidence, reasons: additions.reasons }
    : { confidence: "default", reasons: ["the default phrases already name every checklist heading"] };

  const language = findLanguage(templateNote ? [...series.members, templateNote] : series.members);
  if (language) show.language = language.value;
  evidence.language = language ? evidenceOf(language) : { confidence: "default", reasons: ["too little text to tell"] };

  // Links and format from the same read of the notes' links: the episodes, the template, the index note.
  const sources: LinkSource[] = [
    ...series.members.map((note) => ({ note, role: "episode" as const })),
    ...(templateNote ? [{ note: templateNote, role: "template" as const }] : []),
    ...(index ? [{ note: index.note, role: "index" as const }] : []),
    // The README that describes the show speaks for it as the index note does ("broadcast live on: YouTube de Grafana").
    ...(about && about.note !== index?.note ? [{ note: about.note, role: "index" as const }] : []),
  ];
  const links = readLinks(sources, findings.foreignLines);
  const format = findFormat(links);
  if (format.value === "podcast") show.format = "podcast";
  evidence.format = { confidence: format.confidence, reasons: format.reasons };
  const slots = findLinks(links);
  for (const field of LINK_FIELDS) {
    const link = slots[field];
    if (link.value !== null) show.links[field] = link.value;
    evidence[field] = "confidence" in link ? { confidence: link.confidence, reasons: link.reasons } : { confidence: "default", reasons: link.reasons };
  }

  const count = series.members.length;
  const where = series.folder === "" ? "at the top of the vault" : `in ${series.folder}`;
  return {
    show,
    evidence,
    summary: `${count} episode${count === 1 ? "" : "s"} ${where}${language ? ` (${LANGUAGE_NAMES[language.value] ?? language.value})` : ""}${earlierSummary(earlier)}`,
    // The earlier folders' notes are the show's episodes too: outside its folder, they keep "only in the show folders" off (scope.ts).
    episodes: [...earlier.flatMap((e) => e.members.map((m) => m.path)), ...series.members.map((m) => m.path)],
    correctionOf: null,
    changes: [],
    warnings,
    held: [],
  };
}

/** The fields a review shows for a proposal: every field for a new show, the changes for a correction. */
export function reviewFields(proposal: ProposedShow): DetectField[] {
  if (proposal.correctionOf !== null) return proposal.changes;
  return [...DETECT_FIELDS];
}

/** A member's date and number (within its season), for the monthly and fortnightly rules. */
function datedEpisode(member: NoteFacts): DatedEpisode {
  const shape = member.shape;
  const number = shape?.numberText ? Number(shape.numberText) : null;
  const season = shape?.seasonText ? Number(shape.seasonText) : null;
  return { date: member.date, number: Number.isFinite(number) ? number : null, season };
}
