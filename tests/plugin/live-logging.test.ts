// @vitest-environment happy-dom
// Logging in every way the host can: with the note closed (Vault.process: one line
// more, every other byte kept, CRLF too), with a selection as the title, through the
// prompt when every point is logged (the time is the key press's, not the answer's, and
// the editor gets its focus back), undo; the YouTube chapters snippet refused while the
// chapters are invalid; the opt-in auto-tick.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { chooseSuggestion, findButton, typeInto } from "../host/interactions";
import { TestClock, finish, onDisk, settle, showData, start, topModal } from "./harness";
import { fakeLiveTimers, liveView, pass, redrawn, shownPoints } from "./live-dom";

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

function note(lines: string[] = [], live = `live: ${START}\n`, eol = "\n"): string {
  return [
    "---",
    "date: 2025-06-06",
    ...(live === "" ? [] : [live.trimEnd()]),
    "---",
    "# OH 07",
    "",
    "Guest:: Ann Lee",
    "",
    "## Timestamps",
    "",
    ...lines,
    "",
    "## Talking points",
    "",
    "- Intro",
    "- Tracing 101",
    "\t- Spans",
    "",
    "## After the show",
    "",
    "- [ ] Add timestamps to the video (at least four).",
    "",
  ].join(eol);
}

async function begin(text: string, at = "2025-06-06T13:05:00Z", extra: Record<string, unknown> = {}) {
  const clock = new TestClock(new Date(at));
  const s = await start({ files: { [PATH]: text }, data: showData([SHOW], extra), clock });
  host = s.host;
  return s;
}

describe("logging with the note closed", () => {
  it("adds one line through Vault.process and keeps every other byte, CRLF included", async () => {
    const crlf = note([], `live: ${START}\n`, "\r\n");
    const { host: h } = await begin(crlf);
    await h.runCommand("office-hours:log-timestamp");
    await settle(h);
    expect(onDisk(h, PATH)).toBe(crlf.replace("## Timestamps\r\n\r\n", "## Timestamps\r\n\r\n00:05:00 Intro\r\n"));
  });
});

describe("the title", () => {
  it("is the editor's selection when there is one", async () => {
    const { host: h, clock } = await begin(note());
    const editor = (await h.openFile(PATH)).editor;
    editor.setSelection({ line: 6, ch: 0 }, { line: 6, ch: 7 });
    await h.runCommand("office-hours:log-timestamp");
    await pass(h, clock, 3000);
    expect(onDisk(h, PATH)).toContain("## Timestamps\n\n00:05:00 Guest::\n");
  });

  it("is asked for once every point is logged; the time is the key press's and the editor gets its focus back", async () => {
    const { host: h, clock } = await begin(note(["00:00:00 Intro", "00:02:00 Tracing 101"]));
    const editor = (await h.openFile(PATH)).editor;
    editor.focus();
    await h.runCommand("office-hours:log-timestamp");
    await settle(h);
    const modal = topModal(h);
    expect(modal.titleEl.textContent).toBe("Chapter at 00:05:00");
    // The prompt's field has the focus now (the stand-in's editor does not see DOM focus).
    editor.blur();
    await pass(h, clock, 7000);
    const input = modal.contentEl.querySelector("input");
    if (!input) throw new Error("no title field");
    typeInto(input, "Questions from the chat");
    findButton(modal.contentEl, "Log").click();
    await settle(h);
    expect(h.activeModal()).toBeNull();
    expect(editor.hasFocus()).toBe(true);
    expect(editor.getValue()).toContain("00:02:00 Tracing 101\n00:05:00 Questions from the chat\n");
  });

  it("logs nothing when the prompt is dismissed", async () => {
    const { host: h } = await begin(note(["00:00:00 Intro", "00:02:00 Tracing 101"]));
    const before = note(["00:00:00 Intro", "00:02:00 Tracing 101"]);
    await h.runCommand("office-hours:log-timestamp");
    await settle(h);
    topModal(h).close();
    await settle(h);
    expect(onDisk(h, PATH)).toBe(before);
  });
});

describe("undo", () => {
  it("takes back the last log, and refuses once the line was edited", async () => {
    const { host: h, clock } = await begin(note());
    const editor = (await h.openFile(PATH)).editor;
    await h.runCommand("office-hours:log-timestamp");
    await pass(h, clock, 10_000);
    await h.runCommand("office-hours:log-timestamp");
    await settle(h);
    expect(editor.getValue()).toContain("00:05:00 Intro\n00:05:10 Tracing 101\n");
    await h.runCommand("office-hours:undo-last-timestamp");
    await settle(h);
    expect(editor.getValue()).toContain("## Timestamps\n\n00:05:00 Intro\n\n## Talking points");
    const line = editor.getValue().split("\n").indexOf("00:05:00 Intro");
    editor.setLine(line, "00:05:00 Intro and welcome");
    const edited = editor.getValue();
    await h.runCommand("office-hours:undo-last-timestamp");
    await settle(h);
    expect(editor.getValue()).toBe(edited);
    expect(h.noticeMessages()).toEqual([
      "Removed “00:05:10 Tracing 101”.",
      "Not undone: The line “00:05:00 Intro” was changed or removed since it was logged, so nothing was removed.",
    ]);
  });
});

describe("the YouTube chapters snippet", () => {
  it("is refused with the reason while the chapters are invalid, and inserts nothing", async () => {
    const { host: h } = await begin(note(["00:00:00 Intro", "00:00:05 Tracing 101", "00:10:00 Outro"]));
    const editor = (await h.openFile(PATH)).editor;
    const before = editor.getValue();
    await h.runCommand("office-hours:insert-snippet");
    await settle(h);
    const row = Array.from(topModal(h).modalEl.querySelectorAll(".suggestion-item")).find((r) => r.textContent?.includes("YouTube chapters"));
    expect(row?.querySelector(".office-hours-snippet-preview")?.textContent).toBe(
      "Not ready: Line 11: “Intro” lasts 5 s, until line 12 (00:00:05 Tracing 101); YouTube needs at least 10 s per chapter: remove one of the two, or give line 12 a time from 00:00:10 on.",
    );
    chooseSuggestion("YouTube chapters", topModal(h).modalEl);
    await settle(h);
    expect(editor.getValue()).toBe(before);
    expect(h.noticeMessages()).toEqual(["YouTube chapters is not ready: Line 11: “Intro” lasts 5 s, until line 12 (00:00:05 Tracing 101); YouTube needs at least 10 s per chapter: remove one of the two, or give line 12 a time from 00:00:10 on."]);
  });
});

describe("the after-show item about timestamps", () => {
  const four = ["00:00:00 Intro", "00:02:00 Tracing 101", "00:20:00 Demo", "00:50:00 Outro"];
  const ended = `live: ${START}\nended: 2025-06-06T13:58:00Z\n`;

  it("is never ticked by default", async () => {
    const { host: h } = await begin(note(four.slice(0, 3), ended), "2025-06-06T14:05:00Z");
    await h.externalWrite(PATH, note(four, ended));
    await redrawn(h);
    expect(onDisk(h, PATH)).toBe(note(four, ended));
    expect(h.noticeMessages()).toEqual([]);
  });

  it("is ticked once the show is over and four valid chapters exist, when the host turned it on", async () => {
    const { host: h } = await begin(note(four.slice(0, 3), ended), "2025-06-06T14:05:00Z", { autoTickChapters: true });
    // Three chapters: valid for YouTube, but the item asks for four.
    expect(onDisk(h, PATH)).toContain("- [ ] Add timestamps");
    await h.externalWrite(PATH, note(four, ended));
    await redrawn(h);
    expect(onDisk(h, PATH)).toBe(note(four, ended).replace("- [ ] Add timestamps", "- [x] Add timestamps"));
    expect(h.noticeMessages()).toEqual(["Ticked “Add timestamps to the video (at least four).” in OH 07 - Tracing, with Ann Lee: its 4 chapters are ready for YouTube."]);
  });
});

describe("the live view", () => {
  it("marks logged points and folds nested ones under their parent", async () => {
    const { host: h } = await begin(note(["00:00:00 Intro"]));
    await h.runCommand("office-hours:open-live-view");
    await redrawn(h);
    const view = liveView(h);
    expect(shownPoints(view)).toEqual([
      ["Intro", "00:00:00"],
      ["Tracing 101", ""],
    ]);
    const details = view.contentEl.querySelector("details");
    expect([details?.open, details?.textContent]).toEqual([false, "1 moreSpans"]);
  });
});

describe("Shift show start, the command", () => {
  it("after the show, on the open note: asks how late, refuses what is not a number of seconds, shifts in one edit", async () => {
    const ended = `live: ${START}\nended: 2025-06-06T13:58:00Z\n`;
    const { host: h } = await begin(note(["00:00:00 Intro", "00:02:00 Tracing 101"], ended), "2025-06-06T14:05:00Z");
    const editor = (await h.openFile(PATH)).editor;
    await h.runCommand("office-hours:shift-show-start");
    await settle(h);
    const modal = topModal(h);
    const input = modal.contentEl.querySelector("input");
    if (!input) throw new Error("no field");
    typeInto(input, "soon");
    findButton(modal.contentEl, "Shift").click();
    expect(modal.contentEl.querySelector(".office-hours-field-error")?.textContent).toBe("Seconds, like 40, -5 or 1:10.");
    typeInto(input, "-0:15");
    findButton(modal.contentEl, "Shift").click();
    await settle(h);
    expect(editor.getValue()).toBe(note(["00:00:00 Intro", "00:02:15 Tracing 101"], `live: 2025-06-06T12:59:45Z\nended: 2025-06-06T13:58:00Z\n`));
    // One edit: one undo brings both back.
    editor.undo();
    expect(editor.getValue()).toBe(note(["00:00:00 Intro", "00:02:00 Tracing 101"], ended));
  });
});

describe("after the show, in the live view", () => {
  it("copies the chapters in YouTube's form, and saves a pasted video link as the url property", async () => {
    const ended = `live: ${START}\nended: 2025-06-06T13:58:00Z\n`;
    const { host: h } = await begin(note(["00:00:00 Intro", "00:02:00 Tracing 101", "00:20:00 Demo"], ended), "2025-06-06T14:05:00Z");
    await h.runCommand("office-hours:open-live-view");
    await redrawn(h);
    const view = liveView(h);
    expect(view.contentEl.querySelector(".office-hours-live-ready span")?.textContent).toBe("Ready for YouTube: 3 chapters.");
    const writeText = vi.spyOn(navigator.clipboard, "writeText").mockResolvedValue(undefined);
    findButton(view.contentEl, "Copy for the description").click();
    await settle(h);
    expect(writeText).toHaveBeenCalledWith("0:00 Intro\n2:00 Tracing 101\n20:00 Demo");
    const link = view.contentEl.querySelector<HTMLInputElement>("input[type=url]");
    if (!link) throw new Error("no video link field");
    typeInto(link, "youtube.com/live/abc");
    findButton(view.contentEl, "Save").click();
    await settle(h);
    expect(onDisk(h, PATH)).toBe(note(["00:00:00 Intro", "00:02:00 Tracing 101", "00:20:00 Demo"], ended));
    typeInto(link, "https://youtube.com/live/abc");
    findButton(view.contentEl, "Save").click();
    await redrawn(h);
    expect(onDisk(h, PATH)).toBe(note(["00:00:00 Intro", "00:02:00 Tracing 101", "00:20:00 Demo"], `${ended}url: https://youtube.com/live/abc\n`));
  });
});
