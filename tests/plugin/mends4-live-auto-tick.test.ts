// @vitest-environment happy-dom
// The opt-in auto-tick of the after-show chapters item: a refused tick is tried again on
// the note's next index change, a bounded number of times, and each notice says so. The
// refusal itself is the tick's own (an item edited in an open editor, a note changed under
// it); here the tick is made to refuse a given number of times, the rest is the plugin's.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { TestClock, finish, onDisk, showData, start } from "./harness";
import { fakeLiveTimers, redrawn } from "./live-dom";

const refusals = vi.hoisted(() => ({ left: 0, calls: 0 }));
vi.mock("../../src/plugin/episodes/tick", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/plugin/episodes/tick")>();
  return {
    ...real,
    tickTask: async (...args: Parameters<typeof real.tickTask>) => {
      refusals.calls++;
      if (refusals.left > 0) {
        refusals.left--;
        // A refusal as tick.ts makes it: the whole notice, and its "why" alone. The auto-tick
        // says its own "what next" (it tries again), so the list's advice must not show.
        return { ok: false as const, reason: "The item changed since it was read. Tick it again once the list has redrawn.", why: "The item changed since it was read." };
      }
      return real.tickTask(...args);
    },
  };
});

let host: TestHost | undefined;
beforeEach(() => {
  fakeLiveTimers();
  refusals.calls = 0;
});
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const SHOW = { id: "oh", name: "Office Hours", code: "OH", folder: "Shows", schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 } };
const PATH = "Shows/OH 07 - Tracing, with Ann Lee.md";
const ENDED = "live: 2025-06-06T13:00:00Z\nended: 2025-06-06T13:58:00Z";
const FOUR = ["00:00:00 Intro", "00:02:00 Tracing 101", "00:20:00 Demo", "00:50:00 Outro"];
const ITEM = "“Add timestamps to the video (at least four).” in OH 07 - Tracing, with Ann Lee";

/** The note with its chapters; `extra` talking points make each write a change of the note. */
function note(chapters: string[], extra = 0): string {
  const points = ["- Intro", ...Array.from({ length: extra }, (_, i) => `- Question ${i + 1}`)];
  return ["---", "date: 2025-06-06", ENDED, "---", "# OH 07", "", "Guest:: Ann Lee", "", "## Timestamps", "", ...chapters, "", "## Talking points", "", ...points, "", "## After the show", "", "- [ ] Add timestamps to the video (at least four).", ""].join("\n");
}

async function begin(): Promise<TestHost> {
  const s = await start({ files: { [PATH]: note(FOUR.slice(0, 3)) }, data: showData([SHOW], { autoTickChapters: true }), clock: new TestClock(new Date("2025-06-06T14:05:00Z")) });
  host = s.host;
  return s.host;
}

describe("a refused auto-tick", () => {
  it("is tried again when the note next changes, and ticks then", async () => {
    const h = await begin();
    refusals.left = 1;
    await h.externalWrite(PATH, note(FOUR));
    await redrawn(h);
    expect(onDisk(h, PATH)).toContain("- [ ] Add timestamps");
    expect(h.noticeMessages()).toEqual([`Could not tick ${ITEM}: The item changed since it was read. It is tried again when the note changes (2 more tries).`]);
    await h.externalWrite(PATH, note(FOUR, 1));
    await redrawn(h);
    expect(onDisk(h, PATH)).toBe(note(FOUR, 1).replace("- [ ] Add timestamps", "- [x] Add timestamps"));
    expect(h.noticeMessages().at(-1)).toBe(`Ticked ${ITEM}: its 4 chapters are ready for YouTube.`);
    expect(refusals.calls).toBe(2);
  });

  it("is left to the host after three tries, and the last notice says so", async () => {
    const h = await begin();
    refusals.left = 10;
    for (let n = 0; n < 5; n++) {
      await h.externalWrite(PATH, note(FOUR, n));
      await redrawn(h);
    }
    expect(refusals.calls).toBe(3);
    expect(onDisk(h, PATH)).toContain("- [ ] Add timestamps");
    expect(h.noticeMessages()).toEqual([
      `Could not tick ${ITEM}: The item changed since it was read. It is tried again when the note changes (2 more tries).`,
      `Could not tick ${ITEM}: The item changed since it was read. It is tried again when the note changes (1 more try).`,
      `Could not tick ${ITEM}: The item changed since it was read. It is left for you to tick after 3 tries.`,
    ]);
  });

  it("a ticked item is not tried again", async () => {
    const h = await begin();
    refusals.left = 0;
    await h.externalWrite(PATH, note(FOUR));
    await redrawn(h);
    expect(onDisk(h, PATH)).toContain("- [x] Add timestamps");
    // The user unticks it: the plugin leaves that choice alone.
    await h.externalWrite(PATH, note(FOUR, 1));
    await redrawn(h);
    expect(refusals.calls).toBe(1);
    expect(onDisk(h, PATH)).toContain("- [ ] Add timestamps");
  });
});
