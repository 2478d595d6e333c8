// Feeding the guests index skips the lifecycle of episodes that name no guest (the
// costliest step of the feed). The people it gives must be exactly those of an eager feed
// that works out every episode's facts, on the real notes, with some shows called off.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { GuestDirectory } from "../../../src/core/guests/directory";
import { episodeGuestsOf, feedEpisodes } from "../../../src/core/guests/from-index";
import { isOver, lifecycle, statusProperty } from "../../../src/core/status/lifecycle";
import type { IndexedEpisode } from "../../../src/core/vault/episode-index";
import { FIXTURES, directoryOf, notesIn } from "./fixture-vault";

/** The feed as it was before: both facts for every episode. */
function eager(indexed: IndexedEpisode) {
  const { episode } = indexed;
  return {
    ...episodeGuestsOf(indexed),
    airedUndated: episode.date === null && isOver(lifecycle(episode, { today: "", nowMs: null, timeZone: "UTC" }).state),
    cancelled: statusProperty(episode).state === "cancelled",
  };
}

/** Every third note called off, every fifth undated: the facts the feed now skips matter. */
function vault(folder: string): Record<string, string> {
  const files = notesIn(join(FIXTURES, folder));
  let n = 0;
  for (const [path, text] of Object.entries(files)) {
    n++;
    let changed = n % 3 === 0 ? text.replace(/^---\n/, "---\nstatus: cancelled\n") : text;
    if (n % 5 === 0) changed = changed.replace(/^date:.*$/m, "date:");
    files[path] = changed;
  }
  return files;
}

describe("the lazy feed gives the people the eager one gives", () => {
  for (const folder of ["five-shows", "real-notes"]) {
    it(`on ${folder}, some shows cancelled or undated`, () => {
      const { index } = directoryOf(vault(folder));
      const episodes = index.all();
      expect(episodes.some((e) => e.episode.guests.length === 0)).toBe(true);
      const lazy = new GuestDirectory();
      feedEpisodes(lazy, episodes);
      const full = new GuestDirectory();
      for (const indexed of episodes) full.setEpisode(indexed.episode.path, eager(indexed));
      for (const today of ["2020-01-01", "2025-06-01", "2030-01-01"]) {
        const people = lazy.people(today);
        expect(people.length).toBeGreaterThan(0);
        expect(people).toEqual(full.people(today));
      }
    });
  }
});
