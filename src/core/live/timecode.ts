// Times into a video: `00:04:04`, `4:04`, `1:02:45`. The notes write them with hours
// (`00:04:04`); YouTube's own examples drop leading zeros (`4:04`, `1:02:45`). Both are
// read; minutes and seconds must stay below 60, so `00:99:00` is refused, not read as
// 1 h 39 min.

/** The digits of a time as written, so an edited time keeps its look. */
export interface TimeStyle {
  /** Two fields (`m:ss`) or three (`h:mm:ss`). */
  fields: 2 | 3;
  /** The first field padded to two digits (`00:12`, `01:02:03`). */
  padded: boolean;
}

export const NOTE_STYLE: TimeStyle = { fields: 3, padded: true };

export type TimecodeResult = { ok: true; seconds: number; style: TimeStyle } | { ok: false; reason: string };

/** Longest time accepted: YouTube's videos stop at 12 hours; 99 hours covers any typo-free note. */
const MAX_HOURS = 99;

/** Reads `h:mm:ss`, `hh:mm:ss`, `m:ss` or `mm:ss`. */
export function parseTimecode(text: string): TimecodeResult {
  const parts = text.split(":");
  if (parts.length < 2 || parts.length > 3) {
    return { ok: false, reason: `“${text}” is not a time like 00:04:04 or 4:04` };
  }
  if (!parts.every((p) => /^\d{1,2}$/.test(p))) {
    return { ok: false, reason: `“${text}” is not a time like 00:04:04 or 4:04` };
  }
  const numbers = parts.map(Number);
  const [first = 0] = numbers;
  const rest = numbers.slice(1);
  // After the first field every field is two digits: `1:2:3` is not a time.
  if (parts.slice(1).some((p) => p.length !== 2)) {
    return { ok: false, reason: `“${text}” needs two digits after each colon` };
  }
  if (rest.some((n) => n > 59)) return { ok: false, reason: `“${text}” has minutes or seconds above 59` };
  if (parts.length === 3 && first > MAX_HOURS) return { ok: false, reason: `“${text}” is more than ${MAX_HOURS} hours` };
  const seconds = parts.length === 3 ? first * 3600 + (rest[0] ?? 0) * 60 + (rest[1] ?? 0) : first * 60 + (rest[0] ?? 0);
  return { ok: true, seconds, style: { fields: parts.length === 3 ? 3 : 2, padded: (parts[0] ?? "").length === 2 } };
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * Seconds as text in a style. A two-field style grows an hour field once the time
 * reaches an hour (`59:59` then `1:00:00`), as YouTube writes it.
 */
export function formatTimecode(totalSeconds: number, style: TimeStyle = NOTE_STYLE): string {
  const total = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (style.fields === 3 || hours > 0) {
    const h = style.padded ? two(hours) : String(hours);
    return `${h}:${two(minutes)}:${two(seconds)}`;
  }
  return `${style.padded ? two(minutes) : String(minutes)}:${two(seconds)}`;
}

/** YouTube's form: `0:00`, `12:34`, `1:02:45`. */
export function youtubeTimecode(seconds: number): string {
  return formatTimecode(seconds, { fields: 2, padded: false });
}

/** "40", "+40", "-5", "40s", "1:10", "-0:30": a shift in seconds, or null. */
export function parseShift(text: string): number | null {
  // Trimmed first: /^\s*([+-]?)\s*.../ with two runs of white space side by side tried
  // every split of a long run between them, the square of its length.
  const m = /^([+-]?)\s*(\d{1,2}(?::\d{2}){1,2}|\d{1,5})(?:\s*s)?$/i.exec(text.trim());
  if (!m) return null;
  const body = m[2] ?? "";
  let seconds: number;
  if (body.includes(":")) {
    const parsed = parseTimecode(body);
    if (!parsed.ok) return null;
    seconds = parsed.seconds;
  } else seconds = Number(body);
  return m[1] === "-" ? -seconds : seconds;
}
