// A bare "before"/"after" is anchored by a word for the show in its own clause only: in
// "After the break, guest demo" the phrase is "after the break" and the guest belongs to
// the next clause, so the heading is a segment of the run of show, not the after-show.
// The anchor looked at the next four words whatever punctuation stood between, and a show
// word of the next clause ("show" as a verb, "start", "live", "guest") made segments
// phases: their items left the talking points for a checklist that then fell due (review3).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { phaseMatcher } from "../../../src/core/note/phases";
import { SHOW_WORDS } from "../../../src/core/note/phase-anchor";
import { talkingPoints } from "../../../src/core/snippets/talking-points";
import { bestGrowth } from "../../support/growth";

const matcher = phaseMatcher();

describe("the anchor of a bare before/after stays in its clause", () => {
  it.each(["After the break, guest demo", "Before the demo, show the dashboard", "After the sponsor read, start the poll", "After the break: live questions", "Before the raffle; the guest picks", "After the demo (guest's turn)", "Before the break - stream chat"])(
    "%s names no before/after phase",
    (heading) => {
      expect(["before", "after"]).not.toContain(matcher.match(heading));
    },
  );

  it.each([
    ["Before the show, test audio", "before"],
    ["After the stream: upload", "after"],
    ["After the show - cleanup", "after"],
    ["Before we go live", "before"],
    ["Before the guest joins", "before"],
    ["15 minutes before", "before"],
    ["Pre-show checklist", "prep"],
  ])("%s still names %s", (heading, phase) => {
    expect(matcher.match(heading)).toBe(phase);
  });

  it("keeps a run of show's segments as talking points", () => {
    const note = ["## Talking points", "- Intro", "### After the break, guest demo", "- Dashboards", "### Before the demo, show the dashboard", "- Alerts", ""].join("\n");
    expect(talkingPoints(note)).toEqual(["Intro", "Dashboards", "Alerts"]);
  });

  it("any show word after a clause break anchors nothing", () => {
    const segment = fc.constantFrom("the break", "the demo", "the sponsor read", "Q&A", "the raffle");
    // Not a word that is a phrase of its own ("recording" names the just-before list in the
    // defaults, wherever it stands): that heading is decided by the phrase, not by an anchor.
    const show = fc.constantFrom(...[...SHOW_WORDS].filter((w) => matcher.match(w) === null));
    const stop = fc.constantFrom(", ", ": ", "; ", " - ", " (", ". ");
    fc.assert(
      fc.property(fc.constantFrom("Before", "After"), segment, stop, show, (word, seg, s, w) => {
        expect(matcher.match(`${word} ${seg}${s}${w}`)).not.toBe(word.toLowerCase());
      }),
    );
  });

  it("reads a heading of many clauses in linear time (n against 4n)", () => {
    for (const trigger of ["before, ", "after the break, show ", "before - - ", "after: ( ", "before. . "]) {
      const make = (n: number, copies: number) => trigger.repeat(n * copies);
      expect(bestGrowth((heading: string) => phaseMatcher().match(heading), make, 5_000, 8)).toBeLessThan(8);
    }
  });
});
