// Found walking the five-show team's week (fixed in src/core/detect/monthly.ts):
// the Loki Community Calls are monthly. Both dated calls fall on the last Tuesday of their
// month (25 March and 24 June 2025) and the index note lists one call per month ("May:",
// "June:", "July:", "August:", "October:"), yet Detect proposes a weekly show (it never
// proposes `schedule.weekOfMonth`), so "New episode" on 23 June 2025 proposes 1 July, a
// week after the June call, and the outreach text says "We do a weekly livestream".
import { describe, expect, it } from "vitest";
import { detect, fixtureNotes } from "./fixture-vault";
import { suggestDraft } from "../../../src/core/new-episode/new-episode";

describe("Detect on the five-show vault: the Loki calls' cadence", () => {
  it("proposes the Loki Community Calls monthly, on the last Tuesday", () => {
    const loki = detect(fixtureNotes("five-shows")).shows.find((p) => p.show.name === "Loki Community Calls");
    // The show is found, on Tuesdays: only its cadence is missing.
    if (!loki) throw new Error("the Loki calls were not proposed");
    expect(loki.show.schedule.weekday).toBe(2);
    expect(loki.show.schedule).toMatchObject({ weekday: 2, weekOfMonth: -1 });
  });

  it("so New episode on 23 June 2025 proposes the last Tuesday of July, not 1 July", () => {
    const loki = detect(fixtureNotes("five-shows")).shows.find((p) => p.show.name === "Loki Community Calls");
    if (!loki) throw new Error("the Loki calls were not proposed");
    const existing = [
      { path: "projects/Loki Community Calls/2025-03-25-loki-cache.md", date: "2025-03-25", number: null },
      { path: "projects/Loki Community Calls/2025-06-24-road-to-4-0.md", date: "2025-06-24", number: null },
    ];
    expect(suggestDraft(loki.show, existing, new Date("2025-06-25T09:00:00Z")).date).toBe("2025-07-29");
  });
});
