// How far "Shift show start" may move `live:` later: not past `ended:`. The stream began
// during the show, so a shift longer than the show (a typo, 4000 for 40) has no meaning;
// made, it left `live:` after `ended:`, a note the plugin itself then reads as "ended
// before it went live" (no clock, no chapters check), and every chapter at 0:00.
import { hasLineBreak, trimSpaceTab } from "../text/space-tab";
import { parseInstant } from "./live-state";
import { formatTimecode } from "./timecode";

/** The top-level `ended:` value of the frontmatter (lines 1 … bodyStart - 2), unquoted; null unless there is exactly one. */
function endedValue(lines: readonly string[], bodyStart: number): string | null {
  const found: string[] = [];
  for (let n = 1; n < bodyStart - 1; n++) {
    const line = lines[n] ?? "";
    if (!line.startsWith("ended:") || hasLineBreak(line)) continue;
    const written = trimSpaceTab(line.slice(6));
    const quoted = /^(["'])(.*)\1$/.exec(written);
    found.push(quoted ? (quoted[2] ?? "") : written);
  }
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** Why moving the start `delta` seconds later would put it after the note's `ended:`; null when it would not. */
export function shiftPastEnd(lines: readonly string[], bodyStart: number, startMs: number, delta: number, timeZone: string): string | null {
  if (delta <= 0) return null;
  const ended = endedValue(lines, bodyStart);
  const end = ended === null ? null : parseInstant(ended, timeZone);
  if (!end?.ok || end.ms < startMs) return null;
  const lasted = Math.floor((end.ms - startMs) / 1000);
  if (delta <= lasted) return null;
  return `The show lasted ${formatTimecode(lasted)} (live: to ended:), so its stream cannot have begun ${formatTimecode(delta)} after Go live; nothing was shifted.`;
}

/**
 * Why moving the start `delta` seconds later would put it after `nowMs` (the clock when
 * the shift is written); null when it would not. During the show the stream began before
 * now, so a later start than now is a typo; made, it put `live:` in the future: the clock
 * stopped (a start ahead reads as the device's clock being wrong) and every chapter was
 * clamped to 0:00. Shifting earlier is never limited here.
 */
export function shiftPastNow(startMs: number, delta: number, nowMs: number): string | null {
  if (delta <= 0) return null;
  const onAir = Math.floor((nowMs - startMs) / 1000);
  if (onAir < 0) return "The note's live: start is later than this device's clock, so it cannot move later still; check the device's clock. Nothing was shifted.";
  if (delta <= onAir) return null;
  return `The show has been on air ${formatTimecode(onAir)} (since live:), so its stream cannot have begun ${formatTimecode(delta)} after Go live; nothing was shifted.`;
}
