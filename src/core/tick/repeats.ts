// A tick refused because the item repeats (`🔁 every week`): the Tasks plugin, ticking it,
// writes the next occurrence, and that needs Tasks' own reading of its rules ("every 2
// weeks on Monday", "every month on the last Friday", "when done"...). Ticked here, the
// line would be done with no next one: the recurrence would end without a word. So
// nothing is written, and the notice sends the user to the note, where Tasks ticks it.
// Kept apart from refusals.ts: those say the note changed since the list was drawn; this
// one is about the item itself, and the same whenever it is ticked.
import type { RefusalKind } from "./refusals";

/** Why a tick was refused: the note changed (refusals.ts), or the item repeats. */
export type TickRefusal = RefusalKind | "repeats";

export const REPEATS_REASON = "It repeats (🔁): ticked here its recurrence would end, as only the Tasks plugin writes the next occurrence, so the note was not changed.";

export const REPEATS_ADVICE = "Open the note and tick it there.";
