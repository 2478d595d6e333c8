// Go live in an episode dated another day: the host has next week's note open (preparing
// it) and presses Go live for today's show. Its date, in its show's zone, decides: today
// goes live at once; another day asks first, naming the day. An episode without a date (a
// special, a note not scheduled yet) goes live without a question: nothing says it is the
// wrong one.
import { differenceInCalendarDays, format, parseISO } from "date-fns";

/** The question to ask before going live, or null when the episode is today's (or has no date). */
export function otherDayQuestion(basename: string, date: string | null, today: string): string | null {
  if (date === null || date === today) return null;
  const day = parseISO(date);
  const now = parseISO(today);
  if (Number.isNaN(day.getTime()) || Number.isNaN(now.getTime())) return null;
  const days = differenceInCalendarDays(day, now);
  const when = days === 1 ? "tomorrow" : days === -1 ? "yesterday" : days > 0 ? `in ${days} days` : `${-days} days ago`;
  return `${basename} is dated ${format(day, "EEEE d MMMM yyyy")}, ${when}. Go live on it now?`;
}
