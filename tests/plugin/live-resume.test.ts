// @vitest-environment happy-dom
// The state lives in the note: a reload, a disable/enable, or another device going live
// resumes the same timer. Mobile has no status bar: the live view's header keeps time.
// Two shows live at once: the commands ask which. Unloading mid-show leaves nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { chooseSuggestion, suggestionTexts } from "../host/interactions";
import OfficeHoursPlugin from "../../src/main";
import { createTestHost } from "../host/test-host";
import { DATA_PATH, GOH25, MANIFEST, TestClock, finish, onDisk, realNote, settle, showData, start, topModal } from "./harness";
import { fakeLiveTimers, headerClock, liveView, liveViews, pass, redrawn, statusBarText } from "./live-dom";

let host: TestHost | undefined;
beforeEach(() => fakeLiveTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const SHOW = { id: "goh", name: "Grafana Office Hours", code: "GOH", folder: "Shows", schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 } };
const A = "Shows/GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md";
const B = "Shows/GOH 26 - Second show, with Ann Lee.md";
const C = "Shows/GOH 27 - Next week, with Bo Chen.md";
const NOW = new Date("2024-01-05T13:20:00Z");

function episode(number: number, date: string, live = ""): string {
  return `---\ndate: ${date}\n${live}---\n# GOH ${number}\n\nGuest:: Guest ${number}\n\n## Talking points\n\n- Intro\n- Demo\n\n## After the show\n\n- [ ] Add timestamps to the video (at least four).\n`;
}

async function begin(files: Record<string, string>, options: { mobile?: boolean; clock?: TestClock } = {}) {
  const clock = options.clock ?? new TestClock(NOW);
  const s = await start({ files, data: showData([SHOW]), clock, mobile: options.mobile });
  host = s.host;
  return s;
}

describe("the timer resumes from the note", () => {
  it("after a reload, and after disabling and enabling the plugin", async () => {
    const { host: h, plugin, clock } = await begin({ [A]: realNote(GOH25).replace("date: 2024-01-05\n", "date: 2024-01-05\nlive: 2024-01-05T13:00:00Z\n") });
    expect(statusBarText(h)).toBe("Live00:20:00");
    await h.unloadPlugin(plugin);
    expect(statusBarText(h)).toBeNull();
    await pass(h, clock, 5000);
    class Again extends OfficeHoursPlugin {
      override clock = clock;
    }
    await h.loadPlugin(Again, MANIFEST);
    await settle(h);
    expect(statusBarText(h)).toBe("Live00:20:05");
    await pass(h, clock, 1000);
    expect(statusBarText(h)).toBe("Live00:20:06");
  });

  it("when another device goes live on the note", async () => {
    const { host: h, clock } = await begin({ [A]: realNote(GOH25) });
    expect(statusBarText(h)).toBeNull();
    // Sync brings the other device's write.
    await h.externalWrite(A, realNote(GOH25).replace("date: 2024-01-05\n", "date: 2024-01-05\nlive: 2024-01-05T13:19:30Z\n"));
    await pass(h, clock, 0);
    expect(statusBarText(h)).toBe("Live00:00:30");
    await h.runCommand("office-hours:open-live-view");
    await redrawn(h);
    expect(headerClock(liveView(h))).toBe("00:00:30");
  });

  it("on mobile, without a status bar, in the live view's header", async () => {
    const { host: h, clock } = await begin({ [A]: realNote(GOH25) }, { mobile: true });
    await h.openFile(A);
    await h.runCommand("office-hours:go-live");
    await redrawn(h);
    expect(h.standIn.hostStatusBarEl.childElementCount).toBe(0);
    await pass(h, clock, 61_000);
    expect(headerClock(liveView(h))).toBe("00:01:01");
  });
});

describe("two shows live at once", () => {
  it("shows both clocks, and the commands ask which", async () => {
    const { host: h } = await begin({
      [A]: episode(25, "2024-01-05", "live: 2024-01-05T13:00:00Z\n"),
      [B]: episode(26, "2024-01-05", "live: 2024-01-05T13:10:00Z\n"),
    });
    expect(statusBarText(h)).toBe("Live00:20:00·00:10:00");
    await h.runCommand("office-hours:log-timestamp");
    await settle(h);
    expect(suggestionTexts(topModal(h).modalEl)).toEqual([
      "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski (2024-01-05) with Guest 25",
      "GOH 26 - Second show, with Ann Lee (2024-01-05) with Guest 26",
    ]);
    chooseSuggestion(1, topModal(h).modalEl);
    await settle(h);
    expect(onDisk(h, B)).toContain("## Timestamps\n\n00:10:00 Intro\n");
    expect(onDisk(h, A)).not.toContain("## Timestamps");
  });
});

describe("Go live outside an episode note", () => {
  it("proposes the episode whose slot is nearest to now first", async () => {
    const { host: h } = await begin({ [A]: episode(25, "2023-12-29"), [B]: episode(26, "2024-01-05"), [C]: episode(27, "2024-01-12"), "Scratch.md": "Notes\n" });
    await h.openFile("Scratch.md");
    await h.runCommand("office-hours:go-live");
    await settle(h);
    const rows = suggestionTexts(topModal(h).modalEl);
    expect(rows[0]).toContain("GOH 26");
    chooseSuggestion(0, topModal(h).modalEl);
    await settle(h);
    await redrawn(h);
    expect(onDisk(h, B)).toContain("live: 2024-01-05T13:20:00Z\n");
    expect(liveView(h).episodePath).toBe(B);
  });
});

describe("unloading mid-show", () => {
  it("leaves no interval, view, status bar item or listener behind", async () => {
    const clock = new TestClock(NOW);
    const h = await createTestHost({ files: { [A]: episode(25, "2024-01-05"), [DATA_PATH]: JSON.stringify(showData([SHOW])) } });
    host = h;
    const baseline = h.liveListenerCount();
    class WithClock extends OfficeHoursPlugin {
      override clock = clock;
    }
    const plugin = await h.loadPlugin(WithClock, MANIFEST);
    await h.layoutReady();
    await settle(h);
    await h.openFile(A);
    await h.runCommand("office-hours:go-live");
    await redrawn(h);
    expect(liveViews(h)).toHaveLength(1);
    expect(h.liveListenerCount().intervals).toBeGreaterThan(0);
    await h.unloadPlugin(plugin);
    const after = h.liveListenerCount();
    expect(after.intervals).toBe(0);
    expect(after.statusBarItems).toBe(0);
    // The open note's tab is the only thing added since the baseline, and it is not ours.
    expect({ ...after, leaves: 0, workspace: 0, total: 0 }).toEqual({ ...baseline, leaves: 0, workspace: 0, total: 0 });
  });
});
