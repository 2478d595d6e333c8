// @vitest-environment happy-dom
// Bad input during a show, each with its defined outcome: a live: that is not a date, a
// start in the future or days ago, broken frontmatter, the note renamed or deleted while
// live, and two devices logging to one note. Where nothing may change, the bytes are
// compared; where the host must act, the notice is checked.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { findButton } from "../host/interactions";
import { TestClock, fileAt, finish, onDisk, settle, showData, start, topModal } from "./harness";
import { fakeLiveTimers, liveView, pass, redrawn, shownChapters, statusBarText, viewButton } from "./live-dom";

let host: TestHost | undefined;
beforeEach(() => fakeLiveTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const SHOW = { id: "oh", name: "Office Hours", code: "OH", folder: "Shows", schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 } };
const PATH = "Shows/OH 07 - Tracing, with Ann Lee.md";
const NOW = new Date("2025-06-06T13:05:00Z");

function note(frontmatter: string, chapters: string[] = []): string {
  return `---\ndate: 2025-06-06\n${frontmatter}---\n# OH 07\n\nGuest:: Ann Lee\n\n## Timestamps\n\n${chapters.map((c) => `${c}\n`).join("")}\n## Talking points\n\n- Intro\n- Tracing 101\n- Demo\n`;
}

async function begin(text: string) {
  const clock = new TestClock(NOW);
  const s = await start({ files: { [PATH]: text }, data: showData([SHOW]), clock });
  host = s.host;
  return s;
}

describe("live: that is not a date", () => {
  it("is not live; Go live says why and asks before replacing it", async () => {
    const text = note("live: after lunch\n");
    const { host: h } = await begin(text);
    expect(statusBarText(h)).toBeNull();
    await h.openFile(PATH);
    await h.runCommand("office-hours:go-live");
    await settle(h);
    const modal = topModal(h);
    expect(modal.contentEl.querySelector("p")?.textContent).toBe(
      "The note's live: value is not usable: “after lunch” is not a date and time like 2026-12-04T13:02:11Z. Going live now replaces the recorded start.",
    );
    findButton(modal.contentEl, "Cancel").click();
    await settle(h);
    expect(onDisk(h, PATH)).toBe(text);
    await h.runCommand("office-hours:go-live");
    await settle(h);
    findButton(topModal(h).contentEl, "Go live now").click();
    await redrawn(h);
    expect(onDisk(h, PATH)).toBe(note("live: 2025-06-06T13:05:00Z\n"));
    expect(statusBarText(h)).toBe("Live00:00:00");
  });
});

describe("a start in the future or days ago", () => {
  it("in the future: not live, nothing logged, the view says to check the clock", async () => {
    const text = note("live: 2025-06-06T15:00:00Z\n");
    const { host: h, clock } = await begin(text);
    expect(statusBarText(h)).toBeNull();
    await h.runCommand("office-hours:log-timestamp");
    await settle(h);
    expect(onDisk(h, PATH)).toBe(text);
    expect(h.noticeMessages()).toEqual(["No episode is live yet: open the episode's note and start the show with the go-live command."]);
    await h.openFile(PATH);
    await h.runCommand("office-hours:open-live-view");
    await redrawn(h);
    expect(liveView(h).contentEl.querySelector(".office-hours-live-warning")?.textContent).toBe(
      "The note says the show goes live at 2025-06-06T15:00:00Z, which is still ahead; check this device's clock.",
    );
    // When that time comes, the show is live without anything written: checked twice a minute.
    clock.current = new Date("2025-06-06T15:00:10Z");
    await vi.advanceTimersByTimeAsync(30_000);
    await redrawn(h);
    expect(statusBarText(h)).toBe("Live00:00:10");
    expect(liveView(h).contentEl.querySelector(".office-hours-live-badge")?.textContent).toBe("Live");
  });

  it("days ago and never ended: not live; End show ends it", async () => {
    const { host: h } = await begin(note("live: 2025-06-02T13:00:00Z\n"));
    expect(statusBarText(h)).toBeNull();
    await h.openFile(PATH);
    await h.runCommand("office-hours:open-live-view");
    await redrawn(h);
    const view = liveView(h);
    expect(view.contentEl.querySelector(".office-hours-live-badge")?.textContent).toBe("Not ended");
    viewButton(view, "End show").click();
    await redrawn(h);
    expect(onDisk(h, PATH)).toBe(note("live: 2025-06-02T13:00:00Z\nended: 2025-06-06T13:05:00Z\n"));
  });
});

describe("broken frontmatter", () => {
  it("Go live changes nothing and says why", async () => {
    const text = "---\ndate: 2025-06-06\ntitle: [unclosed\n---\n# OH 07\n\nGuest:: Ann Lee\n\n- [ ] Task\n";
    const { host: h } = await begin(text);
    await h.openFile(PATH);
    await h.runCommand("office-hours:go-live");
    await settle(h);
    expect(onDisk(h, PATH)).toBe(text);
    expect(h.noticeMessages()[0]).toMatch(/^Could not go live: The note's frontmatter could not be read \(.+\); nothing was changed\.$/);
  });
});

describe("the note renamed or deleted while live", () => {
  it("renamed: the clock goes on, logs go to the new path, the view follows", async () => {
    const { host: h, clock } = await begin(note("live: 2025-06-06T13:00:00Z\n"));
    await h.runCommand("office-hours:open-live-view");
    await redrawn(h);
    const renamed = "Shows/OH 07 - Tracing with spans, with Ann Lee.md";
    await h.app.fileManager.renameFile(fileAt(h, PATH), renamed);
    await pass(h, clock, 1000);
    expect(statusBarText(h)).toBe("Live00:05:01");
    await h.runCommand("office-hours:log-timestamp");
    await redrawn(h);
    expect(onDisk(h, renamed)).toContain("## Timestamps\n\n00:05:01 Intro\n");
    expect(liveView(h).episodePath).toBe(renamed);
    expect(shownChapters(liveView(h))).toEqual(["00:05:01Intro"]);
  });

  it("deleted: the clock stops, logging says no show is live, undo says the note is gone", async () => {
    const { host: h } = await begin(note("live: 2025-06-06T13:00:00Z\n"));
    await h.runCommand("office-hours:log-timestamp");
    await h.runCommand("office-hours:open-live-view");
    await redrawn(h);
    await h.externalDelete(PATH);
    await redrawn(h);
    expect(statusBarText(h)).toBeNull();
    expect(liveView(h).contentEl.textContent).toBe(`The note ${PATH} was deleted, so its show is no longer followed here.`);
    await h.runCommand("office-hours:log-timestamp");
    await h.runCommand("office-hours:undo-last-timestamp");
    await settle(h);
    expect(h.noticeMessages()).toEqual([
      "No episode is live yet: open the episode's note and start the show with the go-live command.",
      `The note ${PATH} no longer exists.`,
    ]);
    expect(h.app.vault.getFileByPath(PATH)).toBeNull();
  });
});

describe("two devices logging to one note", () => {
  it("keeps both devices' lines and puts the next log in time order", async () => {
    const { host: h, clock } = await begin(note("live: 2025-06-06T13:00:00Z\n"));
    const editor = (await h.openFile(PATH)).editor;
    await h.runCommand("office-hours:log-timestamp");
    await settle(h);
    // The log is saved at once, so the other device's copy (merged by sync) has it.
    expect(onDisk(h, PATH)).toContain("00:05:00 Intro\n");
    await h.externalWrite(PATH, note("live: 2025-06-06T13:00:00Z\n", ["00:05:00 Intro", "00:09:00 Demo (other device)"]));
    await pass(h, clock, 120_000);
    await h.runCommand("office-hours:log-timestamp");
    await settle(h);
    expect(editor.getValue()).toBe(note("live: 2025-06-06T13:00:00Z\n", ["00:05:00 Intro", "00:07:00 Tracing 101", "00:09:00 Demo (other device)"]));
    await redrawn(h);
    await h.runCommand("office-hours:open-live-view");
    await redrawn(h);
    expect(shownChapters(liveView(h))).toEqual(["00:05:00Intro", "00:07:00Tracing 101", "00:09:00Demo (other device)"]);
  });
});
