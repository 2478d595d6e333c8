// @vitest-environment happy-dom
// probe7: dates nobody should write, in every place a date goes (date:, time:, live:,
// ended:, a 📅 mark), through the plugin as Obsidian hands them over: the sidebar lists
// every note, in every view, and the agenda opens; nothing throws, nothing is logged.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { finish, settle, start, TestClock } from "../plugin/harness";
import { fakeTimers, openSidebar, redrawn, rowPaths, viewButton } from "../plugin/sidebar-dom";
import { userClick } from "../host/interactions";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const DATES = ["2026-13-45", "[2026-01-01]", "99999-01-01", "0000-01-01", "0001-01-01", "9999-12-31", "2026-03-29T02:30", "2026-10-25T02:30", "2026-03-06T13:00:00Z", "2026-03-06T23:30:00-11:00", "1e9", "true", "null", "{a: 1}", '""', "2026-02-29", "2024-02-29", "2026-12-31", "2027-01-01T00:00:00+14:00", "2026-03-06T24:00", "2026-W10", "2026-1-5", "'2026-01-01'", "2026-01-01 13:00", "2026-01-01T13:00:00.123456789Z"];
const TIMES = ["13:00", "25:99", "24:00", "[1]"];

function vault(): Record<string, string> {
  const files: Record<string, string> = {};
  let n = 0;
  for (const date of DATES) {
    for (const time of TIMES) {
      n += 1;
      const day = date.slice(0, 10);
      files[`Office Hours/OH ${String(n).padStart(3, "0")} - Case.md`] =
        `---\ndate: ${date}\ntime: ${time}\nlive: ${date}\nended: ${date}\n---\nGuest:: Ann\n## Pre-show\n- [ ] Prep 📅 -3d ⏳ -400d\n- [ ] Prep2 📅 ${day}\n## After the show\n- [ ] Thank 📅 +2d\n## Timestamps\n00:00 a\n`;
    }
  }
  return files;
}

describe("odd dates everywhere", () => {
  // New Year's Eve, and the night the clocks go back in Europe.
  for (const now of ["2026-12-31T23:59:30Z", "2026-10-25T01:30:00Z", "2026-03-29T01:30:00Z"]) {
    it(`the sidebar lists every note and the agenda opens (now ${now})`, async () => {
      const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
      const files = vault();
      ({ host } = await start({ files, clock: new TestClock(new Date(now)) }));
      const view = await openSidebar(host);
      userClick(viewButton(view, "All"));
      await redrawn(host);
      expect(rowPaths(view).sort()).toEqual(Object.keys(files).sort());
      for (const name of ["Needs attention", "Ideas", "Past"] as const) {
        userClick(viewButton(view, name));
        await redrawn(host);
      }
      expect(await host.runCommand("office-hours:open-agenda")).toBe(true);
      await settle(host);
      expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([]);
    }, 60_000);
  }
});
