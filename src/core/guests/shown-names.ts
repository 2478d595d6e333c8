// The guests of each episode named as the guests index names them, for a table of episodes
// (the command line's vault report): `[[Ann Lee|Ann]]` is the person Ann Lee, a link to
// `People/Cy Ng.md` is Cy Ng, "Eddie" (an alias in Ed Welch's note) is Ed Welch. The
// text a link shows is a nickname for one sentence of the note; a row that lists the
// episode's guests names the people, as the Guests view and `office-hours guests` do.
import type { Guest } from "../types";

/**
 * `items` with each episode's guests renamed to `personName` (null: keep the name as
 * written), one person named once. An episode whose names stay the same is the item
 * itself; another gets a view of its episode with the new guest list over it (the
 * record read from the note is never changed, and its other fields and getters stay).
 */
export function guestNamesShown<T extends { episode: { guests: readonly Guest[] } }>(items: readonly T[], personName: (item: T, guest: Guest) => string | null): T[] {
  return items.map((item) => {
    const { guests } = item.episode;
    const shown: Guest[] = [];
    // A set: a panel of hundreds of guests is not compared name by name.
    const seen = new Set<string>();
    let changed = false;
    for (const guest of guests) {
      const name = personName(item, guest) ?? guest.name;
      if (seen.has(name)) {
        changed = true;
        continue;
      }
      seen.add(name);
      if (name !== guest.name) changed = true;
      shown.push(name === guest.name ? guest : { ...guest, name });
    }
    if (!changed) return item;
    const episode = Object.create(item.episode, { guests: { value: shown, enumerable: true } }) as T["episode"];
    return { ...item, episode };
  });
}
