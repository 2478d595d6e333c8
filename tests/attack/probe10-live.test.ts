// @vitest-environment happy-dom
// probe10: the live show. Promises (README, "Live show"): "Shift show start" moves `live:`
// later by that much and every chapter earlier, in one edit; bad input gets one clear
// outcome. A shift longer than the show itself (a typo: 4000 for 40) has no meaning: the
// stream began during the show. Made, it left `live:` after `ended:`, a note the plugin
// then reads as "ended before it went live" (no clock, no chapter check), every chapter
// at 0:00. Rule chosen: a shift may move the start up to `ended:`, no further; past it
// the command refuses with a notice and writes nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { findButton, typeInto } from "../host/interactions";
import { TestClock, finish, onDisk, settle, showData, start, topModal } from "../plugin/harness";
import { fakeLiveTimers } from "../plugin/live-dom";
import { planLog, planShift, viewNote } from "../../src/core/live/edits";
import { DEFAULT_TIMESTAMP_HEADINGS, plainChapters, timestampHeadingMatcher } from "../../src/core/live/chapters";
import { formatTimecode } from "../../src/core/live/timecode";
import { youtubeProblems } from "../../src/core/live/youtube";
import { bestGrowth, whole } from "../support/growth";
import { liveMarks, liveState } from "../../src/core/live/live-state";

let host: TestHost | undefined;
beforeEach(() => fakeLiveTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const SHOW = { id: "oh", name: "Office Hours", code: "OH", folder: "Shows", schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 } };
const PATH = "Shows/OH 07 - Tracing, with Ann Lee.md";
const START = "2025-06-06T13:00:00Z";
const ENDED = "2025-06-06T13:58:00Z";

function note(marks: string[], chapters: string[]): string {
  return ["---", "date: 2025-06-06", ...marks, "---", "# OH 07", "", "## Timestamps", "", ...chapters, "", "## Talking points", "", "- Intro", ""].join("\n");
}

const CHAPTERS = ["00:00:00 Intro", "00:02:00 Tracing 101", "00:20:00 Demo"];

async function shiftBy(text: string, answer: string, at: string): Promise<TestHost> {
  const s = await start({ files: { [PATH]: text }, data: showData([SHOW]), clock: new TestClock(new Date(at)) });
  host = s.host;
  const h = s.host;
  await h.openFile(PATH);
  await h.runCommand("office-hours:shift-show-start");
  await settle(h);
  const modal = topModal(h);
  const input = modal.contentEl.querySelector("input");
  if (!input) throw new Error("no field");
  typeInto(input, answer);
  findButton(modal.contentEl, "Shift").click();
  await settle(h);
  return h;
}

describe("Shift show start after the show", () => {
  it("refuses a shift longer than the show: live: never goes past ended:, nothing is written", async () => {
    const text = note([`live: ${START}`, `ended: ${ENDED}`], CHAPTERS);
    const h = await shiftBy(text, "4000", "2025-06-06T14:05:00Z");
    expect(onDisk(h, PATH)).toBe(text);
    expect(h.noticeMessages()).toEqual(["Not shifted: The show lasted 00:58:00 (live: to ended:), so its stream cannot have begun 01:06:40 after Go live; nothing was shifted."]);
  });

  it("takes a shift up to the show's length, the state still an ended show", async () => {
    const text = note([`live: ${START}`, `ended: ${ENDED}`], CHAPTERS);
    const h = await shiftBy(text, "40", "2025-06-06T14:05:00Z");
    expect(onDisk(h, PATH)).toBe(note(["live: 2025-06-06T13:00:40Z", `ended: ${ENDED}`], ["00:00:00 Intro", "00:01:20 Tracing 101", "00:19:20 Demo"]));
  });

  it("any shift the core plans leaves a note read as ended, never 'ended before it went live' (property over shifts)", () => {
    const text = note([`live: ${START}`, `ended: "${ENDED}"`], CHAPTERS);
    for (const delta of [1, 59, 3479, 3480, 3481, 4000, 99_999, -40, -99_999]) {
      const plan = planShift(viewNote(text, (h) => h === "Timestamps"), delta, { value: START, timeZone: "UTC" });
      if (!plan.ok) {
        expect(delta, plan.reason).toBeGreaterThan(3480);
        continue;
      }
      const start = plan.edits[0]?.text ?? "";
      const state = liveState(liveMarks({ live: start, ended: ENDED }), Date.parse("2025-06-06T14:05:00Z"), "UTC");
      expect(state.kind, `${delta}: ${start}`).toBe("ended");
    }
  });
});

// Found by probe10, mended by mends12: while the show is live there is no `ended:`, so the
// limit is the time now (the injected clock, read when the shift is written; shiftStart in
// src/plugin/live/chapter-actions.ts, shiftPastNow in src/core/live/shift-limit.ts).
describe("Shift show start during the show", () => {
  it("a shift longer than the time on air would move live: into the future (the clock stopped, every chapter at 0:00): refused, nothing written", async () => {
    const text = note([`live: ${START}`], CHAPTERS);
    const h = await shiftBy(text, "4000", "2025-06-06T13:25:00Z");
    expect(onDisk(h, PATH)).toBe(text);
    expect(h.noticeMessages()).toEqual(["Not shifted: The show has been on air 00:25:00 (since live:), so its stream cannot have begun 01:06:40 after Go live; nothing was shifted."]);
  });
});

// README, "Logging": each log goes into the Timestamps section in time order among the lines
// there. A long show logged from several devices, or a pasted list: 10,000 and 40,000
// chapter lines. Held: reading the section, placing a log, the YouTube check and a shift
// grow linearly (each measured at n and 4n lines).
describe("a Timestamps section of thousands of chapters", () => {
  const matcher = timestampHeadingMatcher();
  const section = (n: number) => note([`live: ${START}`], Array.from({ length: n }, (_, i) => `${formatTimecode(i * 20)} Chapter ${i}`));

  it("logging, the YouTube check and a shift take linear time", () => {
    const log = (text: string) => planLog(viewNote(text, matcher), { seconds: 5, title: "Late intro" }, DEFAULT_TIMESTAMP_HEADINGS);
    const check = (text: string) => youtubeProblems(plainChapters(viewNote(text, matcher).reading.section));
    const shift = (text: string) => planShift(viewNote(text, matcher), 40, { value: START, timeZone: "UTC" });
    for (const run of [log, check, shift]) expect(bestGrowth(run, whole(section), 2500, 8, 4)).toBeLessThan(8);
  });

  it("a log lands in time order among them", () => {
    const view = viewNote(section(10_000), matcher);
    const plan = planLog(view, { seconds: 5000 * 20 + 15, title: "Between" }, DEFAULT_TIMESTAMP_HEADINGS);
    if (!plan.ok) throw new Error(plan.reason);
    expect([view.lines[plan.line - 1], plan.lineText, view.lines[plan.line]]).toEqual(["27:46:40 Chapter 5000", "27:46:55 Between", "27:47:00 Chapter 5001"]);
  });
});
