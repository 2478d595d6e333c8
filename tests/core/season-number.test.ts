// The number the new-episode form shows when the Season changes: the user's typed number
// stays; the form's own proposal follows the season, counting the series' notes that are
// not episodes (an "S03E01 - Outline" takes E01) as the first proposal does.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { numberForSeason } from "../../src/core/new-episode/season-number";
import { nextInSeason, type ShowEpisodeFacts } from "../../src/core/new-episode/new-episode";

const EPISODES: ShowEpisodeFacts[] = [
  { number: 1, season: 1, date: "2026-01-07", path: "Podcast/Season 1/S01E01 - Logs.md" },
  { number: 2, season: 1, date: "2026-01-14", path: "Podcast/Season 1/S01E02 - Traces.md" },
  { number: 1, season: 2, date: "2026-02-25", path: "Podcast/Season 2/S02E01 - Metrics.md" },
];
const OUTLINE = [{ number: 1, season: 3, path: "Podcast/Season 3/S03E01 - Outline.md" }];

describe("the episode number after a season change", () => {
  it("the proposal, untouched, becomes the new season's next", () => {
    expect(numberForSeason({ number: 2, proposed: 2 }, 1, EPISODES)).toEqual({ number: 3, proposed: 3 });
    expect(numberForSeason({ number: 2, proposed: 2 }, 9, EPISODES)).toEqual({ number: 1, proposed: 1 });
  });

  it("an empty field is no typed number: it gets the proposal", () => {
    expect(numberForSeason({ number: null, proposed: 2 }, 1, EPISODES)).toEqual({ number: 3, proposed: 3 });
  });

  it("the notes that are not episodes take their numbers (nextInSeason and the form alike)", () => {
    expect(nextInSeason(3, EPISODES, OUTLINE)).toBe(2);
    expect(nextInSeason(2, EPISODES, OUTLINE)).toBe(2);
    expect(numberForSeason({ number: 2, proposed: 2 }, 3, EPISODES, OUTLINE)).toEqual({ number: 2, proposed: 2 });
    expect(numberForSeason({ number: 3, proposed: 3 }, 3, EPISODES, OUTLINE)).toEqual({ number: 2, proposed: 2 });
  });

  it("a season that is no whole number changes nothing", () => {
    expect(numberForSeason({ number: 2, proposed: 2 }, null, EPISODES)).toEqual({ number: 2, proposed: 2 });
    expect(numberForSeason({ number: 2, proposed: 2 }, 1.5, EPISODES)).toEqual({ number: 2, proposed: 2 });
  });

  it("for any typed number and any seasons changed to, in any order: the typed number stays", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 6 }), (typed, proposed, seasons) => {
        fc.pre(typed !== proposed);
        let state = { number: typed as number | null, proposed: proposed as number | null };
        for (const season of seasons) state = numberForSeason(state, season, EPISODES, OUTLINE);
        expect(state.number).toBe(typed);
      }),
    );
  });
});
