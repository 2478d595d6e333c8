// @vitest-environment happy-dom
// probe11: the after-show's opt-in auto-tick. Promise (README, "Live show", YouTube's rules):
// "The after-show item about timestamps is ticked for you only with the setting on, once the
// show is over and there are as many valid chapters as the item asks for ("at least four",
// "mínimo 4") … once ticked, it is not tried again"; and after-show.ts's own words: "a
// checklist is never touched uninvited".
//
// FIXED (live2): chapterTaskToTick now takes only an item asking for the chapters to be
// written into the video (src/core/live/chapter-task.ts), and only when it is the one such
// open item. Was: DEFECT (src/core/live/after-show.ts: chapterTaskToTick takes the first open after-show item
// whose text holds the word timestamp(s)/chapter(s)/capítulos anywhere; src/plugin/live/
// live-service.ts asks again at each change of the note, so after one tick the next such
// item is found). An after-show list that also says "Send Ann the chapters of her part" and
// "Post the timestamps in the Slack thread" had all three items ticked, one after the other,
// with a notice each ("its 4 chapters are ready for YouTube"), though only the one about
// adding them to the video was done by the chapters being valid.
// Rule I would choose: the item the plugin may tick asks for the chapters to be written
// (add / agregar / añadir / write / escribir …, or the template's own line), and only one per
// episode: with two or more such items, tick none and say so once; after a tick, no other.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { TestClock, finish, onDisk, showData, start } from "../plugin/harness";
import { fakeLiveTimers, redrawn } from "../plugin/live-dom";
import { chaptersAskedFor } from "../../src/core/live/after-show";

let host: TestHost | undefined;
beforeEach(() => fakeLiveTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const SHOW = { id: "oh", name: "Office Hours", code: "OH", folder: "Shows", schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 } };
const PATH = "Shows/OH 07 - Tracing, with Ann Lee.md";
const ENDED = "live: 2025-06-06T13:00:00Z\nended: 2025-06-06T13:58:00Z";
const FOUR = ["00:00:00 Intro", "00:02:00 Tracing 101", "00:20:00 Demo", "00:50:00 Outro"];
const ADD = "- [ ] Add timestamps to the video (at least four).";

function note(chapters: string[], after: string[]): string {
  return ["---", "date: 2025-06-06", ENDED, "---", "# OH 07", "", "Guest:: Ann Lee", "", "## Timestamps", "", ...chapters, "", "## Talking points", "", "- Intro", "", "## After the show", "", ...after, ""].join("\n");
}

/** The note after its fourth chapter is written by another device, the auto-tick on. */
async function fourthChapterArrives(after: string[]): Promise<TestHost> {
  const s = await start({ files: { [PATH]: note(FOUR.slice(0, 3), after) }, data: showData([SHOW], { autoTickChapters: true }), clock: new TestClock(new Date("2025-06-06T14:05:00Z")) });
  host = s.host;
  await s.host.externalWrite(PATH, note(FOUR, after));
  await redrawn(s.host);
  return s.host;
}

describe("the auto-tick with other after-show items that mention chapters", () => {
  const others = ["- [ ] Send Ann the chapters of her part", "- [ ] Post the timestamps in the Slack thread"];

  it("ticks the item that asks for the chapters and leaves the others open", async () => {
    const h = await fourthChapterArrives([...others, ADD]);
    const after = onDisk(h, PATH).split("## After the show")[1] ?? "";
    expect(after).toContain("- [x] Add timestamps to the video (at least four).");
    for (const item of others) expect(after).toContain(item);
  });

  it("the template's item alone is ticked once, as promised (held)", async () => {
    const h = await fourthChapterArrives([ADD, "- [ ] Thank Ann"]);
    expect(onDisk(h, PATH)).toBe(note(FOUR, [ADD.replace("[ ]", "[x]"), "- [ ] Thank Ann"]));
  });
});

describe("how many chapters an item asks for", () => {
  it("reads the count, not another number of the line (held)", () => {
    expect(chaptersAskedFor("Add timestamps to the video (at least four).")).toBe(4);
    expect(chaptersAskedFor("Agregar timestamps al video (mínimo 6).")).toBe(6);
    expect(chaptersAskedFor("Add timestamps 📅 2025-06-08")).toBe(3);
  });
});
