// @vitest-environment happy-dom
// "Update episode list in index note" ticks the item that asked for it (mends6): only in
// the episode it listed now, with a notice; the episodes already listed keep their items.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findButton, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, settle, topModal } from "./harness";
import { fiveShowNotes } from "../support/five-shows";
import { GOH_README, basename, fakeWeekTimers, plannedWeek, read } from "../walk/walk8-week";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const ITEM = "Update [Grafana Office Hours Readme](projects/Grafana%20Office%20Hours/Grafana%20Office%20Hours%20Readme.md) to add the new file to the `Upcoming` section.";

describe("the index-note item ticked once the list is written", () => {
  it("in the episode the run listed, with a notice; every other note as it was", async () => {
    const { h, goh } = await plannedWeek();
    host = h;
    const others = Object.entries(fiveShowNotes()).filter(([path]) => path.startsWith("projects/Grafana Office Hours/") && path !== GOH_README);
    await h.openFile(GOH_README);
    await h.runCommand("office-hours:update-index-note");
    await settle(h);
    userClick(findButton(topModal(h).modalEl, "Take over the lists"));
    await settle(h, 8);
    expect(await read(h, goh)).toContain(`- [x] ${ITEM}`);
    expect(h.noticeMessages()).toContain(`Ticked in ${basename(goh)}, as updating the episode list did it: “${ITEM}” To leave such items open, turn off “Tick what New episode did” in Settings → Office Hours.`);
    for (const [path, text] of others) expect(await read(h, path), path).toBe(text);
  });
});
