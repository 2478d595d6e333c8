// @vitest-environment happy-dom
// Tasks' global filter, read from its data.json at each tick (src/plugin/episodes/tick.ts,
// src/core/tick/tasks-settings.ts): with `#task` set, a line without it is a plain
// checkbox to Tasks, so a tick from here writes no `✅ date` on it and does not refuse its
// `🔁`; a line holding it is dated, its `🔁` refused; in the closed note and in the open
// editor alike. The filter taken away in Tasks' settings, the next tick dates again.
import { afterEach, describe, expect, it } from "vitest";
import { MarkdownView } from "obsidian";
import type { TestHost } from "../host/test-host";
import { fileAt, finish, onDisk, settle, showData, start, TestClock } from "./harness";
import { dayIn, tasksDataPath, tickTask } from "../../src/plugin/episodes/tick";
import { refsOf } from "../core/tick-refs";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const SHOW = { id: "oh", name: "Office Hours", code: "OH", folder: "Shows", schedule: { weekday: 2, time: "18:00", timeZone: "UTC", durationMinutes: 60 } };
const PATH = "Shows/OH 3 - Logs.md";
const NOTE = [
  "---",
  "date: 2025-03-04",
  "---",
  "# OH 3",
  "## Prep",
  "- [ ] Thumbnail ⏳ 2025-02-25 📅 2025-02-27",
  "- [ ] Edit the video #task 📅 2025-03-05",
  "- [ ] Edit the video #Task 📅 2025-03-05",
  "- [ ] Check the comments 🔁 every week 📅 2025-03-04",
  "- [ ] Check the chat #task 🔁 every week 📅 2025-03-04",
  "- [x] Book the room 📅 2025-02-20 ✅ 2025-02-21",
  "",
].join("\n");
const NOW = new Date("2025-03-03T11:30:00Z");
const TODAY = "2025-03-03";
const clock = new TestClock(NOW);

async function setUp(tasksData: string): Promise<TestHost> {
  const started = await start({ clock, data: showData([SHOW]), files: { [PATH]: NOTE, ".obsidian/plugins/obsidian-tasks-plugin/data.json": tasksData } });
  host = started.host;
  await settle(host);
  return host;
}

/** Ticks (or unticks) the item whose line holds `item`, as read from the note now. */
async function tick(h: TestHost, item: string, to: "done" | "open" = "done") {
  const ref = refsOf(onDisk(h, PATH)).find((r) => r.raw.includes(item));
  if (!ref) throw new Error(`no ${item}`);
  return tickTask(h.app, fileAt(h, PATH), ref, to, dayIn(clock, "UTC"));
}

const lineOf = (text: string, item: string) => text.split("\n").find((l) => l.includes(item));

describe("with Tasks' global filter #task", () => {
  it("a line without it gets no done date and its 🔁 is ticked; one with it is dated and its 🔁 refused", async () => {
    const h = await setUp('{"globalFilter":"#task","setDoneDate":true}');
    expect(await tick(h, "Thumbnail")).toEqual({ ok: true });
    expect(await tick(h, "video #task")).toEqual({ ok: true });
    expect(await tick(h, "video #Task")).toEqual({ ok: true });
    expect(await tick(h, "Check the comments")).toEqual({ ok: true });
    expect(await tick(h, "Check the chat")).toMatchObject({ ok: false, kind: "repeats" });
    expect(onDisk(h, PATH)).toBe(
      NOTE.replace("- [ ] Thumbnail", "- [x] Thumbnail")
        .replace("- [ ] Edit the video #task 📅 2025-03-05", `- [x] Edit the video #task 📅 2025-03-05 ✅ ${TODAY}`)
        // Tasks' test is case-sensitive: #Task is not its filter.
        .replace("- [ ] Edit the video #Task", "- [x] Edit the video #Task")
        .replace("- [ ] Check the comments", "- [x] Check the comments"),
    );
  });

  it("an untick keeps the done date of a line without it, as Tasks' own toggle does", async () => {
    const h = await setUp('{"globalFilter":"#task"}');
    expect(await tick(h, "Book the room", "open")).toEqual({ ok: true });
    expect(lineOf(onDisk(h, PATH), "Book the room")).toBe("- [ ] Book the room 📅 2025-02-20 ✅ 2025-02-21");
  });

  it("in the open note's editor, the same lines as in the file", async () => {
    const h = await setUp('{"globalFilter":"#task"}');
    const leaf = h.app.workspace.getLeaf(false);
    await leaf.openFile(fileAt(h, PATH));
    await settle(h);
    if (!(leaf.view instanceof MarkdownView)) throw new Error("no editor");
    const editor = leaf.view.editor;
    const refs = refsOf(NOTE);
    const ref = (item: string) => {
      const found = refs.find((r) => r.raw.includes(item));
      if (!found) throw new Error(`no ${item}`);
      return found;
    };
    const file = fileAt(h, PATH);
    expect(await tickTask(h.app, file, ref("Thumbnail"), "done", dayIn(clock, "UTC"))).toEqual({ ok: true });
    expect(await tickTask(h.app, file, ref("video #task"), "done", dayIn(clock, "UTC"))).toEqual({ ok: true });
    expect(await tickTask(h.app, file, ref("Check the comments"), "done", dayIn(clock, "UTC"))).toEqual({ ok: true });
    expect(await tickTask(h.app, file, ref("Check the chat"), "done", dayIn(clock, "UTC"))).toMatchObject({ ok: false, kind: "repeats" });
    expect(editor.getValue()).toBe(
      NOTE.replace("- [ ] Thumbnail", "- [x] Thumbnail")
        .replace("- [ ] Edit the video #task 📅 2025-03-05", `- [x] Edit the video #task 📅 2025-03-05 ✅ ${TODAY}`)
        .replace("- [ ] Check the comments", "- [x] Check the comments"),
    );
  });

  it("taken away in Tasks' settings, the next tick dates the line and refuses its 🔁 again", async () => {
    const h = await setUp('{"globalFilter":"#task"}');
    expect(await tick(h, "Thumbnail")).toEqual({ ok: true });
    expect(lineOf(onDisk(h, PATH), "Thumbnail")).toBe("- [x] Thumbnail ⏳ 2025-02-25 📅 2025-02-27");
    await h.app.vault.adapter.write(tasksDataPath(h.app), '{"globalFilter":""}');
    expect(await tick(h, "Thumbnail", "open")).toEqual({ ok: true });
    expect(await tick(h, "Thumbnail")).toEqual({ ok: true });
    expect(lineOf(onDisk(h, PATH), "Thumbnail")).toBe(`- [x] Thumbnail ⏳ 2025-02-25 📅 2025-02-27 ✅ ${TODAY}`);
    expect(await tick(h, "Check the comments")).toMatchObject({ ok: false, kind: "repeats" });
  });
});
