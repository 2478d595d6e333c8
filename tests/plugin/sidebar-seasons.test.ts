// @vitest-environment happy-dom
// The Episodes sidebar on a podcast numbered within seasons (tests/fixtures/seasons/): each
// row says S01E10, not "#10"; S01E01 and S02E01 are no duplicate; grouped by show, the
// numbers missing are named with their season.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { userClick } from "../host/interactions";
import { TestClock, finish, showData, start } from "./harness";
import { fakeTimers, openSidebar, readRow, rowEl, rowPaths, setGroupByShow, viewButton } from "./sidebar-dom";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

function seasonVault(): Record<string, string> {
  const files: Record<string, string> = {};
  const root = join(import.meta.dirname, "../fixtures/seasons");
  for (const season of readdirSync(join(root, "Podcast"))) {
    for (const name of readdirSync(join(root, "Podcast", season))) files[`Podcast/${season}/${name}`] = readFileSync(join(root, "Podcast", season, name), "utf8");
  }
  return files;
}

const PODCAST = { id: "podcast", name: "Podcast", code: "POD", folder: "Podcast", fileNamePattern: "S{{season}}E{{number}} - {{topic}}", numberPadding: 2, schedule: { weekday: 3, time: "13:00", timeZone: "UTC", durationMinutes: 60 } };

describe("the sidebar on a season podcast", () => {
  it("labels rows S01E10, warns of no duplicate, and names a season's missing numbers", async () => {
    ({ host } = await start({ files: seasonVault(), data: showData([PODCAST]), clock: new TestClock(new Date("2024-01-08T12:00:00Z")) }));
    const view = await openSidebar(host);
    userClick(viewButton(view, "All"));
    const rows = rowPaths(view).map((path) => readRow(rowEl(view, path)));
    expect(rows.map((r) => r.number)).toEqual(["S02E02", "S02E01", "S01E10", "S01E02", "S01E01"]);
    // S02E02 is still to come (10 January), its prep done: a shared number would be its alert.
    expect(readRow(rowEl(view, "Podcast/Season 2/S02E02 - Profiles.md")).alert).toBeNull();
    setGroupByShow(view, true);
    expect(view.contentEl.querySelector('[data-group="show:podcast"] .office-hours-gaps')?.textContent).toBe("No episode numbered 3–9 in season 1");
  });
});
