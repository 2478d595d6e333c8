// Dates as whole numbers of days, so the agenda and the status compare and subtract
// numbers instead of parsing 'YYYY-MM-DD' strings for every item on every redraw.

/** Days in 400 Gregorian years: the calendar repeats exactly after them. */
const CYCLE_DAYS = 146_097;

/** The day number (days since 1970-01-01) of a `YYYY-MM-DD` date, Infinity for null or a date that cannot be read. */
export function dayNumber(date: string | null): number {
  if (date === null) return Infinity;
  const year = Number(date.slice(0, 4));
  // Date.UTC reads years 0–99 as 1900–1999: those are counted 400 years later and moved back one cycle.
  const early = year >= 0 && year < 100;
  const ms = Date.UTC(early ? year + 400 : year, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Number.isNaN(ms) ? Infinity : Math.round(ms / 86_400_000) - (early ? CYCLE_DAYS : 0);
}

/** The `YYYY-MM-DD` date of a day number (the inverse of dayNumber for the years 0001–9999). */
export function dateOfDay(day: number): string {
  // toISOString writes the years 0000–9999 with four digits, as the notes do.
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
