// Whether a series airs once a month ("the last Tuesday of the month"), from its dates. A
// monthly show proposed as weekly had its next episode proposed a week after the last one
// and its outreach text called it weekly. The dates must all fall on the show's weekday and
// on one place in the month, and no two may be less than 25 days apart (a weekly show's
// dated notes are a week apart; a monthly one may skip months). Numbered episodes must also
// be a month apart per number: a weekly show with two dated notes that happen to be first
// Fridays (numbers 16 and 29, 13 weeks apart) is not monthly. Two dates are a guess.
import { differenceInCalendarDays, getDate, getDay, getDaysInMonth } from "date-fns";
import { daysBetween, toDay } from "../time/calendar-date";
import { ordinal, type WeekOfMonth } from "../settings/cadence";
import type { Found } from "./schedule";
import { WEEKDAY_NAMES } from "./schedule-words";

const MIN_GAP_DAYS = 25;

export interface DatedEpisode {
  date: string | null;
  /** The episode's number within its season, when its name has one. */
  number: number | null;
  season?: number | null;
}

export function findMonthly(episodes: readonly DatedEpisode[], weekday: number): Found<WeekOfMonth> | null {
  const days = [...new Set(episodes.map((e) => e.date).filter((d): d is string => d !== null))].sort();
  if (days.length < 2 || tooCloseByNumber(episodes)) return null;
  let allLast = true;
  let sameNth = true;
  let firstNth: number | null = null;
  let previous: Date | null = null;
  // Each date parsed once: its weekday, place in the month and gap to the one before all
  // come from one Date (placeInMonth, weekdayOf and daysBetween parsed it three times).
  for (const text of days) {
    const day = toDay(text);
    if (day === null || getDay(day) !== weekday) return null;
    if (previous !== null && differenceInCalendarDays(day, previous) < MIN_GAP_DAYS) return null;
    const date = getDate(day);
    const nth = Math.ceil(date / 7);
    firstNth ??= nth;
    allLast &&= date + 7 > getDaysInMonth(day);
    sameNth &&= nth === firstNth;
    previous = day;
  }
  // Both can hold (the 24th in a month of 30 days is the fourth and the last): "the last"
  // is what a host of such a call says, and it stays right in months with five of them.
  const nth = firstNth ?? 5;
  const week: WeekOfMonth | null = allLast ? -1 : sameNth && nth >= 1 && nth <= 4 ? (nth as WeekOfMonth) : null;
  if (week === null) return null;
  const shown = days.length > 4 ? [...days.slice(0, 2), "…", ...days.slice(-2)] : days;
  return {
    value: week,
    confidence: days.length >= 3 ? "found" : "guess",
    reasons: [
      `monthly, the ${ordinal(week)} ${WEEKDAY_NAMES[weekday] ?? ""}: all ${days.length} dated episodes (${shown.join(", ")}) fall on one, none within ${MIN_GAP_DAYS} days of another`,
    ],
  };
}

/** Two numbered episodes of one season less than MIN_GAP_DAYS apart per number between them. */
function tooCloseByNumber(episodes: readonly DatedEpisode[]): boolean {
  const numbered = episodes
    .filter((e): e is DatedEpisode & { date: string; number: number } => e.date !== null && e.number !== null)
    .sort((a, b) => a.date.localeCompare(b.date));
  for (let i = 1; i < numbered.length; i++) {
    const a = numbered[i - 1];
    const b = numbered[i];
    if (!a || !b || (a.season ?? null) !== (b.season ?? null) || b.number <= a.number) continue;
    if ((daysBetween(a.date, b.date) ?? 0) < MIN_GAP_DAYS * (b.number - a.number)) return true;
  }
  return false;
}
