// What the user said no to in "Detect shows": per show, the field and the value declined
// ("channel", "https://www.youtube.com/@show"). Detect never proposes that value for that
// field of that show again; a different value it finds later is still proposed. Stored as
// the show's `declined` list, absent when empty, so the settings of every show made
// before it existed are stored, read and saved as before. An entry is kept as stored
// (a field this version does not propose, a key a newer version added), so a synced
// newer version's declines survive an older one's save.
import { isRecord, unknownKeys } from "./stored-values";

export interface DeclinedProposal {
  /** A Detect field ("channel", "format", "guestFields"): kept as text, a newer version may have more. */
  field: string;
  /** The value as Detect proposed it; one item for a list field ("prep: Vorbereitung"). */
  value: string;
}

/** The stored list, its entries kept as stored; entries that are not a field and a value are dropped and named. */
export function readDeclined(value: unknown, label: string, notes: string[]): { declined?: DeclinedProposal[] } {
  if (value === undefined) return {};
  if (!Array.isArray(value)) {
    notes.push(`${label} was not a list; it is emptied, so Detect may propose those values again.`);
    return {};
  }
  const kept: DeclinedProposal[] = [];
  let dropped = 0;
  for (const item of value) {
    if (isRecord(item) && typeof item.field === "string" && typeof item.value === "string" && item.field.trim() !== "" && item.value.trim() !== "") {
      kept.push({ ...unknownKeys(item, ENTRY_KEYS), field: item.field, value: item.value });
    } else dropped++;
  }
  if (dropped > 0) notes.push(`${label}: ${dropped} ${dropped === 1 ? "entry was" : "entries were"} not a field and a value and ${dropped === 1 ? "was" : "were"} dropped.`);
  return { declined: kept };
}

const ENTRY_KEYS = ["field", "value"];

/** How two values are compared: case and spaces around aside, and a link's closing slash. */
export function declineKey(field: string, value: string): string {
  let v = value.trim().toLowerCase();
  if (/^https?:\/\//.test(v)) while (v.endsWith("/")) v = v.slice(0, -1);
  return `${field}\u0000${v}`;
}

/** The declined field-and-value keys of a show, for many look-ups at once. */
export function declinedKeys(show: { declined?: readonly DeclinedProposal[] }): Set<string> {
  return new Set((show.declined ?? []).map((d) => declineKey(d.field, d.value)));
}

/** The list with `entries` added (those already there are not repeated); null when nothing is new. */
export function withDeclined(list: readonly DeclinedProposal[] | undefined, entries: readonly DeclinedProposal[]): DeclinedProposal[] | null {
  const have = new Set((list ?? []).map((d) => declineKey(d.field, d.value)));
  const added = entries.filter((e) => {
    const key = declineKey(e.field, e.value);
    if (e.value.trim() === "" || have.has(key)) return false;
    have.add(key);
    return true;
  });
  return added.length === 0 ? null : [...(list ?? []), ...added.map((e) => ({ field: e.field, value: e.value.trim() }))];
}

/** The list without `entries` (taken back); null when none of them was there. */
export function withoutDeclined(list: readonly DeclinedProposal[] | undefined, entries: readonly DeclinedProposal[]): DeclinedProposal[] | null {
  const gone = new Set(entries.map((e) => declineKey(e.field, e.value)));
  const kept = (list ?? []).filter((d) => !gone.has(declineKey(d.field, d.value)));
  return kept.length === (list ?? []).length ? null : kept;
}
