// @vitest-environment happy-dom
// The five-show team's show day (walk8-week.ts): GOH at 16:00 in Berlin on Friday 12
// December. The template's "Just before the show" list comes first on the day; Go live,
// a chapter per talking point from the live view's command, End show; then the post-show
// checklist (the template's "Add timestamps to the video (at least four)") is what is left.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, settle } from "../plugin/harness";
import { liveView, pass, shownChapters, shownProblems } from "../plugin/live-dom";
import { openSidebar, readRow, rowEl, expandButton, readDetails } from "../plugin/sidebar-dom";
import { fakeWeekTimers, letTimePass, plannedWeek, read } from "./walk8-week";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

describe("show day", () => {
  it("the just-before list first; live chapters from the talking points, valid for YouTube; then the post-show checklist", async () => {
    const { h, clock, goh } = await plannedWeek();
    host = h;
    // 15:50 in Berlin: the show is today.
    clock.current = new Date("2025-12-12T14:50:00Z");
    await letTimePass(h, 61_000);
    const view = await openSidebar(h);
    expect(readRow(rowEl(view, goh))).toMatchObject({ state: "live", relative: "today", progress: "before 0/10 · prep 1/19", next: "How do you pronounce your name?" });

    await h.openFile(goh);
    clock.current = new Date("2025-12-12T15:00:00Z");
    expect(await h.runCommand("office-hours:go-live")).toBe(true);
    await settle(h);
    for (const ms of [65_000, 240_000, 600_000, 900_000]) {
      await pass(h, clock, ms);
      expect(await h.runCommand("office-hours:log-timestamp")).toBe(true);
      await settle(h);
    }
    const live = liveView(h);
    // The template's own first line, then one chapter per top-level talking point.
    expect(shownChapters(live)).toEqual(["00:00:00Introductions", "00:01:05Intro", "00:05:05Announcements", "00:15:05Introduce guest", "00:30:05Outro"]);
    expect(shownProblems(live)).toEqual([]);
    await pass(h, clock, 1_800_000);
    expect(await h.runCommand("office-hours:end-show")).toBe(true);
    await settle(h);
    const note = await read(h, goh);
    expect(note).toContain("\nlive: 2025-12-12T15:00:00Z\nended: 2025-12-12T16:00:05Z\n");
    expect(note).toContain("### Timestamps\n\n00:00:00 Introductions\n00:01:05 Intro\n00:05:05 Announcements\n00:15:05 Introduce guest\n00:30:05 Outro\n");

    // 18:00 in Berlin: aired; the post-show checklist is what is left, no moot just-before item.
    clock.current = new Date("2025-12-12T17:00:00Z");
    await letTimePass(h, 61_000);
    const after = await openSidebar(h);
    expect(readRow(rowEl(after, goh))).toMatchObject({ state: "aired", progress: "after 0/7", next: "Add timestamps to the video (at least four).", alert: "No video link yet", openCount: 7 });
    userClick(expandButton(rowEl(after, goh)));
    await settle(h);
    expect(readDetails(rowEl(after, goh)).phases).toEqual(["Prep 1/19", "Before 0/10", "After 0/7"]);
  });
});
