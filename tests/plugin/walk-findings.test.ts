// @vitest-environment happy-dom
// What a new user's walk through the five-show vault found in the sidebar and the guest
// prospect import, each with its repro (the undo notice's finding is in
// tests/attack/reschedule-undo-notice.test.ts).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseProspects } from "../../src/core/guests/prospects";
import { userClick } from "../host/interactions";
import { TestClock, finish, settle, start } from "./harness";
import { expandButton, fakeTimers, openSidebar, readRow, rowEl, viewButton } from "./sidebar-dom";
import { fiveShowData, FIVE_SHOWS_NOW } from "../support/five-show-settings";
import { fiveShowNotes } from "../support/five-shows";

beforeEach(() => fakeTimers());
afterEach(() => vi.useRealTimers());

describe("found walking the five-show vault (to fix where the code lives)", () => {
  // Repro: start({ files: fiveShowNotes(), data: fiveShowData(), clock: new TestClock(FIVE_SHOWS_NOW) }),
  // openSidebar, "All". Row "projects/Grafana OTel Community Call/03 - Logging Best Practices.md"
  // (scheduled, 2025-12-17, prep 21/21 done): readRow gives progress "prep 21/21", next null,
  // openCount 46; expanded, its list shows first, unfolded, the 29
  // tasks under "## Talking points" (the call's talking points are written as `- [ ]`), then the
  // 10 just-before and 7 post-show items, and "Due next: How do you pronounce your name?, due in
  // 702 days". The README says the count is "the open items that matter now" and talking points
  // are never work (core/status/status.ts itemsThatMatter leaves them out): expected openCount 0
  // (no arrow count) and the 46 folded as "46 more open items, not needed now", talking points
  // never listed first. A&A 37 (prep 0/10) is right: count 10.
  it("a scheduled episode with its prep done counts no open item that matters now, and never lists talking points first", async () => {
    const host = (await start({ files: fiveShowNotes(), data: fiveShowData(), clock: new TestClock(FIVE_SHOWS_NOW) })).host;
    try {
      const view = await openSidebar(host);
      userClick(viewButton(view, "All"));
      const OTEL03 = "projects/Grafana OTel Community Call/03 - Logging Best Practices.md";
      const AA37 = "projects/Adobo and Avocados/A&A 37 - Observability for testers with Abby Bangser.md";
      expect(readRow(rowEl(view, OTEL03))).toMatchObject({ progress: "prep 21/21", next: null, openCount: 0 });
      expect(readRow(rowEl(view, AA37)).openCount).toBe(10);
      userClick(expandButton(rowEl(view, OTEL03)));
      await settle(host);
      const row = rowEl(view, OTEL03);
      // Nothing listed first: all 46 folded, talking points among them, and no "Due next" from the show's day 702 days away.
      expect(row.querySelectorAll(".office-hours-open-items > .office-hours-open-item")).toHaveLength(0);
      const folded = row.querySelector(".office-hours-other-items");
      expect(folded?.querySelector("summary")?.textContent).toBe("46 more open items, not needed now");
      expect(folded?.querySelectorAll(".office-hours-open-item")).toHaveLength(46);
      expect(row.querySelector(".office-hours-due")).toBeNull();
    } finally {
      finish(host);
    }
  });

  // Repro: Import guests from projects/CafeConGrafana/Invitados.md. The line "Víctor Maldonado y
  // Rubén Serrano de Wallapop nos contaron en un meetup de Barcelona…" proposes (ticked)
  // "Rubén Serrano de Wallapop": the company is glued to the name, while "Iñigo Ortiz de Urbina
  // de Adyen" correctly gives "Iñigo Ortiz de Urbina". Expected "Rubén Serrano" (or unticked).
  it("the prospect import does not glue “de <Company>” to a name", () => {
    const note = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../fixtures/five-shows/projects/CafeConGrafana/Invitados.md"), "utf8");
    const proposed = parseProspects(note).map((p) => [p.name, p.preselected]);
    // Unsure whether "de Wallapop" is a company or a surname: both readings, neither ticked.
    expect(proposed).not.toContainEqual(["Rubén Serrano de Wallapop", true]);
    expect(proposed).toContainEqual(["Rubén Serrano", false]);
    // A second "de" names the company, so the surname keeps its particle, ticked.
    expect(proposed).toContainEqual(["Iñigo Ortiz de Urbina", true]);
  });
});
