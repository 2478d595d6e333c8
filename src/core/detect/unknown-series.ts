// Notes named like episodes of a series the report does not know ("CCG 012 - 240215 - TBD"
// with no CCG show set up and no CCG episode found): without settings their guest field or
// folder is not recognised, so the report leaves them out. The scan already named them
// (EpisodeIndex.namedNotes), so telling the user costs no detection run.
import type { OfficeHoursSettings } from "../settings/settings";
import { CLI_NAME } from "./cli-name";

export interface NamedNoteLike {
  series: string | null;
  /** The configured show the note's folder or name gave it, if any. */
  show: unknown;
}

/** Series with notes named as their episodes that no show and no reported episode accounts for: series → count, most first. */
export function unknownSeries(named: readonly NamedNoteLike[], reportedSeries: ReadonlySet<string | null>, settings: Pick<OfficeHoursSettings, "shows">): [string, number][] {
  const known = new Set<string>();
  for (const show of settings.shows) for (const label of [show.code, show.name]) if (label.trim() !== "") known.add(label.trim().toLowerCase());
  for (const series of reportedSeries) if (series !== null) known.add(series.toLowerCase());
  const counts = new Map<string, number>();
  for (const note of named) {
    if (note.show !== null || note.series === null || known.has(note.series.toLowerCase())) continue;
    counts.set(note.series, (counts.get(note.series) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * The report's lines about them (what, then the command; each fits 80 columns for a short
 * folder and series names), or null when there are none. A count is said as notes ("CCG:
 * 3 notes"): "CCG 3" read as the name of episode 3.
 */
export function unknownSeriesLine(series: readonly [string, number][], folder: string): string | null {
  if (series.length === 0) return null;
  const total = series.reduce((sum, [, n]) => sum + n, 0);
  const notes = (n: number) => `${n} note${n === 1 ? "" : "s"}`;
  const look = `${notes(total)} ${total === 1 ? "looks like an episode" : "look like episodes"}`;
  const [only] = series;
  if (series.length === 1 && only) return `${look} of ${only[0]}, a show not set up: not in this report.\nTo propose the show: ${CLI_NAME} detect ${folder}`;
  const shown = series.slice(0, 3).map(([name, n]) => `${name}: ${notes(n)}`);
  const more = series.length > 3 ? ` and ${series.length - 3} more` : "";
  return `${look} of shows not set up: not in this report\n(${shown.join(", ")}${more}).\nTo propose the shows: ${CLI_NAME} detect ${folder}`;
}
