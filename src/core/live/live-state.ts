// Whether an episode is live, read from its note alone: `live:` holds the instant the
// host pressed "Go live", `ended:` the instant of "End show". Because the state lives in
// the note, a reload, another device or a re-enabled plugin resumes the same timer. The
// caller passes "now": there is no clock here. This is the input the episode lifecycle's
// "live" state uses.
import type { YamlValue } from "../types";
import { zonedToInstant } from "../time/zoned-to-instant";
import { readUtcOffset } from "../time/utc-offset";

export const LIVE_KEY = "live";
export const ENDED_KEY = "ended";

/** The raw `live:` and `ended:` values, as small plain data for the episode. */
export interface LiveMarks {
  start: string | null;
  end: string | null;
}

/** Another device's clock may run a little ahead: a start this far in the future still counts as now. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;
/** No show lasts a day: a start older than this without an end was never ended. */
export const STALE_AFTER_MS = 24 * 3_600_000;

export type LiveState =
  | { kind: "off" }
  | { kind: "live"; startMs: number; elapsed: number }
  | { kind: "ended"; startMs: number; endMs: number; duration: number }
  | { kind: "future"; startMs: number; reason: string }
  | { kind: "stale"; startMs: number; reason: string }
  | { kind: "invalid"; reason: string };

function markText(value: YamlValue | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  // A YAML reader with timestamps (js-yaml's default schema) hands over a Date.
  if ((value as unknown) instanceof Date) return instantText((value as unknown as Date).getTime());
  // A number or a list is kept as text so the state can say it is not an instant.
  return JSON.stringify(value);
}

export function liveMarks(frontmatter: Readonly<Record<string, YamlValue>>): LiveMarks {
  return { start: markText(frontmatter[LIVE_KEY]), end: markText(frontmatter[ENDED_KEY]) };
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export type InstantResult = { ok: true; ms: number } | { ok: false; reason: string };

/**
 * An RFC 3339 instant (`2026-12-04T13:02:11Z`, `…+01:00`). Without an offset (the
 * Properties view writes `2026-12-04T13:02`) the time is read in the show's zone.
 */
export function parseInstant(text: string, timeZone: string): InstantResult {
  const m = INSTANT.exec(text.trim());
  const bad = { ok: false as const, reason: `“${text}” is not a date and time like 2026-12-04T13:02:11Z` };
  if (!m) return bad;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = Number(m[6] ?? 0);
  const fraction = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return bad;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, fraction);
  // Date.UTC rolls 31 February over into March: such a date is not a date.
  if (new Date(utc).getUTCDate() !== day) return bad;
  const zone = m[8];
  if (zone === undefined) {
    const local = zonedToInstant(`${m[1]}-${m[2]}-${m[3]}`, `${m[4]}:${m[5]}`, timeZone);
    if (!local.ok) return bad;
    return { ok: true, ms: local.instant.getTime() + second * 1000 + fraction };
  }
  // An offset no zone has (`+99:99`) is refused, not read as a time days away.
  const offset = readUtcOffset(zone);
  if (!offset.ok) return { ok: false, reason: `“${text}” is not a date and time like 2026-12-04T13:02:11Z: ${offset.reason}` };
  return { ok: true, ms: utc - offset.minutes * 60_000 };
}

/** How the plugin writes an instant: UTC to the second, `2026-12-04T13:02:11Z`. */
export function instantText(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

export function liveState(marks: LiveMarks, nowMs: number, timeZone: string): LiveState {
  if (marks.start === null) {
    return marks.end === null ? { kind: "off" } : { kind: "invalid", reason: "The note says when the show ended (ended:) but not when it went live (live:)." };
  }
  const start = parseInstant(marks.start, timeZone);
  if (!start.ok) return { kind: "invalid", reason: `The note's live: value is not usable: ${start.reason}.` };
  if (marks.end !== null) {
    const end = parseInstant(marks.end, timeZone);
    if (!end.ok) return { kind: "invalid", reason: `The note's ended: value is not usable: ${end.reason}.` };
    if (end.ms < start.ms) return { kind: "invalid", reason: "The note says the show ended before it went live." };
    return { kind: "ended", startMs: start.ms, endMs: end.ms, duration: Math.floor((end.ms - start.ms) / 1000) };
  }
  const ahead = start.ms - nowMs;
  if (ahead > FUTURE_TOLERANCE_MS) {
    return { kind: "future", startMs: start.ms, reason: `The note says the show goes live at ${marks.start}, which is still ahead; check this device's clock.` };
  }
  if (-ahead > STALE_AFTER_MS) {
    const days = Math.floor(-ahead / 86_400_000);
    return {
      kind: "stale",
      startMs: start.ms,
      reason: `The note says the show went live ${days >= 1 ? `${days} day${days === 1 ? "" : "s"}` : "a day"} ago and never ended. End it, or go live again.`,
    };
  }
  return { kind: "live", startMs: start.ms, elapsed: Math.max(0, Math.floor((nowMs - start.ms) / 1000)) };
}

/** Seconds into the show at `nowMs`, never negative (a start a little ahead reads 0). */
export function elapsedSeconds(startMs: number, nowMs: number): number {
  return Math.max(0, Math.floor((nowMs - startMs) / 1000));
}
