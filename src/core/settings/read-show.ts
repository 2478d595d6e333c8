// One stored show, repaired: every known key read with its type and range (stored-values.ts),
// the keys this version does not know kept as stored, at every level.
import type { PhaseHeadings } from "../note/phases";
import { PHASES } from "../types";
import { isWeekOfMonth, isWeeksApart, type WeekOfMonth, type WeeksApart } from "./cadence";
import { copyPhaseHeadings, defaultShow } from "./defaults";
import type { ShowSettings } from "./settings";
import { readFormat } from "./show-format";
import { readDeclined } from "./declined";
import { slug } from "./show-naming";
import { group, int, nonEmpty, str, stringList, unknownKeys, type Raw } from "./stored-values";

export function readShow(raw: Raw, index: number, timeZone: string, notes: string[]): ShowSettings {
  const d = defaultShow(timeZone);
  const where = (key: string) => `show ${index + 1} ${key}`;
  const name = str(raw.name, d.name, where("name"), notes).trim() || d.name;
  const schedule = group(raw.schedule, where("schedule"), notes);
  const links = group(raw.links, where("links"), notes);
  const deadlines = group(raw.deadlines, where("deadlines"), notes);
  const phases = group(raw.phaseHeadings, where("phase headings"), notes);
  const phaseHeadings: PhaseHeadings = { ...unknownKeys(phases, PHASES), ...copyPhaseHeadings(d.phaseHeadings) };
  for (const phase of PHASES) {
    phaseHeadings[phase] = stringList(phases[phase], d.phaseHeadings[phase], where(`${phase} headings`), notes);
  }
  const time = str(schedule.time, d.schedule.time, where("time"), notes);
  return {
    ...unknownKeys(raw, SHOW_KEYS),
    id: str(raw.id, "", where("id"), notes) || slug(name) || `show-${index + 1}`,
    name,
    code: str(raw.code, index === 0 ? d.code : "", where("code"), notes).trim(),
    folder: str(raw.folder, name, where("folder"), notes).trim(),
    template: str(raw.template, "", where("template"), notes).trim(),
    indexNote: str(raw.indexNote, "", where("index note"), notes).trim(),
    fileNamePattern: str(raw.fileNamePattern, d.fileNamePattern, where("file name pattern"), notes).trim() || d.fileNamePattern,
    numberPadding: int(raw.numberPadding, d.numberPadding, 1, 6, where("number padding"), notes),
    schedule: {
      ...unknownKeys(schedule, SCHEDULE_KEYS),
      weekday: int(schedule.weekday, d.schedule.weekday, 0, 6, where("weekday"), notes),
      time: /^([01]\d|2[0-3]):[0-5]\d$/.test(time) ? time : (notes.push(`${where("time")} "${time}" is not HH:mm.`), d.schedule.time),
      timeZone: str(schedule.timeZone, d.schedule.timeZone, where("time zone"), notes).trim() || d.schedule.timeZone,
      durationMinutes: int(schedule.durationMinutes, d.schedule.durationMinutes, 5, 24 * 60, where("duration"), notes),
      ...weekOfMonth(schedule.weekOfMonth, where("week of the month"), notes),
      ...weeksApart(schedule.weeksApart, schedule.weekOfMonth, where("weeks apart"), notes),
    },
    displayTimeZones: stringList(raw.displayTimeZones, d.displayTimeZones, where("display time zones"), notes),
    guestFields: nonEmpty(stringList(raw.guestFields, d.guestFields, where("guest fields"), notes), d.guestFields),
    phaseHeadings,
    timestampHeadings: nonEmpty(stringList(raw.timestampHeadings, d.timestampHeadings, where("timestamp headings"), notes), d.timestampHeadings),
    hostName: str(raw.hostName, d.hostName, where("host name"), notes),
    links: {
      ...unknownKeys(links, LINK_KEYS),
      channel: str(links.channel, "", where("channel link"), notes),
      playlist: str(links.playlist, "", where("playlist link"), notes),
      meetup: str(links.meetup, "", where("Meetup link"), notes),
      studio: str(links.studio, "", where("studio link"), notes),
    },
    deadlines: {
      ...unknownKeys(deadlines, DEADLINE_KEYS),
      prepDaysBefore: int(deadlines.prepDaysBefore, d.deadlines.prepDaysBefore, 0, 365, where("prep deadline"), notes),
      afterDaysAfter: int(deadlines.afterDaysAfter, d.deadlines.afterDaysAfter, 0, 365, where("after-show deadline"), notes),
    },
    inviteMinutesBefore: int(raw.inviteMinutesBefore, d.inviteMinutesBefore, 0, 240, where("invite minutes before"), notes),
    inviteMinutesAfter: int(raw.inviteMinutesAfter, d.inviteMinutesAfter, 0, 240, where("invite minutes after"), notes),
    language: str(raw.language, d.language, where("language"), notes).trim(),
    breaks: stringList(raw.breaks, d.breaks, where("breaks"), notes),
    about: str(raw.about, d.about, where("what the show covers"), notes).trim(),
    ...readFormat(raw.format, where("format"), notes),
    ...readDeclined(raw.declined, where("declined proposals"), notes),
  };
}

const SHOW_KEYS = [...Object.keys(defaultShow()), "format", "declined"];
const SCHEDULE_KEYS = [...Object.keys(defaultShow().schedule), "weekOfMonth", "weeksApart"];
const LINK_KEYS = Object.keys(defaultShow().links);
const DEADLINE_KEYS = Object.keys(defaultShow().deadlines);

/** Kept when it is 1–4 or -1; dropped (weekly, and named in the repair notice) otherwise. */
function weekOfMonth(value: unknown, label: string, notes: string[]): { weekOfMonth?: WeekOfMonth } {
  if (value === undefined) return {};
  if (isWeekOfMonth(value)) return { weekOfMonth: value };
  notes.push(`${label} ${JSON.stringify(value)} is not 1, 2, 3, 4 or -1 (last); the show is weekly.`);
  return {};
}

/**
 * Kept when it is 2 (every other week); dropped (weekly, named in the repair notice)
 * otherwise, and beside a valid week of the month: a show set monthly stays monthly.
 */
function weeksApart(value: unknown, month: unknown, label: string, notes: string[]): { weeksApart?: WeeksApart } {
  if (value === undefined) return {};
  if (!isWeeksApart(value)) {
    notes.push(`${label} ${JSON.stringify(value)} is not 2 (every other week); the show is ${isWeekOfMonth(month) ? "monthly" : "weekly"}.`);
    return {};
  }
  if (isWeekOfMonth(month)) {
    notes.push(`${label} 2 beside a week of the month; the show is monthly.`);
    return {};
  }
  return { weeksApart: value };
}
