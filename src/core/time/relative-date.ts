// "in 3 days", "2 weeks ago", "5 months ago": how far a show's date is from today, in the
// unit a person would use. date-fns counts the calendar months and years; Intl words it.
// date-fns's own intlFormatDistance builds a formatter per call and says "2 quarters ago".
import { differenceInCalendarMonths, differenceInCalendarYears } from "date-fns";
import { daysBetween, toDay } from "./calendar-date";

const formats = new Map<string, Intl.RelativeTimeFormat>();

function formatter(locale: string): Intl.RelativeTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
    formats.set(locale, format);
  }
  return format;
}

/** "today", "tomorrow", "in 3 days", "yesterday", "5 days ago": always in days. */
export function relativeDays(days: number, locale = "en"): string {
  return formatter(locale).format(days, "day");
}

/**
 * From `today` to `date`: days up to two weeks, then weeks up to eight, then calendar
 * months, then calendar years ("last year" and "next year" included). "" for an invalid date.
 */
export function relativeDate(today: string, date: string, locale = "en"): string {
  const days = daysBetween(today, date);
  const from = toDay(today);
  const to = toDay(date);
  if (days === null || !from || !to) return "";
  const span = Math.abs(days);
  if (span < 14) return relativeDays(days, locale);
  if (span < 56) return formatter(locale).format(Math.trunc(days / 7), "week");
  const months = differenceInCalendarMonths(to, from);
  if (Math.abs(months) < 12) return formatter(locale).format(months, "month");
  return formatter(locale).format(differenceInCalendarYears(to, from), "year");
}
