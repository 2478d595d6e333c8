// Which show a value names: the marker `office-hours: <show>`, a code at the start of a
// note's name. One rule for reading a marker and for writing one (no-show.ts, markerFor).
import type { ShowSettings } from "../settings/settings";

/** The show a marker or code names: by code, name or id, case aside; the first listed wins. */
export function findShowIn(shows: readonly ShowSettings[], value: string): ShowSettings | null {
  const wanted = value.trim().toLowerCase();
  if (wanted === "") return null;
  return shows.find((s) => s.code.toLowerCase() === wanted || s.name.toLowerCase() === wanted || s.id === wanted) ?? null;
}
