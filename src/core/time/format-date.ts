// The one date formatter behind templates and snippets. It reads both moment-style
// patterns (what Obsidian's core Templates and Templater users already write) and
// Unicode/date-fns patterns, in one pass over the pattern.

import { pad } from "./calendar-date";
import { localeNames, type LocaleNames } from "./locale-names";
import { isoOffset, zoneAbbreviation, zoneLongName } from "./zone-abbreviation";
import { wallClock, type WallClock } from "./zone-clock";

/*
 * Supported tokens (examples for 2024-07-05 15:04:09 CEST, Europe/Berlin, locale 'en'):
 *
 *   YYYY yyyy   2024        4-digit year          YY yy   24    2-digit year
 *   y           2024        year, unpadded
 *   M           7           month                 MM      07
 *   MMM         Jul         short month name      MMMM    July  (locale form used in a date)
 *   D d         5           day of month          DD dd   05
 *   Do          5th         day with English ordinal suffix (bare number in other locales)
 *   ddd E EE EEE  Fri       short weekday         dddd EEEE  Friday
 *   H           15          hour 0–23             HH      15
 *   h           3           hour 1–12             hh      03
 *   m mm        4 04        minute                s ss    9 09  second
 *   A           PM          locale's AM/PM        a       pm    (lower case)
 *   Z xxx       +02:00      offset                ZZ xx   +0200
 *   x           +02         offset, minutes only when not whole (+0530)
 *   z zz zzz    CEST        abbreviation (see zoneAbbreviation)
 *   zzzz        Central European Summer Time      (long name in the locale)
 *
 * Where the two styles disagree, moment wins, because that is what Obsidian users know:
 * D and DD are the day of the month (not Unicode's day of the year), YYYY is the
 * calendar year (not the week year) and a is lower-case am/pm. moment's d (weekday
 * number) and dd (two-letter weekday) collide with Unicode's day of month; the Unicode
 * meaning is kept and those moment tokens are not supported.
 *
 * Literals: [text] (moment) and 'text' (Unicode, '' for one quote, inside or outside).
 * A [ or ' with no closing partner is printed as is, so "D MMM 'YY" gives "5 Jul '24".
 * Letters that are not tokens (T, Q, X, …) and everything else pass through unchanged;
 * a run of one letter longer than any token is split greedily (MMMMM = MMMM + M).
 *
 * One pass, each character read a bounded number of times: linear in the pattern.
 */

interface Values {
  clock: WallClock;
  names: LocaleNames;
  instant: Date;
  timeZone: string;
}

type Field = (v: Values) => string;

const year4: Field = (v) => pad(v.clock.year, 4);
const year2: Field = (v) => pad(v.clock.year % 100, 2);
const day1: Field = (v) => String(v.clock.day);
const day2: Field = (v) => pad(v.clock.day, 2);
const weekdayShort: Field = (v) => v.names.weekdaysShort[v.clock.weekday] ?? "";
const weekdayLong: Field = (v) => v.names.weekdaysLong[v.clock.weekday] ?? "";
const offsetColon: Field = (v) => isoOffset(v.clock.offsetMinutes, ":");
const offsetPlain: Field = (v) => isoOffset(v.clock.offsetMinutes, "");
const abbreviation: Field = (v) => zoneAbbreviation(v.instant, v.timeZone);
const hour12 = (clock: WallClock): number => (clock.hour % 12 === 0 ? 12 : clock.hour % 12);
const period = (v: Values): string => v.names.dayPeriods[v.clock.hour < 12 ? 0 : 1];

const TOKENS = new Map<string, Field>([
  ["YYYY", year4],
  ["yyyy", year4],
  ["YY", year2],
  ["yy", year2],
  ["y", (v) => String(v.clock.year)],
  ["M", (v) => String(v.clock.month)],
  ["MM", (v) => pad(v.clock.month, 2)],
  ["MMM", (v) => v.names.monthsShort[v.clock.month - 1] ?? ""],
  ["MMMM", (v) => v.names.monthsLong[v.clock.month - 1] ?? ""],
  ["D", day1],
  ["d", day1],
  ["DD", day2],
  ["dd", day2],
  ["Do", (v) => ordinal(v.clock.day, v.names.locale)],
  ["ddd", weekdayShort],
  ["E", weekdayShort],
  ["EE", weekdayShort],
  ["EEE", weekdayShort],
  ["dddd", weekdayLong],
  ["EEEE", weekdayLong],
  ["H", (v) => String(v.clock.hour)],
  ["HH", (v) => pad(v.clock.hour, 2)],
  ["h", (v) => String(hour12(v.clock))],
  ["hh", (v) => pad(hour12(v.clock), 2)],
  ["m", (v) => String(v.clock.minute)],
  ["mm", (v) => pad(v.clock.minute, 2)],
  ["s", (v) => String(v.clock.second)],
  ["ss", (v) => pad(v.clock.second, 2)],
  ["A", period],
  ["a", (v) => period(v).toLocaleLowerCase(v.names.locale)],
  ["Z", offsetColon],
  ["xxx", offsetColon],
  ["ZZ", offsetPlain],
  ["xx", offsetPlain],
  ["x", (v) => shortOffset(v.clock.offsetMinutes)],
  ["z", abbreviation],
  ["zz", abbreviation],
  ["zzz", abbreviation],
  ["zzzz", (v) => zoneLongName(v.instant, v.timeZone, v.names.locale)],
]);

const LONGEST_TOKEN = 4;

/**
 * `instant` as seen in `timeZone`, written with `pattern` (see the table above), names
 * in `locale` (default 'en'; an unusable locale falls back to 'en'). Never throws: an
 * invalid instant gives "Invalid date" (as moment) and an invalid zone "Invalid time zone".
 */
export function formatDate(instant: Date, timeZone: string, pattern: string, locale?: string): string {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) return "Invalid date";
  const clock = wallClock(instant, timeZone);
  if (!clock) return "Invalid time zone";
  const values: Values = { clock, names: localeNames(locale), instant, timeZone };
  const text = String(pattern);
  let out = "";
  // Once a [ or ' has no partner further on, no later one can have one either, so the
  // search is not repeated: this keeps unbalanced patterns linear.
  let bracketsOpen = true;
  let quotesOpen = true;
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === "[" && bracketsOpen) {
      const close = text.indexOf("]", i + 1);
      if (close >= 0) {
        out += text.slice(i + 1, close);
        i = close + 1;
        continue;
      }
      bracketsOpen = false;
    } else if (ch === "'") {
      if (text.charAt(i + 1) === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const quoted = quotesOpen ? readQuoted(text, i + 1) : null;
      if (quoted) {
        out += quoted.literal;
        i = quoted.next;
        continue;
      }
      quotesOpen = false;
    } else if (isAsciiLetter(ch)) {
      const token = tokenAt(text, i);
      if (token) {
        out += token.field(values);
        i += token.length;
        continue;
      }
    }
    out += ch;
    i += 1;
  }
  return out;
}

/** The quoted literal starting at `start` (just after its opening quote) and where reading resumes, or null if it never closes. */
function readQuoted(text: string, start: number): { literal: string; next: number } | null {
  let literal = "";
  let j = start;
  while (j < text.length) {
    const ch = text.charAt(j);
    if (ch === "'") {
      if (text.charAt(j + 1) !== "'") return { literal, next: j + 1 };
      literal += "'";
      j += 2;
    } else {
      literal += ch;
      j += 1;
    }
  }
  return null;
}

function tokenAt(text: string, i: number): { field: Field; length: number } | null {
  const letter = text.charAt(i);
  if (letter === "D" && text.charAt(i + 1) === "o") {
    const field = TOKENS.get("Do");
    if (field) return { field, length: 2 };
  }
  // Only the first few letters of a run matter, which keeps long runs linear.
  let run = 1;
  while (run < LONGEST_TOKEN && text.charAt(i + run) === letter) run += 1;
  for (let length = run; length > 0; length -= 1) {
    const field = TOKENS.get(letter.repeat(length));
    if (field) return { field, length };
  }
  return null;
}

function isAsciiLetter(ch: string): boolean {
  return (ch >= "A" && ch <= "Z") || (ch >= "a" && ch <= "z");
}

/** English ordinals (1st, 2nd, 3rd, 11th, 22nd); other locales get the bare number, since their forms vary too much to guess. */
function ordinal(day: number, locale: string): string {
  if (!/^en\b/i.test(locale)) return String(day);
  const tens = day % 100;
  const ones = day % 10;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ones === 1 ? "st" : ones === 2 ? "nd" : ones === 3 ? "rd" : "th";
  return `${day}${suffix}`;
}

/** "+02", "-03:30" → "-0330": date-fns's `x`. */
function shortOffset(offsetMinutes: number): string {
  const full = isoOffset(offsetMinutes, "");
  return full.endsWith("00") ? full.slice(0, 3) : full;
}
