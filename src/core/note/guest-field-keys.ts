// A show's guest field names turned into what reading a note asks of them, once per list of names.
import { guestKeySet } from "./guest-keys";
import { oneColonKeys } from "./one-colon";

export interface GuestFieldKeys {
  guestKeys: ReadonlySet<string>;
  colonKeys: ReadonlySet<string>;
  hintStarts: ReadonlySet<number> | undefined;
}

/**
 * Worked out once per list of guest field names (a show's setting), not once per note; by
 * the names, not the array, which a settings screen may change in place. Bounded.
 */
const keysCache = new Map<string, GuestFieldKeys>();

export function keysOf(guestFields: readonly string[]): GuestFieldKeys {
  const id = guestFields.join("\n");
  let keys = keysCache.get(id);
  if (!keys) {
    const guestKeys = guestKeySet(guestFields);
    keys = { guestKeys, colonKeys: oneColonKeys(guestFields), hintStarts: hintStartsOf(guestKeys) };
    if (keysCache.size >= 100) keysCache.clear();
    keysCache.set(id, keys);
  }
  return keys;
}

/**
 * The first characters of the guest keys, for the one-colon hint: only a line whose key
 * starts so is searched for its colon (a checklist's items are not). Undefined (every line)
 * when a key starts with a non-ASCII character.
 */
function hintStartsOf(guestKeys: ReadonlySet<string>): ReadonlySet<number> | undefined {
  const starts = new Set<number>();
  for (const key of guestKeys) {
    const c = key.charCodeAt(0);
    if (c >= 128) return undefined;
    if (!Number.isNaN(c)) starts.add(c);
  }
  return starts;
}
