// @vitest-environment happy-dom
// A whole show through the stand-in host with an injected clock: go live on GOH 25, log
// three points (the command, the command again, a click in the live view), end the show,
// shift the start by 40 s, and insert the YouTube chapters snippet, checked byte for byte.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { chooseSuggestion, typeInto, userClick } from "../host/interactions";
import { GOH25, TestClock, finish, onDisk, realNote, settle, showData, start, topModal } from "./harness";
import { fakeLiveTimers, headerClock, liveView, pass, pointButton, redrawn, shownChapters, shownPoints, statusBarText, viewButton } from "./live-dom";

let host: TestHost | undefined;
beforeEach(() => fakeLiveTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const SHOW = {
  id: "goh",
  name: "Grafana Office Hours",
  code: "GOH",
  folder: "Grafana Office Hours",
  schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 },
};
const PATH = `Grafana Office Hours/${GOH25}`;
/** GOH 25's show: Friday 5 January 2024, 13:00 UTC. */
const SHOW_TIME = new Date("2024-01-05T13:00:00Z");

async function started(files: Record<string, string> = { [PATH]: realNote(GOH25) }) {
  const clock = new TestClock(SHOW_TIME);
  const s = await start({ files, data: showData([SHOW]), clock });
  host = s.host;
  return s;
}

describe("a whole show", () => {
  it("goes live, logs three points, ends, shifts, and gives exact YouTube chapters", async () => {
    const { host: h, clock } = await started();
    const original = realNote(GOH25);
    await h.openFile(PATH);

    // Go live: live: in the frontmatter, nothing else changed; the clock shows and ticks.
    expect(await h.runCommand("office-hours:go-live")).toBe(true);
    await redrawn(h);
    expect(onDisk(h, PATH)).toBe(original.replace("date: 2024-01-05\n", "date: 2024-01-05\nlive: 2024-01-05T13:00:00Z\n"));
    const view = liveView(h);
    expect(statusBarText(h)).toBe("Live00:00:00");
    expect(headerClock(view)).toBe("00:00:00");
    await pass(h, clock, 3000);
    expect(statusBarText(h)).toBe("Live00:00:03");
    expect(headerClock(view)).toBe("00:00:03");

    // Log timestamp: the next talking point, the first snapped to 0:00.
    expect(await h.runCommand("office-hours:log-timestamp")).toBe(true);
    await settle(h);
    await pass(h, clock, 122_000);
    expect(await h.runCommand("office-hours:log-timestamp")).toBe(true);
    await settle(h);
    // A click on a point in the live view logs that point now.
    await pass(h, clock, 475_000);
    userClick(pointButton(view, "What is eBPF?"));
    await settle(h);
    expect(shownPoints(view).slice(0, 4)).toEqual([
      ["Intro", "00:00:00"],
      ["Introduce Nikola", "00:02:05"],
      ["The problems with instrumentation", ""],
      ["What is eBPF?", "00:10:00"],
    ]);
    expect(shownChapters(view)).toEqual(["00:00:00Intro", "00:02:05Introduce Nikola", "00:10:00What is eBPF?"]);

    // End show.
    await pass(h, clock, 2_880_000);
    expect(await h.runCommand("office-hours:end-show")).toBe(true);
    await redrawn(h);
    expect(statusBarText(h)).toBeNull();
    expect(headerClock(liveView(h))).toBe("00:58:00");

    // The stream began 40 s after Go live: shift from the view's field.
    const field = liveView(h).contentEl.querySelector<HTMLInputElement>(".office-hours-live-field input[type=text]");
    if (!field) throw new Error("no shift field");
    expect(field.closest("label")?.textContent).toMatch(/^Stream began /);
    typeInto(field, "40");
    userClick(viewButton(liveView(h), "Shift"));
    await redrawn(h);
    // Let the editor's save reach the disk.
    await pass(h, clock, 3000);
    const expected = original
      .replace("date: 2024-01-05\n", "date: 2024-01-05\nlive: 2024-01-05T13:00:40Z\nended: 2024-01-05T13:58:00Z\n")
      .replace("## Timestamps\n\n", "## Timestamps\n\n00:00:00 Intro\n00:01:25 Introduce Nikola\n00:09:20 What is eBPF?\n");
    expect(onDisk(h, PATH)).toBe(expected);

    // The YouTube chapters snippet, inserted at the cursor.
    const editor = (await h.openFile(PATH)).editor;
    // At the start of the body (a cursor in the properties inserts below them: mends8).
    const line = editor.getValue().split("\n").indexOf("---", 1) + 1;
    editor.setCursor({ line, ch: 0 });
    const at = editor.posToOffset({ line, ch: 0 });
    const first = editor.getLine(line);
    expect(await h.runCommand("office-hours:insert-snippet")).toBe(true);
    await settle(h);
    chooseSuggestion("YouTube chapters", topModal(h).modalEl);
    await settle(h);
    // Its own block before the heading the cursor was on (mends12: never joined to it).
    expect(editor.getValue().slice(at).startsWith(`0:00 Intro\n1:25 Introduce Nikola\n9:20 What is eBPF?\n\n${first}\n`)).toBe(true);
    expect(h.noticeMessages()).toEqual(["Moved the start 40 s later, and every chapter with it."]);
  });
});
