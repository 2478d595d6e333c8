// The guests index grows in time with what it holds, whatever the shape of the vault:
// measured n against 4n (tests/support/growth.ts), never against the clock. Each family
// stresses one list a person's summary keeps: the episodes, the spellings, the shows,
// the links and companies, and the mentions a guest note's new alias moves.
import { describe, expect, it } from "vitest";
import { bestGrowth, type Make } from "../../support/growth";
import { GuestDirectory } from "../../../src/core/guests/directory";
import { guestNoteFrom } from "../../../src/core/guests/guest-note";
import { defaultStatusNames } from "../../../src/core/guests/statuses";
import type { EpisodeGuests } from "../../../src/core/guests/mention";
import type { Guest } from "../../../src/core/types";

const TODAY = "2025-06-02";
const LIMIT = 8;

function episode(i: number, guest: Guest, show = `Show ${i % 5}`): EpisodeGuests {
  return { path: `E/${i}.md`, title: `E ${i}`, show, date: `20${10 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}`, guests: [guest] };
}

const plain = (name: string): Guest => ({ name, target: null, affiliation: null });

/** Every episode of a family, fed to a fresh index, then every person summarised. */
function build(episodes: readonly EpisodeGuests[]): number {
  const directory = new GuestDirectory();
  for (const e of episodes) directory.setEpisode(e.path, e);
  return directory.people(TODAY).length;
}

// [name, the episodes of a vault of `count`, the smallest count measured]: the spellings
// family is slow to fold, so it starts large enough for a quadratic tally to show.
const families: [name: string, make: (count: number) => EpisodeGuests[], n: number][] = [
  ["one guest in every episode", (count) => Array.from({ length: count }, (_, i) => episode(i, plain("Ed Welch"))), 200],
  // Zero-width characters fold away: one person written a different way in every episode
  // (i in binary, in two invisible characters, so the names grow only with its digits).
  ["one guest written a different way each time", (count) => Array.from({ length: count }, (_, i) => episode(i, plain(`Ed ${i.toString(2).replace(/0/g, "\u200b").replace(/1/g, "\u200c")}Welch`))), 1000],
  ["one guest in a different show each time", (count) => Array.from({ length: count }, (_, i) => episode(i, plain("Ed Welch"), `Show ${i}`)), 200],
  ["one guest with a different company and link each time", (count) => Array.from({ length: count }, (_, i) => episode(i, { name: "Ed Welch", target: `Guests/Ed Welch#${i}`, affiliation: `Co ${i}` })), 200],
  ["a different guest in every episode", (count) => Array.from({ length: count }, (_, i) => episode(i, plain(`Person ${i}`))), 200],
];

describe("building the guests index takes time in proportion to the vault", () => {
  it.each(families)("%s", (_name, family, n) => {
    const make: Make<EpisodeGuests[]> = (size, copies) => family(size * copies);
    expect(bestGrowth(build, make, n, LIMIT)).toBeLessThan(LIMIT);
  });

  it("a guest note's new alias moves all the mentions of that name, in proportion to them", () => {
    const names = defaultStatusNames();
    const make: Make<EpisodeGuests[]> = (n, copies) => Array.from({ length: n * copies }, (_, i) => episode(i, plain("Eddie")));
    const withAlias = guestNoteFrom("Guests/Ed Welch.md", { aliases: ["Eddie"] }, [], names);
    const without = guestNoteFrom("Guests/Ed Welch.md", {}, [], names);
    const run = (episodes: readonly EpisodeGuests[]) => {
      const directory = new GuestDirectory();
      directory.setNote(without.path, without);
      for (const e of episodes) directory.setEpisode(e.path, e);
      directory.setNote(withAlias.path, withAlias);
      return directory.people(TODAY).length;
    };
    expect(bestGrowth(run, make, 200, LIMIT)).toBeLessThan(LIMIT);
  });
});
