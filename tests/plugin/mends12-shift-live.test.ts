// @vitest-environment happy-dom
// mends12: "Shift show start" during the show, through the command: a shift within the
// time on air is written, one past it is refused (probe10-live has the refusal on disk).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { findButton, typeInto } from "../host/interactions";
import { TestClock, finish, onDisk, settle, showData, start, topModal } from "./harness";
import { fakeLiveTimers } from "./live-dom";

let host: TestHost | undefined;
beforeEach(() => fakeLiveTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const SHOW = { id: "oh", name: "Office Hours", code: "OH", folder: "Shows", schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 } };
const PATH = "Shows/OH 07 - Tracing.md";
const note = (live: string, chapters: string[]) => ["---", "date: 2025-06-06", `live: ${live}`, "---", "# OH 07", "", "## Timestamps", "", ...chapters, ""].join("\n");

async function shiftBy(text: string, answer: string, at: string): Promise<TestHost> {
  const s = await start({ files: { [PATH]: text }, data: showData([SHOW]), clock: new TestClock(new Date(at)) });
  host = s.host;
  await s.host.openFile(PATH);
  await s.host.runCommand("office-hours:shift-show-start");
  await settle(s.host);
  const input = topModal(s.host).contentEl.querySelector("input");
  if (!input) throw new Error("no field");
  typeInto(input, answer);
  findButton(topModal(s.host).contentEl, "Shift").click();
  await settle(s.host);
  return s.host;
}

describe("Shift show start while live", () => {
  it("a shift of exactly the time on air is written: live: becomes now, the chapters move with it", async () => {
    const text = note("2025-06-06T13:00:00Z", ["00:00:00 Intro", "00:02:00 Tracing 101", "00:20:00 Demo"]);
    const h = await shiftBy(text, "120", "2025-06-06T13:02:00Z");
    expect(onDisk(h, PATH)).toBe(note("2025-06-06T13:02:00Z", ["00:00:00 Intro", "00:00:00 Tracing 101", "00:18:00 Demo"]));
  });

  it("one second more is refused with the time on air, and the note is unchanged", async () => {
    const text = note("2025-06-06T13:00:00Z", ["00:00:00 Intro", "00:01:30 Tracing 101"]);
    const h = await shiftBy(text, "121", "2025-06-06T13:02:00Z");
    expect(onDisk(h, PATH)).toBe(text);
    expect(h.noticeMessages()).toEqual(["Not shifted: The show has been on air 00:02:00 (since live:), so its stream cannot have begun 00:02:01 after Go live; nothing was shifted."]);
  });
});
