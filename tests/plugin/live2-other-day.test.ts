// @vitest-environment happy-dom
// Go live on an episode dated another day asks first (live2; src/core/live/go-live-day.ts):
// the day is the episode's date in its show's zone; an undated episode goes live at once.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { findButton } from "../host/interactions";
import { TestClock, finish, onDisk, settle, showData, start } from "./harness";
import { fakeLiveTimers } from "./live-dom";
import { otherDayQuestion } from "../../src/core/live/go-live-day";

let host: TestHost | undefined;
beforeEach(() => fakeLiveTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

// A show at 09:00 in Tokyo: at 2025-06-12T23:55Z it is already Friday 13 June there.
const SHOW = { id: "oh", name: "Office Hours", code: "OH", folder: "Shows", schedule: { weekday: 5, time: "09:00", timeZone: "Asia/Tokyo", durationMinutes: 60 } };
const PATH = "Shows/OH 08 - Logs.md";
const note = (date: string | null) => ["---", ...(date ? [`date: ${date}`] : []), "---", "# OH 08", "", "Guest:: Ann Lee", "", "## Talking points", "", "- Intro", ""].join("\n");

async function goLive(date: string | null, at: string): Promise<TestHost> {
  const s = await start({ files: { [PATH]: note(date) }, data: showData([SHOW]), clock: new TestClock(new Date(at)) });
  host = s.host;
  await s.host.openFile(PATH);
  await s.host.runCommand("office-hours:go-live");
  await settle(s.host);
  return s.host;
}

describe("Go live and the episode's day", () => {
  it("today in the show's zone (though yesterday in UTC): no question", async () => {
    const h = await goLive("2025-06-13", "2025-06-12T23:55:00Z");
    expect(h.activeModal()).toBeNull();
    expect(onDisk(h, PATH)).toContain("live: 2025-06-12T23:55:00Z\n");
  });

  it("next week's: asks, naming the day; Cancel writes nothing, Go live now writes live:", async () => {
    const h = await goLive("2025-06-20", "2025-06-13T00:00:00Z");
    const modal = h.activeModal();
    if (!modal) throw new Error("no question");
    expect(modal.modalEl.textContent).toContain("OH 08 - Logs is dated Friday 20 June 2025, in 7 days. Go live on it now?");
    findButton(modal.modalEl, "Cancel").click();
    await settle(h);
    expect(onDisk(h, PATH)).toBe(note("2025-06-20"));
    await h.runCommand("office-hours:go-live");
    await settle(h);
    const again = h.activeModal();
    if (!again) throw new Error("no question the second time");
    findButton(again.modalEl, "Go live now").click();
    await settle(h);
    expect(onDisk(h, PATH)).toContain("live: 2025-06-13T00:00:00Z\n");
  });

  it("an undated episode (a special) goes live at once", async () => {
    const h = await goLive(null, "2025-06-13T00:00:00Z");
    expect(h.activeModal()).toBeNull();
    expect(onDisk(h, PATH)).toContain("live: 2025-06-13T00:00:00Z\n");
  });

  it("words the day as a host reads it", () => {
    expect(otherDayQuestion("OH 07", "2025-06-05", "2025-06-06")).toBe("OH 07 is dated Thursday 5 June 2025, yesterday. Go live on it now?");
    expect(otherDayQuestion("OH 07", "2025-06-07", "2025-06-06")).toContain("tomorrow");
    expect(otherDayQuestion("OH 07", "2025-05-30", "2025-06-06")).toContain("7 days ago");
    expect(otherDayQuestion("OH 07", "2025-06-06", "2025-06-06")).toBeNull();
  });
});
