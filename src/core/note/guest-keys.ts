// Which field keys name guests. A show's guest field names (`Guest`, `Guests`, `Gast`),
// compared as Dataview compares keys (canonicalKey), and the same names numbered, as hosts
// number guests one field each: `Guest 1::`, `Guest2::`, `Guest_3::` (not `Guest #1::`,
// which Dataview reads as no field at all: `#` cannot be part of its keys). A
// numbered key is the same field written once per person. Other names a host gives a
// person on the show (`Co-host::`, `Host::`, `Moderator::`) are not guests: a co-host
// runs the show, and counting them would make every episode's guest list start with the host.
import { canonicalKey } from "./fields";

/** The canonical key without a trailing number (`guest-1`, `guest1`, `guest_1` → `guest`), or itself. */
export function unnumberedKey(key: string): string {
  let end = key.length;
  // Two digits at most: "Guest 2024" is no numbering of guests.
  while (end > 0 && end > key.length - 2 && isDigit(key.charCodeAt(end - 1))) end--;
  if (end === key.length || end === 0) return key;
  const before = key.charCodeAt(end - 1);
  if (isDigit(before)) return key;
  if (before === 45 || before === 95) end--;
  return end === 0 ? key : key.slice(0, end);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Canonical guest keys: `has` also takes a numbered one. A Set still, so every reader
 * that asks `has(canonicalKey(key))` (the reader, the shortcuts, the name linker) agrees.
 */
export class GuestKeys extends Set<string> {
  override has(key: string): boolean {
    if (super.has(key)) return true;
    const base = unnumberedKey(key);
    return base !== key && super.has(base);
  }
}

/** The guest keys of a show's guest field names. */
export function guestKeySet(names: readonly string[]): GuestKeys {
  return new GuestKeys(names.map(canonicalKey));
}
