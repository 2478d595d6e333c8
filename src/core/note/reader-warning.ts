// What each of the reader's warnings is about, given where it is made (episode.ts), so
// what shows one (the sidebar's row, sidebar/reading-alerts.ts) matches on its kind and
// never on its wording: rewording a message no longer moves it off the row.

/**
 * - `properties`: the frontmatter could not be read (broken YAML, a duplicate key, aliases
 *   that loop or explode, a block never closed), so none of its properties count;
 * - `date`, `time`: the `date:` or `time:` property is no date or time, or a `date::` field is
 *   none or disagrees with another;
 * - `body`: a code block or comment never closed hides the rest of the note;
 * - `deadline`: an item's deadline cannot be read;
 * - `guest`: the guest is still a placeholder, or a guest line has one colon;
 * - `merge`: git's conflict markers are still in the note (merge-conflict.ts), whose items
 *   are left out of its counts.
 */
export type WarningKind = "properties" | "date" | "time" | "body" | "deadline" | "guest" | "merge";

export interface ReaderWarning {
  readonly kind: WarningKind;
  readonly message: string;
}

/** The kinds that say a property did not count: the note's date, status, guests or marker may be the warning's doing. */
export function isAboutProperties(kind: WarningKind): boolean {
  return kind === "properties" || kind === "date" || kind === "time";
}
