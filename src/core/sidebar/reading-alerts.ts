// The reader's warnings a row shows. A note whose frontmatter could not be read (broken
// YAML, a duplicate key, aliases that loop or explode, a block never closed, a `date:`
// that is no date) is still read, but without its properties: its date, status, guests
// or marker silently stop counting, and the episode turns into an idea or loses its
// deadlines. The warning says why, so the row carries it, whatever the episode's state:
// the state itself may be the warning's doing. Other reading warnings (a deadline mark
// that cannot be read, a placeholder guest) stay in the report. Which is which is the
// warning's kind, given where the reader makes it (note/reader-warning.ts), not its words.
import type { Alert } from "../status/status";
import { isAboutProperties, type ReaderWarning } from "../note/reader-warning";

/** The reader's warnings about the note's properties, as amber alerts: something to fix, not late. */
export function propertyAlerts(warnings: readonly ReaderWarning[]): Alert[] {
  const alerts: Alert[] = [];
  for (const warning of warnings) if (isAboutProperties(warning.kind)) alerts.push({ severity: "soon", message: warning.message });
  return alerts;
}
