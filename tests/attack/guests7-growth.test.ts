// guests7: the guests index with many guest notes, as a vault of 5,000 guests and 3,000
// episodes has, measured n against 4n (tests/support/growth.ts): notes with aliases (as a
// list and as one text of commas), many notes claiming one name (a conflict of hundreds),
// and the look-alike pairs of people sharing first and last names. tests/core/guests/
// scaling.test.ts measures the episodes; these families are the notes'.
import { describe, expect, it } from "vitest";
import { bestGrowth, type Make } from "../support/growth";
import { GuestDirectory } from "../../src/core/guests/directory";
import { guestNoteFrom } from "../../src/core/guests/guest-note";
import { mayBeSame } from "../../src/core/guests/may-be-same";
import { defaultStatusNames } from "../../src/core/guests/statuses";
import type { YamlValue } from "../../src/core/types";

const TODAY = "2025-06-02";
const LIMIT = 8;
const NAMES = defaultStatusNames();
const FIRST = ["Ann", "Bo", "Cy", "Dee", "Eve", "Finn", "Gus", "Hana"];

interface Vault {
  notes: [string, Record<string, YamlValue>][];
  episodes: [string, string][];
}

function build(vault: Vault): number {
  const d = new GuestDirectory();
  for (const [path, data] of vault.notes) d.setNote(path, guestNoteFrom(path, data, [], NAMES));
  for (const [path, name] of vault.episodes) d.setEpisode(path, { path, title: path, show: `Show ${path.length % 5}`, date: "2025-01-01", guests: [{ name, target: null, affiliation: null }] });
  return d.people(TODAY).length + d.conflicts().length;
}

const families: [string, (count: number) => Vault][] = [
  [
    "a guest note per person, aliases as a list, and episodes naming them by alias",
    (count) => ({
      notes: Array.from({ length: count }, (_, i) => [`Guests/Person ${i}.md`, { aliases: [`P${i} Alias`, `Dr. Person ${i}, PhD`] }]),
      episodes: Array.from({ length: Math.ceil(count * 0.6) }, (_, i) => [`E/${i}.md`, `P${i} Alias`]),
    }),
  ],
  [
    "aliases as one text of commas",
    (count) => ({
      notes: Array.from({ length: count }, (_, i) => [`Guests/Person ${i}.md`, { aliases: `P${i} Alias, Person ${i}, Jr., P. ${i}` }]),
      episodes: Array.from({ length: Math.ceil(count * 0.6) }, (_, i) => [`E/${i}.md`, `Person ${i}, Jr.`]),
    }),
  ],
  [
    "hundreds of notes claiming one name",
    (count) => ({
      notes: Array.from({ length: count }, (_, i) => [`Guests/Person ${i}.md`, { aliases: ["Ann Lee"] }]),
      episodes: Array.from({ length: count }, (_, i) => [`E/${i}.md`, "Ann Lee"]),
    }),
  ],
];

describe("the guests index with many guest notes grows in proportion", () => {
  it.each(families)("%s", (_name, family) => {
    const make: Make<Vault> = (size, copies) => family(size * copies);
    expect(bestGrowth(build, make, 250, LIMIT)).toBeLessThan(LIMIT);
  });

  // Within one bucket of people sharing a word the pairs are the square of the bucket, and a
  // bucket of more than 200 is skipped (may-be-same.ts): the cost is at most 200 pairs per
  // person, so the family keeps buckets of a fixed size (100 share a first name, 3 a last one)
  // and grows their number.
  it("pairs that may be one person, among many people sharing first and last names", () => {
    const make: Make<{ key: string; name: string }[]> = (size, copies) =>
      Array.from({ length: size * copies }, (_, i) => {
        const name = `${FIRST[i % FIRST.length] ?? "Ann"}${Math.floor(i / 100)} Lee${Math.floor(i / 3)}`;
        return { key: `k${i}`, name };
      });
    expect(bestGrowth((people: { key: string; name: string }[]) => mayBeSame(people).length, make, 250, LIMIT)).toBeLessThan(LIMIT);
  });
});
