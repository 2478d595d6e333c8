// @vitest-environment happy-dom
// End show and the video link write their one line as Go live does (live2: the marks as
// line edits, src/core/live/mark-lines.ts): comments and the style of the other properties
// stay; with the note open, the change is one undo step in its editor; broken YAML is still
// refused by processFrontMatter, nothing written.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { findButton, typeInto } from "../host/interactions";
import { TestClock, finish, onDisk, settle, showData, start } from "./harness";
import { fakeLiveTimers, liveView, redrawn } from "./live-dom";

let host: TestHost | undefined;
beforeEach(() => fakeLiveTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const SHOW = { id: "oh", name: "Office Hours", code: "OH", folder: "Shows", schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 } };
const PATH = "Shows/OH 07 - Tracing, with Ann Lee.md";
const PROPS = ["date: 2025-06-06", "time: '13:00' # moved up for Ann", "# sponsor: keep quiet until announced", "live: 2025-06-06T13:00:00Z # from the studio"];

function note(props: string[]): string {
  return ["---", ...props, "---", "# OH 07", "", "Guest:: Ann Lee", "", "## Timestamps", "", "00:00:00 Intro", "00:02:00 Tracing 101", "00:20:00 Demo", "", "## Talking points", "", "- Intro", ""].join("\n");
}

async function begin(text: string, at: string) {
  const s = await start({ files: { [PATH]: text }, data: showData([SHOW]), clock: new TestClock(new Date(at)) });
  host = s.host;
  return s;
}

describe("End show and the video link keep the properties as written", () => {
  it("End show adds ended: under live:, one undo step in the open editor", async () => {
    const text = note(PROPS);
    const { host: h } = await begin(text, "2025-06-06T13:58:00Z");
    const view = await h.openFile(PATH);
    await h.runCommand("office-hours:end-show");
    await settle(h);
    expect(onDisk(h, PATH)).toBe(note([...PROPS, "ended: 2025-06-06T13:58:00Z"]));
    view.editor.undo();
    expect(view.editor.getValue()).toBe(text);
  });

  it("the video link goes in as a url: line, the comments kept", async () => {
    const ended = [...PROPS, "ended: 2025-06-06T13:58:00Z"];
    const { host: h } = await begin(note(ended), "2025-06-06T14:05:00Z");
    await h.runCommand("office-hours:open-live-view");
    await redrawn(h);
    const link = liveView(h).contentEl.querySelector<HTMLInputElement>("input[type=url]");
    if (!link) throw new Error("no video link field");
    typeInto(link, "https://youtube.com/live/abc");
    findButton(liveView(h).contentEl, "Save").click();
    await redrawn(h);
    expect(onDisk(h, PATH)).toBe(note([...ended, "url: https://youtube.com/live/abc"]));
  });

  it("a live: written as a list is no line to edit: processFrontMatter writes it, as before", async () => {
    const text = note(["date: 2025-06-06", "live:", "  - 2025-06-06T13:00:00Z"]);
    const { host: h } = await begin(text, "2025-06-06T13:05:00Z");
    await h.openFile(PATH);
    await h.runCommand("office-hours:go-live");
    await settle(h);
    const modal = h.activeModal();
    if (modal) findButton(modal.modalEl, "Go live now").click();
    await settle(h);
    expect(onDisk(h, PATH)).toContain("live: 2025-06-06T13:05:00Z\n");
    expect(onDisk(h, PATH)).not.toContain("  - 2025-06-06T13:00:00Z");
  });
});
