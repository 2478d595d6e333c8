// The last SEQUENCE this plugin issued for each invite UID, kept in the plugin's data. The
// .ics file holds its own SEQUENCE, but a user may delete the file: the next invite then
// had only the clock's minute, which is at or below what a calendar already took when two
// writes fall in one minute or an earlier write came from a clock running ahead. Calendars
// ignore an update whose SEQUENCE does not go up, so the ledger remembers what was issued.

import { MAX_SEQUENCE } from "./ics-read";
import { sequenceFor } from "./ics-writer";
import { isRecord } from "../records";

/** UID → the last SEQUENCE issued for it (an own key per UID, as JSON stores it). */
export type InviteSequences = Record<string, number>;

/** At most this many UIDs are kept: a show a week for ten years is about 500 invites. */
export const LEDGER_LIMIT = 500;
/**
 * An entry this many minutes below the clock's own SEQUENCE can no longer raise a write (the
 * clock rule is already above it), unless the clock is set back by more than this: a day
 * covers a wrong zone or a device that ran ahead and was corrected.
 */
export const LEDGER_KEEP_MINUTES = 24 * 60;

function isSequence(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_SEQUENCE;
}

/**
 * The ledger as stored: entries that are not a UID with a whole SEQUENCE are dropped (and
 * said in `notes`), anything that is not an object at all gives an empty ledger. Dropping
 * loses no safety the file does not still give: the next write goes above the .ics's own
 * SEQUENCE and the clock's minute, as before the ledger existed.
 */
export function readInviteSequences(raw: unknown, notes: string[]): InviteSequences {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    notes.push("inviteSequences was not a list of calendar invites; it was emptied (the next invites take their SEQUENCE from the .ics files and the clock).");
    return {};
  }
  const kept = Object.entries(raw).filter((entry): entry is [string, number] => entry[0] !== "" && isSequence(entry[1]));
  const dropped = Object.keys(raw).length - kept.length;
  if (dropped > 0) notes.push(`${dropped} of the stored invite SEQUENCE numbers ${dropped === 1 ? "was" : "were"} not a whole number from 0 to ${MAX_SEQUENCE} and ${dropped === 1 ? "was" : "were"} dropped.`);
  // Object.fromEntries defines each key, so a UID "__proto__" stays a plain entry.
  return Object.fromEntries(kept);
}

/** The last SEQUENCE issued for `uid`, or null when none is remembered. */
export function lastIssued(ledger: InviteSequences, uid: string): number | null {
  if (!Object.prototype.hasOwnProperty.call(ledger, uid)) return null;
  const value = ledger[uid];
  return isSequence(value) ? value : null;
}

/**
 * The ledger once `sequence` is issued for `uid` at `now` (a new object; the old is left as
 * it is): never lowered, then pruned of entries the clock has passed by a day, then cut to
 * the LEDGER_LIMIT highest (the most recently issued, as SEQUENCE follows the clock).
 */
export function withIssued(ledger: InviteSequences, uid: string, sequence: number, now: Date): InviteSequences {
  const floor = sequenceFor(now) - LEDGER_KEEP_MINUTES;
  const entries = new Map<string, number>();
  for (const [key, value] of Object.entries(ledger)) if (isSequence(value) && value >= floor) entries.set(key, value);
  entries.set(uid, Math.max(sequence, lastIssued(ledger, uid) ?? 0));
  const kept = [...entries].sort((a, b) => b[1] - a[1]).slice(0, LEDGER_LIMIT);
  // The UID just issued always stays, even when the ledger is full of later ones.
  if (!kept.some(([key]) => key === uid)) kept[kept.length - 1] = [uid, entries.get(uid) ?? sequence];
  return Object.fromEntries(kept);
}
