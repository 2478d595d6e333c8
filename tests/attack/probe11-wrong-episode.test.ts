// @vitest-environment happy-dom
// probe11: Go live in the wrong note. Promises (README, "Live show"): "Go live" in an
// episode's note writes `live:`; "Bad input, each with one outcome", and Go live "says why and
// asks before replacing" a `live:` that is there.
//
// FIXED (live2): goLive asks first (src/core/live/go-live-day.ts). Was: DEFECT
// (src/plugin/live/live-actions.ts, goLive: it asks only about a `live:` already in
// the note, never about the episode's date). The host has next week's note open (preparing
// it) and runs Go live five minutes before today's show: OH 08, dated 13 June, goes live on
// 6 June without a question. Going live on OH 07 then leaves two clocks of one show running.
// Every live command then asks which of the two, in either note, and OH 08 keeps a start and
// an end a week before its date (on its day, Go live asks to replace them).
// Rule I would choose: Go live on an episode whose date, in its show's zone, is not today
// asks first ("OH 08 is dated Friday 13 June, in 7 days. Go live on it now?"), as it asks
// before replacing a start; and with another episode of the same show live, the question
// names that one too. An episode without a date (a special) goes live without a question.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { TestClock, finish, onDisk, settle, showData, start } from "../plugin/harness";
import { fakeLiveTimers } from "../plugin/live-dom";

let host: TestHost | undefined;
beforeEach(() => fakeLiveTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const SHOW = { id: "oh", name: "Office Hours", code: "OH", folder: "Shows", schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 } };
const TODAY = "Shows/OH 07 - Tracing.md";
const NEXT = "Shows/OH 08 - Logs.md";

function note(date: string, prep: string): string {
  return ["---", `date: ${date}`, "---", "# OH", "", "Guest:: Ann Lee", "", "## Prep", "", `- [ ] ${prep}`, "", "## Talking points", "", "- Intro", ""].join("\n");
}

async function begin() {
  // Friday 6 June 2025, five minutes before today's show (OH 07); OH 08 is next Friday's.
  const clock = new TestClock(new Date("2025-06-06T12:55:00Z"));
  const s = await start({ files: { [TODAY]: note("2025-06-06", "Test the mic"), [NEXT]: note("2025-06-13", "Book the studio for OH 08") }, data: showData([SHOW]), clock });
  host = s.host;
  return s;
}

describe("Go live in next week's note", () => {
  it("asks before writing live: into an episode dated another day", async () => {
    const { host: h } = await begin();
    await h.openFile(NEXT);
    await h.runCommand("office-hours:go-live");
    await settle(h);
    expect(h.activeModal()).not.toBeNull();
    expect(onDisk(h, NEXT)).toBe(note("2025-06-13", "Book the studio for OH 08"));
  });
});
