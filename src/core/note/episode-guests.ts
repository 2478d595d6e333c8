// An episode's guests from its guest properties and fields, the Dataview fields of its body,
// and the warnings for a placeholder guest or a guest line with one colon.
import type { Guest, YamlValue } from "../types";
import { emptyRecord, ownValue } from "../records";
import { canonicalKey } from "./fields";
import { parseGuestProperty, parseGuestValue } from "./guests";
import type { GuestFieldKeys } from "./guest-field-keys";
import type { ReaderWarning } from "./reader-warning";
import { nearSingleColonKey } from "./scan-inline";
import type { Scan } from "./scan-types";

export interface EpisodeGuests {
  /** In the order written, a name written twice included (dedupeGuests makes the episode's list). */
  guests: Guest[];
  hasGuestField: boolean;
  /** A guest field says there is no guest, by choice ("none (Lena and Sam)", "solo"), and none names one. */
  noGuest: boolean;
  /** The body's Dataview fields by canonical key, values in order. */
  fields: Record<string, string[]>;
}

export function readGuests(
  frontmatter: Readonly<Record<string, YamlValue>>,
  scan: Scan,
  keys: GuestFieldKeys,
  andWords: readonly string[],
  warnings: ReaderWarning[],
): EpisodeGuests {
  const { guestKeys } = keys;
  const guests: Guest[] = [];
  const placeholders: string[] = [];
  let hasGuestField = false;
  let none = false;
  for (const [key, value] of Object.entries(frontmatter)) {
    if (!guestKeys.has(canonicalKey(key))) continue;
    hasGuestField = true;
    const parsed = parseGuestProperty(value, andWords);
    if (parsed.none) none = true;
    // One push per guest, not push(...list): spreading a frontmatter list of a few hundred
    // thousand names into arguments overflowed the stack and readEpisode threw.
    for (const guest of parsed.guests) guests.push(guest);
    for (const placeholder of parsed.placeholders) placeholders.push(placeholder);
  }
  // No prototype: a field called `Constructor::` or `[__proto__:: x]` is a field like any
  // other (with `{}`, `fields.constructor` was a function and readEpisode threw).
  const fields = emptyRecord<string[]>();
  for (const field of scan.fields) {
    const key = canonicalKey(field.key);
    if (key === "") continue;
    // A one-colon field is read only because the show names it a guest field; it is no
    // Dataview field, so it stays out of `fields`.
    const oneColon = field.valueAt !== undefined;
    if (!oneColon) {
      const values = ownValue(fields, key);
      if (values) values.push(field.value);
      else fields[key] = [field.value];
    }
    if (!oneColon && !guestKeys.has(key)) continue;
    hasGuestField = true;
    const parsed = parseGuestValue(field.value, andWords);
    if (parsed.none) none = true;
    for (const guest of parsed.guests) guests.push(guest);
    for (const placeholder of parsed.placeholders) placeholders.push(placeholder);
  }
  if (placeholders.length > 0 && guests.length === 0) {
    warnings.push({ kind: "guest", message: `The guest is still the template's placeholder (${placeholders.map((p) => `"${p}"`).join(", ")}).` });
  }
  if (!hasGuestField) {
    // `Invitado(s):` is near a field named Invitado(s), Invitados or Invitado.
    // Without a closing `(s)` the second form is the first: not worked out again for every `Key:` line.
    const isNear = (key: string) => guestKeys.has(canonicalKey(key)) || (/\(s\)$/i.test(key) && guestKeys.has(canonicalKey(key.slice(0, -3))));
    const near = nearSingleColonKey(scan, isNear);
    if (near) {
      warnings.push({
        kind: "guest",
        message: `Line ${near.line + 1} says "${near.key}:" with one colon; a guest field needs two ("${near.key}::"). To read it as written, add "${near.key}:" (with its colon) to the show's guest fields.`,
      });
    }
  }
  return { guests, hasGuestField, noGuest: none && guests.length === 0, fields };
}

/** The guests once each, by name regardless of case, first spelling kept. */
export function dedupeGuests(guests: Guest[]): Guest[] {
  const seen = new Set<string>();
  return guests.filter((g) => {
    const key = g.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
