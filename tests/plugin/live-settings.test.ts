// @vitest-environment happy-dom
// The live show's settings in the tab: the Timestamps section's names (the reader follows
// them once typing pauses) and the opt-in auto-tick, off until the host turns it on.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findSetting, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import type { OfficeHoursSettings } from "../../src/core/settings/settings";
import type OfficeHoursPlugin from "../../src/main";
import { DATA_PATH, finish, onDisk, settle, showData, start } from "./harness";
import { fakeTimers } from "./sidebar-dom";
import { liveView } from "./live-dom";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const PATH = "Office Hours/OH 05 - Kapitel, with Ann Lee.md";
const NOTE = "---\ndate: 2025-06-13\n---\n# OH 05\n\nGuest:: Ann Lee\n\n## Kapitel\n\n0:00 Intro\n2:00 Ann\n9:00 Demo\n\n- [ ] Task\n";

function chaptersIndexed(plugin: OfficeHoursPlugin): number {
  const indexer = (plugin as unknown as { indexer: { index: { get(p: string): { episode: { chapters: unknown[] } } | undefined } } }).indexer;
  return indexer.index.get(PATH)?.episode.chapters.length ?? -1;
}

describe("live show settings", () => {
  it("reads the section under a name typed in the tab, and stores the auto-tick choice", async () => {
    const started = await start({ files: { [PATH]: NOTE }, data: showData([{ id: "office-hours", name: "Office Hours", code: "OH", folder: "Office Hours" }]) });
    host = started.host;
    expect(chaptersIndexed(started.plugin)).toBe(0);
    await host.openFile(PATH);
    await host.runCommand("office-hours:open-live-view");
    await settle(host);
    await vi.advanceTimersByTimeAsync(400);
    expect(liveView(host).model?.chapters).toEqual([]);
    const tab = await host.openSettings("office-hours");
    userClick(findSetting(tab, "Tick the timestamps item when chapters are ready").querySelector(".checkbox-container") as HTMLElement);
    userClick(findSetting(tab, "Office Hours"));
    const area = findSetting(tab, "Timestamps headings").querySelector("textarea");
    if (!area) throw new Error("no timestamps headings field");
    expect(area.value).toBe("Timestamps\nChapters\nMarcas de tiempo\nCapítulos");
    typeInto(area, "Kapitel\n\nTimestamps");
    await settle(host);
    await vi.advanceTimersByTimeAsync(900);
    await settle(host);
    const stored = JSON.parse(onDisk(host, DATA_PATH)) as OfficeHoursSettings;
    expect([stored.autoTickChapters, stored.shows[0]?.timestampHeadings]).toEqual([true, ["Kapitel", "Timestamps"]]);
    expect(chaptersIndexed(started.plugin)).toBe(3);
    // The live view reads the note with the new names too.
    await vi.advanceTimersByTimeAsync(400);
    await settle(host);
    expect(liveView(host).model?.chapters.map((c) => c.title)).toEqual(["Intro", "Ann", "Demo"]);
  });
});
