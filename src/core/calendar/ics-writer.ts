// Writes an iCalendar (RFC 5545) file for episodes: UTC times, so no VTIMEZONE is
// needed and no reader can mistake them for floating local times.

import { differenceInMinutes } from "date-fns";
import { absoluteUri, cleanText, escapeText, foldLine } from "./ics-text";
import { utcStamp } from "./utc-stamp";

export interface IcsEvent {
  /** Keep it stable across exports (see stableUid) so apps update rather than duplicate. */
  uid: string;
  /** When this version of the event was written (usually now): DTSTAMP. */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  /** SEQUENCE; by default derived from `stamp` (see sequenceFor). */
  sequence?: number;
  /** The language SUMMARY and DESCRIPTION are written in (RFC 5545 §3.2.10, a BCP 47 tag such as "es"); none when not known. */
  language?: { summary?: string; description?: string };
}

export interface IcsCalendar {
  /** PRODID, e.g. "-//Office Hours//Obsidian plugin//EN". */
  prodId: string;
  events: readonly IcsEvent[];
}

const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);

/**
 * The default SEQUENCE: whole minutes from 2024-01-01T00:00Z to `stamp` (0 before it).
 * Apps decide whether an imported event with a known UID replaces theirs by a higher
 * SEQUENCE (users report Google Calendar keeps the old event otherwise, e.g.
 * humhub/calendar#440), and the plugin keeps no revision counter, so the export time
 * stands in for one: a later export always wins. Two exports in the same minute tie,
 * and then the later DTSTAMP decides (RFC 5546, message sequencing). The number stays
 * below 2^31 until the year 6107.
 */
export function sequenceFor(stamp: Date): number {
  const minutes = differenceInMinutes(stamp, SEQUENCE_EPOCH);
  return Number.isFinite(minutes) && minutes > 0 ? minutes : 0;
}

/**
 * The .ics text: CRLF line ends, lines folded at 75 octets, one VEVENT per event with
 * UID, DTSTAMP, DTSTART, DTEND, SEQUENCE, then SUMMARY, DESCRIPTION, LOCATION and URL
 * unless empty after cleaning (URL also unless it is an absolute URI, see absoluteUri). Text is escaped as escapeText (\ ; , and line breaks;
 * control characters other than TAB dropped), so no value can add a property.
 * DTEND is left out when it equals DTSTART (the event is then an instant, §3.6.1).
 * Throws RangeError for an invalid date or an event that ends before it starts: those
 * come from code, not from what the user typed.
 */
export function buildIcs(calendar: IcsCalendar): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${escapeText(calendar.prodId)}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  for (const event of calendar.events) lines.push(...eventLines(event));
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

function eventLines(event: IcsEvent): string[] {
  if (event.end.getTime() < event.start.getTime()) throw new RangeError(`Event ${event.uid} ends before it starts.`);
  const sequence = event.sequence ?? sequenceFor(event.stamp);
  if (!Number.isInteger(sequence) || sequence < 0) throw new RangeError(`Event ${event.uid} has an invalid sequence ${sequence}.`);
  const start = utcStamp(event.start);
  const end = utcStamp(event.end);
  const lines = ["BEGIN:VEVENT", `UID:${escapeText(event.uid)}`, `DTSTAMP:${utcStamp(event.stamp)}`, `DTSTART:${start}`];
  if (end !== start) lines.push(`DTEND:${end}`);
  lines.push(`SEQUENCE:${sequence}`);
  addText(lines, withLanguage("SUMMARY", event.language?.summary), event.summary);
  addText(lines, withLanguage("DESCRIPTION", event.language?.description), event.description);
  addText(lines, "LOCATION", event.location);
  const url = absoluteUri(event.url ?? "");
  if (url !== "") lines.push(`URL:${url}`);
  lines.push("END:VEVENT");
  return lines;
}

/** `SUMMARY;LANGUAGE=es`: only for a well-formed tag (RFC 5646's shape), which needs no quoting; anything else is left out. */
function withLanguage(name: string, language: string | undefined): string {
  return language !== undefined && /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(language) ? `${name};LANGUAGE=${language}` : name;
}

function addText(lines: string[], name: string, value: string | undefined): void {
  if (value !== undefined && cleanText(value) !== "") lines.push(`${name}:${escapeText(value)}`);
}
