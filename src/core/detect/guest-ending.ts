// Whether a show's names end with their guests, and how that ending is written. One
// team writes the same ending with and without a comma ("GOH 16 - Grafana Agent with
// Paschalis Tsilias", "GOH 25 - Introduction to eBPF …, with Nikola Grcevski"): the
// spellings of one word are one ending, or each spelling alone would be too rare to count.
import type { NoteFacts } from "./note-facts";
import { guestVariant } from "./name-shape";

export interface GuestEnding {
  /** The joiner as the pattern writes it: ", with ", " con ". */
  joiner: string;
  /** Names that end with their own guests, in any spelling of this ending. */
  count: number;
  /** Names of notes that list guests: only these could show them. */
  withGuests: number;
  /** Every spelling seen, when there were several (for the reasons). */
  spellings: string[];
  /** The name whose spelling was taken. */
  example: string;
}

interface Spelling {
  count: number;
  /** The latest name written this way, and its place among the members. */
  last: string;
  at: number;
}

/** The word of a joiner without the punctuation and spaces around it: ", with " → "with". */
export function endingWord(joiner: string): string {
  // A scan, not /^[\s,;]+|\s+$/g: that retried \s+$ at every space of a long run (its square).
  let start = 0;
  while (start < joiner.length && /[\s,;]/.test(joiner.charAt(start))) start++;
  return joiner.slice(start).trimEnd().toLowerCase();
}

/**
 * The ending most names of notes with guests use, or null when none does. A note
 * without guests says nothing either way (a pattern drops an empty guests part). Of
 * several spellings the most used is taken, and on a tie the latest episode's: a
 * team's style is what it writes now.
 */
export function findGuestEnding(members: readonly NoteFacts[], guestNames: ReadonlyMap<string, string[]>): GuestEnding | null {
  const endings = new Map<string, { count: number; spellings: Map<string, Spelling> }>();
  let withGuests = 0;
  // Members come oldest first, so a later member's spelling is the latest.
  for (const [index, member] of members.entries()) {
    const guests = guestNames.get(member.path) ?? [];
    if (!member.shape || guests.length === 0) continue;
    withGuests++;
    const joiner = guestVariant(member.shape.title, guests);
    if (joiner === null) continue;
    const word = endingWord(joiner);
    const ending = endings.get(word) ?? { count: 0, spellings: new Map<string, Spelling>() };
    ending.count++;
    const spelling = ending.spellings.get(joiner) ?? { count: 0, last: "", at: -1 };
    spelling.count++;
    spelling.last = member.basename;
    spelling.at = index;
    ending.spellings.set(joiner, spelling);
    endings.set(word, ending);
  }
  let best: GuestEnding | null = null;
  for (const ending of endings.values()) {
    if (best && ending.count <= best.count) continue;
    let chosen: [string, Spelling] | null = null;
    for (const entry of ending.spellings) {
      const [, s] = entry;
      if (!chosen || s.count > chosen[1].count || (s.count === chosen[1].count && s.at > chosen[1].at)) chosen = entry;
    }
    if (!chosen) continue;
    best = { joiner: chosen[0], count: ending.count, withGuests, spellings: [...ending.spellings.keys()], example: chosen[1].last };
  }
  return best;
}
