// mends12: which sidebar view an episode is in (src/core/sidebar/views.ts). Once the show
// is over, Needs attention keeps an episode only while its row has open work now, an item
// overdue or an alert; a `status: published` property alone no longer keeps it there.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { viewOf, type ViewFacts } from "../../../src/core/sidebar/views";
import { EPISODE_STATES } from "../../../src/core/status/lifecycle";

const quiet = { archived: false, openNow: 0, overdue: 0, alerts: 0 };

describe("the view of an episode whose show is over", () => {
  it("published or aired with nothing open and no alert is Past (walk10's PH 146)", () => {
    expect(viewOf({ state: "published", ...quiet })).toBe("past");
    expect(viewOf({ state: "aired", ...quiet })).toBe("past");
  });

  it("one open item, one overdue item or one alert keeps it in Needs attention", () => {
    expect(viewOf({ state: "published", ...quiet, openNow: 1 })).toBe("attention");
    expect(viewOf({ state: "aired", ...quiet, overdue: 1 })).toBe("attention");
    expect(viewOf({ state: "published", ...quiet, alerts: 1 })).toBe("attention");
  });

  it("for every state and count: over and not archived, Needs attention exactly when the row has something; the rest as before", () => {
    fc.assert(
      fc.property(fc.constantFrom(...EPISODE_STATES), fc.boolean(), fc.nat(3), fc.nat(3), fc.nat(3), (state, archived, openNow, overdue, alerts) => {
        const facts: ViewFacts = { state, archived, openNow, overdue, alerts };
        const view = viewOf(facts);
        const something = openNow + overdue + alerts > 0;
        if (state === "idea") expect(view).toBe("ideas");
        else if (state === "scheduled" || state === "live") expect(view).toBe("attention");
        else if (state === "cancelled" || state === "done" || archived) expect(view).toBe("past");
        else expect(view).toBe(something ? "attention" : "past");
      }),
    );
  });
});
