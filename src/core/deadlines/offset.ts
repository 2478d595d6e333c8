// A deadline relative to the show: "-3w" (three weeks before), "+2d" (two days after),
// "-12h", "0d" (the show's day). Days and weeks are calendar days in the show's own zone,
// so "-7d" is the same weekday a week earlier across a daylight-saving change; hours are
// counted from the show's start instant. Tasks has no times (obsidian-tasks #3307), so an
// offset always ends up as the date it falls on.
import { addDays } from "../time/calendar-date";
import { zonedToInstant } from "../time/zoned-to-instant";
import { wallReading } from "../time/zone-clock";

export type OffsetUnit = "h" | "d" | "w";

export interface Offset {
  /** Signed: negative before the show, positive after. */
  amount: number;
  unit: OffsetUnit;
}

export type OffsetReading = { ok: true; offset: Offset } | { ok: false; problem: string };

/** A year either way: a deadline further out is a typo ("+400d"), not a plan. */
const LIMITS: Record<OffsetUnit, number> = { h: 366 * 24, d: 366, w: 52 };
const UNIT_WORDS: Record<string, OffsetUnit> = {
  h: "h",
  hour: "h",
  hours: "h",
  d: "d",
  day: "d",
  days: "d",
  w: "w",
  week: "w",
  weeks: "w",
};

const SHAPE = /^([+-]?)(\d{1,7})[ \t]*([a-z]+)$/i;
/** `- 7d`: a sign apart from its number, refused with its own reason (not read: see parseOffset). */
const SPACED_SIGN = /^[+-][ \t]+\d{1,7}[ \t]*[a-z]+$/i;

/** Does `text` look like an offset at all (a sign or digits, then a unit)? */
export function looksLikeOffset(text: string): boolean {
  const written = text.trim();
  return SHAPE.test(written) || SPACED_SIGN.test(written);
}

/** `d`, `days`, `W`: a word that names an offset's unit. */
export function isUnitWord(word: string): boolean {
  return UNIT_WORDS[word.toLowerCase()] !== undefined;
}

/**
 * Read an offset as written in a template or note: a sign, a whole number and a unit
 * (`h`, `d`, `w` or the words), spaces allowed before the unit (`-7 d`, `-7 days`). Zero needs no sign, and "-0d" is the show's day like
 * "0d". A non-zero offset without a sign is refused, since "3w" could mean either side.
 */
export function parseOffset(text: string): OffsetReading {
  const written = text.trim();
  // "- 7d" is refused rather than read: a dash set apart is how prose writes a range or an
  // aside, and the forms the plugin documents and writes keep the sign on the number.
  if (SPACED_SIGN.test(written)) {
    const close = written.replace(/^([+-])[ \t]+/, "$1");
    return { ok: false, problem: `“${written}” has a space after its sign; write ${close}.` };
  }
  const m = SHAPE.exec(written);
  const unit = m ? UNIT_WORDS[(m[3] ?? "").toLowerCase()] : undefined;
  if (!m || unit === undefined) {
    return { ok: false, problem: `“${written}” is not an offset like -7d, +2d, -3w or -12h.` };
  }
  const size = Number(m[2]);
  if (size !== 0 && m[1] === "") {
    return { ok: false, problem: `“${written}” needs a sign: -${size}${unit} is before the show, +${size}${unit} after it.` };
  }
  if (size > LIMITS[unit]) {
    return { ok: false, problem: `“${written}” is more than a year from the show; write a date instead.` };
  }
  // `+ 0` turns -0 into 0: "-0d" and "0d" are the same deadline.
  return { ok: true, offset: { amount: (m[1] === "-" ? -size : size) + 0, unit } };
}

/** "-3w", "+2d", "0d": the short form, as the plugin writes it. */
export function formatOffset(offset: Offset): string {
  const sign = offset.amount > 0 ? "+" : offset.amount < 0 ? "-" : "";
  return `${sign}${Math.abs(offset.amount)}${offset.unit}`;
}

export interface ShowStart {
  /** `YYYY-MM-DD` in the show's zone. */
  date: string;
  /** `HH:mm` in the show's zone. */
  time: string;
  timeZone: string;
}

/**
 * The date an offset falls on for a show starting at `start`, or null when the start is
 * not a real moment (an unknown zone) or the result leaves the years 0001–9999.
 */
export function resolveOffset(offset: Offset, start: ShowStart): string | null {
  if (offset.unit === "d") return addDays(start.date, offset.amount);
  if (offset.unit === "w") return addDays(start.date, offset.amount * 7);
  const instant = zonedToInstant(start.date, start.time, start.timeZone);
  if (!instant.ok) return null;
  return wallReading(new Date(instant.instant.getTime() + offset.amount * 3_600_000), start.timeZone)?.date ?? null;
}
