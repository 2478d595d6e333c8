// The names a guest list on an episode's line holds once the plugin has brought it up to
// date. A name the user wrote stays where it is, whatever it names (a company, a co-host,
// a guest by first name). A name the plugin wrote (own-guests.ts) stays while it is one of
// the episode's guests; once it is not (the guest taken off, or renamed: Ann Lee → Ann
// Lee-Smith) its place goes to a guest the list lacks, in the episode's order, or is
// taken out when none is left. Guests still missing then go at the end.
import type { GuestPhrase } from "./guest-phrase";
import { bareName } from "./guest-phrase";
import { coveredGuest } from "./guest-match";
import { namesNotIn } from "../note/episode-label";

export interface PhraseNames {
  /** The names in order, as they are to be written. */
  names: string[];
  /** Those of them the plugin wrote (to record). */
  ours: string[];
}

/**
 * `guests`: the episode's guests; `wanted`: those the line should name (not in the note's
 * name); `own`: the user's words after the list (a guest named there is not added);
 * `wrote`: the names the plugin wrote on this line.
 */
export function phraseNames(phrase: GuestPhrase, guests: readonly string[], wanted: readonly string[], own: string, wrote: ReadonlySet<string>): PhraseNames {
  const covered = new Set<string>();
  const ours = new Set<string>();
  // null: a place a name of the plugin's left.
  const slots: (string | null)[] = [];
  for (const written of phrase.names) {
    const guest = coveredGuest(bareName(written), guests, covered);
    const mine = wrote.has(written);
    if (mine && (guest === null || covered.has(guest))) {
      slots.push(null);
      continue;
    }
    if (guest !== null) covered.add(guest);
    if (mine) ours.add(written);
    slots.push(written);
  }
  const missing = namesNotIn(own, wanted.filter((g) => !covered.has(g)));
  let next = 0;
  const names: string[] = [];
  for (const slot of slots) {
    const name = slot ?? missing[next++];
    if (name === undefined) continue;
    names.push(name);
    if (slot === null) ours.add(name);
  }
  for (; next < missing.length; next++) {
    const name = missing[next] ?? "";
    names.push(name);
    ours.add(name);
  }
  return { names, ours: names.filter((n) => ours.has(n)) };
}
