// @vitest-environment happy-dom
// The auto-tick with two after-show items asking for the chapters ticks neither (the host's
// call which one the chapters satisfy) and says so, once per note: before, the host who had
// turned the auto-tick on saw nothing happen and nothing said why.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { TestClock, finish, onDisk, showData, start } from "./harness";
import { fakeLiveTimers, redrawn } from "./live-dom";

let host: TestHost | undefined;
beforeEach(() => fakeLiveTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const SHOW = { id: "oh", name: "Office Hours", code: "OH", folder: "Shows", schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 } };
const PATH = "Shows/OH 07 - Tracing, with Ann Lee.md";
const FOUR = ["00:00:00 Intro", "00:02:00 Tracing 101", "00:20:00 Demo", "00:50:00 Outro"];

function note(items: string[], chapters: string[], extra = 0): string {
  const points = ["- Intro", ...Array.from({ length: extra }, (_, i) => `- Question ${i + 1}`)];
  return ["---", "date: 2025-06-06", "live: 2025-06-06T13:00:00Z", "ended: 2025-06-06T13:58:00Z", "---", "# OH 07", "", "Guest:: Ann Lee", "", "## Timestamps", "", ...chapters, "", "## Talking points", "", ...points, "", "## After the show", "", ...items.map((t) => `- [ ] ${t}`), ""].join("\n");
}

const TWO = ["Add timestamps to the video (at least four).", "Add chapters to the recording"];

async function begin(items: string[]): Promise<TestHost> {
  const s = await start({ files: { [PATH]: note(items, FOUR.slice(0, 3)) }, data: showData([SHOW], { autoTickChapters: true }), clock: new TestClock(new Date("2025-06-06T14:05:00Z")) });
  host = s.host;
  return s.host;
}

describe("two after-show items asking for the chapters", () => {
  it("neither is ticked, and a notice names both, once", async () => {
    const h = await begin(TWO);
    await h.externalWrite(PATH, note(TWO, FOUR));
    await redrawn(h);
    expect(onDisk(h, PATH)).toBe(note(TWO, FOUR));
    expect(h.noticeMessages()).toEqual([
      "The chapters of OH 07 - Tracing, with Ann Lee are ready for YouTube. Nothing was ticked: “Add timestamps to the video (at least four).” and “Add chapters to the recording” both ask for them. Tick the one you did.",
    ]);
    await h.externalWrite(PATH, note(TWO, FOUR, 1));
    await redrawn(h);
    expect(h.noticeMessages()).toHaveLength(1);
  });

  it("while the chapters are too few, nothing is said", async () => {
    const h = await begin(TWO);
    await h.externalWrite(PATH, note(TWO, FOUR.slice(0, 2), 1));
    await redrawn(h);
    expect(h.noticeMessages()).toEqual([]);
  });

  it("one such item is ticked as before, with no doubt said", async () => {
    const h = await begin(TWO.slice(0, 1));
    await h.externalWrite(PATH, note(TWO.slice(0, 1), FOUR));
    await redrawn(h);
    expect(onDisk(h, PATH)).toContain("- [x] Add timestamps");
    expect(h.noticeMessages().join(" ")).not.toContain("Nothing was ticked");
  });
});

describe("the auto-tick's memory after a rename", () => {
  it("an item the host unticked is not ticked again once the note is renamed", async () => {
    const h = await begin(TWO.slice(0, 1));
    await h.externalWrite(PATH, note(TWO.slice(0, 1), FOUR));
    await redrawn(h);
    expect(onDisk(h, PATH)).toContain("- [x] Add timestamps");
    // The host unticks it on purpose, then renames the note.
    await h.externalWrite(PATH, note(TWO.slice(0, 1), FOUR, 1));
    await redrawn(h);
    const renamed = "Shows/OH 07 - Tracing deep dive, with Ann Lee.md";
    const file = h.app.vault.getFileByPath(PATH);
    if (!file) throw new Error("no note");
    await h.app.fileManager.renameFile(file, renamed);
    await redrawn(h);
    expect(onDisk(h, renamed)).toContain("- [ ] Add timestamps");
    await h.externalWrite(renamed, note(TWO.slice(0, 1), FOUR, 2));
    await redrawn(h);
    expect(onDisk(h, renamed)).toContain("- [ ] Add timestamps");
    // Ticked once, before the rename; never again after it.
    expect(h.noticeMessages().filter((m) => m.startsWith("Ticked"))).toHaveLength(1);
  });
});
