// A UTC offset as an instant is written with it: `Z`, `+01:00`, `-0500`, `+05:45`. Real
// zones run from UTC-12:00 (Baker Island) to UTC+14:00 (Kiribati's Line Islands); an hour
// or a minute past that (`+99:99`, `+05:60`) is a typo, and reading it would move the time
// by days without a word. date-fns' parseISO checks only the minutes, so the range is ours.

/** Offsets in minutes east of UTC, as the zone database has them at most. */
export const MIN_OFFSET_MINUTES = -12 * 60;
export const MAX_OFFSET_MINUTES = 14 * 60;

const SHAPE = /^([+-])(\d{2}):?(\d{2})$/;

export type OffsetRead = { ok: true; minutes: number } | { ok: false; reason: string };

/** `Z` or `±HH:MM` / `±HHMM` as minutes east of UTC; anything else, or out of range, with why. */
export function readUtcOffset(text: string): OffsetRead {
  if (text.toUpperCase() === "Z") return { ok: true, minutes: 0 };
  const m = SHAPE.exec(text);
  if (!m) return { ok: false, reason: `“${text}” is not a UTC offset like +01:00 or -05:00` };
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  // `+ 0` turns -00:00 into 0: the same offset as +00:00.
  const total = (m[1] === "-" ? -1 : 1) * (hours * 60 + minutes) + 0;
  if (minutes > 59 || total < MIN_OFFSET_MINUTES || total > MAX_OFFSET_MINUTES) {
    return { ok: false, reason: `the offset ${text} is not a real one: offsets run from -12:00 to +14:00, minutes 00 to 59` };
  }
  return { ok: true, minutes: total };
}
