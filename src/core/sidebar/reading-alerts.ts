// The reader's warnings a row shows. A note whose frontmatter could not be read (broken
// YAML, a duplicate key, aliases that loop or explode, a block never closed, a `date:`
// that is no date) is still read, but without its properties: its date, status, guests
// or marker silently stop counting, and the episode turns into an idea or loses its
// deadlines. The warning says why, so the row carries it, whatever the episode's state:
// the state itself may be the warning's doing. Other reading warnings (a deadline mark
// that cannot be read, a placeholder guest) stay in the report.
import type { Alert } from "../status/status";

/** How the reader's frontmatter warnings begin (note/frontmatter.ts, note/alias-guard.ts, note/episode.ts). */
const FRONTMATTER_WARNINGS = ["The frontmatter ", "The properties "];

/** The reader's warnings about the note's properties, as amber alerts: something to fix, not late. */
export function propertyAlerts(warnings: readonly string[]): Alert[] {
  const alerts: Alert[] = [];
  for (const message of warnings) {
    if (FRONTMATTER_WARNINGS.some((start) => message.startsWith(start))) alerts.push({ severity: "soon", message });
  }
  return alerts;
}
