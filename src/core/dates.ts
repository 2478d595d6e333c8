// Calendar dates as `YYYY-MM-DD` strings. Plain dates carry no time zone, so all
// arithmetic runs on UTC midnights and never depends on the machine's zone.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Is `y-m-d` a real calendar date (2023-02-29 is not)? */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function toIsoDate(year: number, month: number, day: number): string | null {
  if (!isRealDate(year, month, day)) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Days since 1970-01-01 for an ISO date (null when invalid). */
export function dayNumber(date: string): number | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isRealDate(year, month, day)) return null;
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromDayNumber(days: number): string {
  const d = new Date(days * 86_400_000);
  return `${String(d.getUTCFullYear()).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

/**
 * A date and optional time from a frontmatter `date` value: `2024-01-05`,
 * `2024-01-05T13:00`, `2024-01-05 13:00:00`, `2024-01-05T13:00:00Z` (the time is
 * taken as written; a zone suffix is kept for the caller to honour).
 */
export function parseDateValue(text: string): { date: string; time: string | null; zone: string | null } | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
  if (!m) return null;
  const date = toIsoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!date) return null;
  if (m[4] === undefined) return { date, time: null, zone: null };
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (hour > 23 || minute > 59) return null;
  return { date, time: `${String(hour).padStart(2, "0")}:${m[5] ?? "00"}`, zone: m[7] ?? null };
}

/** The calendar date at `now` in an IANA zone (UTC when the zone is unknown). */
export function todayIn(now: Date, timeZone: string): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  } catch {
    parts = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  }
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}
