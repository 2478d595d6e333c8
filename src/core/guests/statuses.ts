// Where a guest stands in the outreach pipeline. The five states are fixed; the words
// written into guest notes are settings ("sugerido", "contactado"…), and a note may
// use either the configured word or the English one.
import { foldName } from "../text/fold";

export const GUEST_STATUSES = ["suggested", "contacted", "confirmed", "declined", "appeared"] as const;
export type GuestStatus = (typeof GUEST_STATUSES)[number];

/** The word written for each state, by state. */
export type StatusNames = Record<GuestStatus, string>;

export function defaultStatusNames(): StatusNames {
  return { suggested: "suggested", contacted: "contacted", confirmed: "confirmed", declined: "declined", appeared: "appeared" };
}

/** The state a written status names, or null when it names none. */
export function parseStatus(value: string, names: StatusNames): GuestStatus | null {
  const wanted = foldName(value);
  if (wanted === "") return null;
  for (const status of GUEST_STATUSES) if (foldName(names[status]) === wanted) return status;
  for (const status of GUEST_STATUSES) if (status === wanted) return status;
  return null;
}

/** The word to write for a state: the configured one, or the English one when it is blank. */
export function statusWord(status: GuestStatus, names: StatusNames): string {
  const word = names[status].trim();
  return word === "" ? status : word;
}

/**
 * Two configured words that fold to the same text cannot be told apart when read back;
 * returns a message for the settings, or null when every word is distinct.
 */
export function statusNamesProblem(names: StatusNames): string | null {
  const seen = new Map<string, GuestStatus>();
  for (const status of GUEST_STATUSES) {
    const folded = foldName(statusWord(status, names));
    const other = seen.get(folded);
    if (other) return `“${statusWord(status, names)}” is used for both ${other} and ${status}.`;
    seen.set(folded, status);
  }
  return null;
}
