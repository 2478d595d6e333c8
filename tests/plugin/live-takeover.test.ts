// @vitest-environment happy-dom
// The GOH team's template writes `00:00:00 Introductions` under "### Timestamps". The host
// presses "Log timestamp" 5 s into the show: before, `00:00:05 Intro` went in below it and
// the live view and the snippet said YouTube would refuse a 5 s chapter. Now the log takes
// that line over at 00:00:00, a notice says so, and "Undo last timestamp" puts it back.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { TestClock, finish, onDisk, settle, showData, start } from "./harness";
import { fakeLiveTimers, pass } from "./live-dom";

let host: TestHost | undefined;
beforeEach(() => fakeLiveTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const SHOW = { id: "goh", name: "Grafana Office Hours", code: "GOH", folder: "GOH", schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 } };
const PATH = "GOH/GOH 31 - Tracing, with Ann Lee.md";
const NOTE = [
  "---",
  "date: 2025-06-06",
  "live: 2025-06-06T13:00:00Z",
  "---",
  "# GOH 31",
  "",
  "Guest:: Ann Lee",
  "",
  "## Talking points",
  "",
  "- What is tracing?",
  "- Demo",
  "",
  "### Timestamps",
  "",
  "00:00:00 Introductions",
  "",
  "",
  "### Reference links",
  "",
].join("\n");

describe("a first log 5 s in, under the template's 00:00:00 Introductions", () => {
  it("takes that line over at 00:00:00 and says so; undo puts Introductions back byte for byte", async () => {
    const clock = new TestClock(new Date("2025-06-06T13:00:05Z"));
    ({ host } = await start({ files: { [PATH]: NOTE }, data: showData([SHOW]), clock }));
    const h = host;
    expect(await h.runCommand("office-hours:log-timestamp")).toBe(true);
    await settle(h);
    expect(onDisk(h, PATH)).toBe(NOTE.replace("00:00:00 Introductions", "00:00:00 What is tracing?"));
    expect(h.noticeMessages()).toEqual([
      "“What is tracing?” came less than 10 s after “Introductions” (00:00:00), too short a chapter for YouTube: it took that line's place at 00:00:00. “Undo last timestamp” puts “Introductions” back.",
    ]);

    // The next point, a minute later, goes in below as usual.
    await pass(h, clock, 60_000);
    await h.runCommand("office-hours:log-timestamp");
    await settle(h);
    expect(onDisk(h, PATH)).toContain("00:00:00 What is tracing?\n00:01:05 Demo\n");

    await h.runCommand("office-hours:undo-last-timestamp");
    await settle(h);
    await h.runCommand("office-hours:undo-last-timestamp");
    await settle(h);
    expect(onDisk(h, PATH)).toBe(NOTE);
    expect(h.noticeMessages().slice(1)).toEqual(["Removed “00:01:05 Demo”.", "Put back “00:00:00 Introductions”."]);
  });
});
