// reader8: before setup, a note in a season or year folder counts under the folder above it,
// as Detect groups it (src/core/status/show-folder.ts, reusing detect/series.ts's showFolder):
// the vault report's Show column and the guests index's shows.
import { describe, expect, it } from "vitest";
import { showFolderName } from "../../../src/core/status/show-folder";
import { showCell } from "../../../src/core/status/report-table";
import { guestShowOf } from "../../../src/core/guests/from-index";
import { recordOf } from "../../support/notes";
import { bestGrowth, whole } from "../../support/growth";

const unset = (path: string) => ({ show: null, episode: recordOf(path, "- [ ] Book the guest\n") });

describe("the show folder of a note no show claims", () => {
  it.each([
    ["Small Batch/Season 2/S02E09 - Pricing.md", "Small Batch"],
    ["Small Batch/S03/S03E01 - Hardware.md", "Small Batch"],
    ["Podcasts/Small Batch/Temporada 3/S03E01 - Hardware.md", "Small Batch"],
    ["GOH/2024/03/Topic.md", "GOH"],
    ["GOH/2024-Q1/Topic.md", "GOH"],
    ["Small Batch/S03E01 - Hardware.md", "Small Batch"],
    // A season folder at the top stands for nothing above it: it keeps its own name.
    ["Season 2/S02E09 - Pricing.md", "Season 2"],
    // Not period folders: a show's own folder whose name merely holds a number or "Season".
    ["Season Finale Show/Ep 1 - Opening.md", "Season Finale Show"],
    ["Radio 2024 Live/Ep 1 - Opening.md", "Radio 2024 Live"],
  ])("%s → %s", (path, folder) => {
    expect(showFolderName(path)).toBe(folder);
  });

  it("a note at the vault's top has none", () => {
    expect(showFolderName("S02E09 - Pricing.md")).toBeNull();
  });

  it("both seasons get one Show cell and one guests-index show", () => {
    const two = unset("Small Batch/Season 2/S02E09 - Pricing a one-person SaaS.md");
    const three = unset("Small Batch/Season 3/S03E07 - Accessibility audits.md");
    expect([showCell(two), showCell(three)]).toEqual(["SB", "SB"]);
    expect([guestShowOf(two), guestShowOf(three)]).toEqual(["Small Batch", "Small Batch"]);
  });

  it("a code in the name still comes first", () => {
    const coded = unset("Grafana/2024/GOH 25 - Topic.md");
    expect([showCell(coded), guestShowOf(coded)]).toEqual(["GOH", "GOH"]);
  });

  it("a long folder name costs linear time (n against 4n)", () => {
    expect(bestGrowth((n: string) => showFolderName(n), whole((n) => `Show/Season${" ".repeat(n)}x/a.md`), 2000, 8)).toBeLessThan(8);
  });
});
