// What a row says when another episode of its show uses its number: the other notes by
// name, so the user need not look through the list, and, when one name is the other's
// plus " (1)" or " 1" (how Google Drive, OneDrive and iCloud name copies, and how people
// do), which one looks like a copy of which. A sync tool's conflict copy of a note never
// gets here: it is no episode while its original is there (vault/conflict-copy.ts).
import { lookalikeSuffix, noteName } from "../vault/conflict-copy";

/** The most notes a message names; the rest are counted. */
export const NAMED_AT_MOST = 3;

/**
 * "Number 44 is also used by “THL 44 - Grafana Alloy”." and the copy hints; `others` are
 * paths (the first few), `total` how many other notes use the number.
 */
export function sameNumberMessage(label: string, path: string, others: readonly string[], total = others.length): string {
  const parts = others.map((other) => {
    const name = `“${noteName(other, path)}”`;
    const mine = lookalikeSuffix(path, other);
    if (mine !== null) return `${name}, of which this looks like a copy (the same name with “${mine}”)`;
    const theirs = lookalikeSuffix(other, path);
    if (theirs !== null) return `${name}, which looks like a copy of this note (the same name with “${theirs}”)`;
    return name;
  });
  // Commas inside a hint: the notes are then told apart by semicolons.
  const separator = parts.some((p) => p.includes(",")) ? "; " : ", ";
  const listed = parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(separator)}${parts.length > 2 ? separator.trim() : ""} and ${parts[parts.length - 1] ?? ""}`;
  const more = total - parts.length;
  return more > 0 ? `Number ${label} is also used by ${parts.join(separator)} and ${more} more.` : `Number ${label} is also used by ${listed}.`;
}
