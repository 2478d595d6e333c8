// Schedules written in prose: "13:00 UTC (15:00 CEST) on Friday", "13:00 UTC (15:00
// CEST) en Jueves", "Fridays at 1:00 PM ET". A statement needs a time with minutes (or
// am/pm) and a known zone word right after it; the weekday is the nearest weekday word
// on the same line. The times written after it are the zones to show beside it: in
// parentheses ("14:00 CET (08:00 EST, 18:30 IST)"), or after a slash, comma or "and"
// when they name the same instant ("14:00 CET / 08:00 EST"; "10:00 PT / 17:00 CET" on
// different days is two schedules). A zone may be written as its IANA name ("Thursdays
// 16:00 Europe/Berlin"): that is the time on that zone's clock all year, the most exact
// schedule a host can give, so it is read as the zone itself, never as a UTC conversion.
import { weekdayOfWord, zoneOfWord, type ZoneWord } from "./schedule-words";
import { isValidTimeZone } from "../time/zone-clock";
import { readAmbiguous, sameInstantAnyDay, type ZoneTime } from "./zone-instant";

export type { ZoneTime } from "./zone-instant";

export interface TimeStatement extends ZoneTime {
  /** Zones given in parentheses after the time. */
  also: ZoneTime[];
  weekday: number | null;
  /** The words around the statement, for the evidence. */
  quote: string;
}

/**
 * A zone word: an IANA name (an area from the zone database, a slash, the place: `Europe/Berlin`,
 * `America/Argentina/Salta`, `Etc/GMT+1`), tried first so `US/Pacific` is not read as "US",
 * else an abbreviation. The areas are named so "UTC/GMT" stays the abbreviation UTC. Each
 * part stops at a character the next cannot start with, so nothing backtracks.
 */
const ZONE_WORD = String.raw`((?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc|US|Canada|Brazil|Chile|Mexico)(?:\/[A-Za-z_]+(?:[-+][A-Za-z0-9_]+)*)+|[A-Z]{2,4})\b`;
const TIME_ZONE = new RegExp(String.raw`(\d{1,2})(?:[:.h](\d{2}))?\s?([AaPp]\.?[Mm]\.?)?\s*` + ZONE_WORD, "g");
/**
 * One more time after a statement, sticky: an opening parenthesis or a separator, then a
 * time and zone word. Each part is bounded or stops at a different character, so a long
 * run of separators is read once (no nested quantifiers).
 */
const NEXT_TIME = new RegExp(String.raw`[ \t]*(\))?[ \t]*(\(|[,/;|=·&]|and\b|y\b|et\b|und\b|e\b)?[ \t]*(\d{1,2})(?:[:.h](\d{2}))?[ \t]?([AaPp]\.?[Mm]\.?)?[ \t]*` + ZONE_WORD, "y");
const CLOSING = /[ \t]*\)/y;
const WORD = /[\p{L}][\p{L}-]*/gu;
/** How far from the time a weekday word may stand and still belong to it. */
const WEEKDAY_REACH = 60;

/** The zone a word names: an IANA name this device knows is that zone exactly; an abbreviation, its representative. */
function zoneNamed(word: string): ZoneWord | null {
  if (word.includes("/")) return isValidTimeZone(word) ? { zone: word, exact: true } : null;
  return zoneOfWord(word);
}

function readTime(hourText: string, minuteText: string | undefined, meridiem: string | undefined, zoneText: string): ZoneTime | null {
  const zone = zoneNamed(zoneText);
  if (!zone || (minuteText === undefined && meridiem === undefined)) return null;
  let hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (minute > 59) return null;
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    const pm = meridiem.toLowerCase().startsWith("p");
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (hour > 23) return null;
  return { time: `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`, word: zoneText, zone };
}

/** Every schedule statement on one line. */
export function timeStatements(line: string): TimeStatement[] {
  if (line.length > 2000 || !/\d/.test(line)) return [];
  const found: TimeStatement[] = [];
  let consumed = 0;
  for (const m of line.matchAll(TIME_ZONE)) {
    const at = m.index;
    if (at < consumed) continue;
    // Not the tail of a longer number or of a date ("2024-01-05 13:00" is fine, "1013:00" is not).
    if (at > 0 && /[\d:.]/.test(line.charAt(at - 1))) continue;
    const main = readTime(m[1] ?? "", m[2], m[3], m[4] ?? "");
    if (!main) continue;
    let end = at + m[0].length;
    // "UTC+2" is an offset, not the zone UTC.
    if (/^[+\-−]\d/.test(line.slice(end, end + 2))) continue;
    const { also, end: after } = timesAfter(line, end, main);
    end = after;
    const [first, ...rest] = readAmbiguous([main, ...also]);
    consumed = end;
    found.push({ ...(first ?? main), also: rest, weekday: nearestWeekday(line, at, end), quote: quote(line, at, end) });
  }
  return found;
}

/**
 * The times written after `main`: in parentheses each is taken (a conversion, even one a
 * season off); after a bare separator only one naming the same instant on some day.
 */
function timesAfter(line: string, start: number, main: ZoneTime): { also: ZoneTime[]; end: number } {
  const also: ZoneTime[] = [];
  let end = start;
  let inParenthesis = false;
  for (;;) {
    NEXT_TIME.lastIndex = end;
    const m = NEXT_TIME.exec(line);
    if (!m || m[2] === undefined) break;
    // "14:00 CET (08:00 EST), 18:30 IST": after its closing parenthesis a time is read as after a bare separator.
    if (m[1] !== undefined) inParenthesis = false;
    const opens = m[2] === "(";
    const other = readTime(m[3] ?? "", m[4], m[5], m[6] ?? "");
    if (!other || /^[+\-−]\d/.test(line.slice(NEXT_TIME.lastIndex, NEXT_TIME.lastIndex + 2))) break;
    if (!opens && !inParenthesis && !sameInstantAnyDay(other, main)) break;
    inParenthesis = opens || inParenthesis;
    also.push(other);
    end = NEXT_TIME.lastIndex;
  }
  CLOSING.lastIndex = end;
  if (inParenthesis && CLOSING.test(line)) end = CLOSING.lastIndex;
  return { also, end };
}

function nearestWeekday(line: string, start: number, end: number): number | null {
  let best: { day: number; distance: number } | null = null;
  for (const m of line.matchAll(WORD)) {
    // Weekday names have 5 to 13 letters ("lunes", "segunda-feira", "Mittwochs"): skip the rest unread.
    if (m[0].length < 5 || m[0].length > 14) continue;
    const day = weekdayOfWord(m[0]);
    if (day === null) continue;
    const wordEnd = m.index + m[0].length;
    const distance = m.index >= end ? m.index - end : start >= wordEnd ? start - wordEnd : 0;
    if (distance <= WEEKDAY_REACH && (!best || distance < best.distance)) best = { day, distance };
  }
  return best?.day ?? null;
}

function quote(line: string, start: number, end: number): string {
  const from = Math.max(0, start - 40);
  const to = Math.min(line.length, end + 40);
  return `${from > 0 ? "…" : ""}${line.slice(from, to).trim()}${to < line.length ? "…" : ""}`;
}

/** How a statement reads back: "13:00 UTC (15:00 CEST) on Friday" style, without the weekday. */
export function describeStatement(statement: ZoneTime & { also?: ZoneTime[] }): string {
  const also = statement.also?.map((a) => `${a.time} ${a.word}`) ?? [];
  return `${statement.time} ${statement.word}${also.length > 0 ? ` (${also.join(", ")})` : ""}`;
}
