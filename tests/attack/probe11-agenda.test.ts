// @vitest-environment happy-dom
// probe11: the Agenda view through the stand-in host. Promises (README, "Agenda"): every open
// item that still matters, grouped Overdue / Today / This week / Later / No date; tick with
// the sidebar's safe tick; "A new day regroups it within a minute, no note changing"; each
// show's day is its own zone's (README, "A new note's deadlines start the day it is made":
// "in the show's zone"). Attacks: two shows whose templates share an item's text, ticked from
// the agenda; a show whose new day comes at 11:00 UTC; the clock going back (a zone change,
// a laptop's clock corrected); a note renamed or deleted between the agenda's drawing and
// the tick. All held: kept as guards.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { fileAt, finish, onDisk, settle, showData, start, TestClock } from "../plugin/harness";
import { AGENDA_VIEW, AgendaView } from "../../src/plugin/agenda/agenda-view";

let host: TestHost | undefined;
beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] }));
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const OH = { id: "oh", name: "Office Hours", code: "OH", folder: "OH", schedule: { weekday: 4, time: "18:00", timeZone: "UTC", durationMinutes: 60 } };
// Thursdays 09:00 in Auckland: Wednesday 20:00 UTC. Its day begins at 11:00 UTC (NZDT, UTC+13).
const KO = { id: "ko", name: "Kia Ora", code: "KO", folder: "KO", schedule: { weekday: 4, time: "09:00", timeZone: "Pacific/Auckland", durationMinutes: 60 } };

const OH_PATH = "OH/OH 01 - Tracing.md";
const KO_PATH = "KO/KO 01 - Whanau.md";
function episode(guest: string, date = "2026-12-10"): string {
  return ["---", `date: ${date}`, "---", `Guest:: ${guest}`, "", "## Prep", "", "- [ ] Send the calendar invite 📅 -3d", "- [ ] Post on socials 📅 0d", ""].join("\n");
}

async function open(now: string, files: Record<string, string>) {
  const clock = new TestClock(new Date(now));
  const s = await start({ clock, data: showData([OH, KO]), files });
  host = s.host;
  await s.host.runCommand("office-hours:open-agenda");
  await settle(s.host);
  return { h: s.host, clock };
}

function view(h: TestHost): AgendaView {
  const v = h.app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view;
  if (!(v instanceof AgendaView)) throw new Error("no agenda");
  return v;
}

/** The drawn groups, without forcing a redraw: what the user sees now. */
function shown(h: TestHost): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of view(h).contentEl.querySelectorAll<HTMLElement>(".office-hours-agenda-group")) {
    out[group.dataset.group ?? ""] = [...group.querySelectorAll<HTMLElement>(".office-hours-agenda-item")].map(
      (item) => `${item.querySelector(".office-hours-agenda-episode")?.textContent ?? ""}: ${item.querySelector(".office-hours-agenda-text")?.textContent ?? ""}`,
    );
  }
  return out;
}

function tick(h: TestHost, episodeLabel: string, text: string): void {
  const item = [...view(h).contentEl.querySelectorAll<HTMLElement>(".office-hours-agenda-item")].find(
    (el) => el.querySelector(".office-hours-agenda-episode")?.textContent === episodeLabel && el.querySelector(".office-hours-agenda-text")?.textContent === text,
  );
  const box = item?.querySelector<HTMLInputElement>("input[type=checkbox]");
  if (!box) throw new Error(`no item ${episodeLabel}: ${text}`);
  box.checked = true;
  box.dispatchEvent(new Event("change"));
}

describe("two shows whose items have the same text", () => {
  it("a tick in the agenda ticks that episode's line and no other", async () => {
    const { h } = await open("2026-12-08T12:00:00Z", { [OH_PATH]: episode("Ann"), [KO_PATH]: episode("Bo") });
    expect(shown(h).overdue).toEqual(["KO 01 · Whanau: Send the calendar invite", "OH 01 · Tracing: Send the calendar invite"]);
    tick(h, "OH 01 · Tracing", "Send the calendar invite");
    await settle(h);
    expect(onDisk(h, OH_PATH)).toContain("- [x] Send the calendar invite 📅 -3d");
    expect(onDisk(h, KO_PATH)).toBe(episode("Bo"));
    await vi.advanceTimersByTimeAsync(200);
    await settle(h);
    expect(shown(h).overdue).toEqual(["KO 01 · Whanau: Send the calendar invite"]);
  });
});

describe("a show whose day is not the device's", () => {
  it("regroups at the show's midnight (11:00 UTC), within a minute, no note changing", async () => {
    // Wednesday 9 December, 10:59:30 UTC: still the 9th in UTC and 23:59:30 in Auckland.
    const { h, clock } = await open("2026-12-09T10:59:30Z", { [KO_PATH]: episode("Bo") });
    expect(shown(h)).toEqual({ overdue: ["KO 01 · Whanau: Send the calendar invite"], week: ["KO 01 · Whanau: Post on socials"] });
    clock.current = new Date("2026-12-09T11:00:30Z");
    await vi.advanceTimersByTimeAsync(60_000);
    await settle(h);
    expect(shown(h)).toEqual({ overdue: ["KO 01 · Whanau: Send the calendar invite"], today: ["KO 01 · Whanau: Post on socials"] });
  });

  it("regroups back when the clock goes back a day (a laptop's clock corrected)", async () => {
    const { h, clock } = await open("2026-12-10T12:00:00Z", { [OH_PATH]: episode("Ann") });
    expect(shown(h).today).toEqual(["OH 01 · Tracing: Post on socials"]);
    clock.current = new Date("2026-12-09T12:00:00Z");
    await vi.advanceTimersByTimeAsync(60_000);
    await settle(h);
    expect(shown(h)).toEqual({ overdue: ["OH 01 · Tracing: Send the calendar invite"], week: ["OH 01 · Tracing: Post on socials"] });
  });
});

describe("a note gone from under the drawn agenda", () => {
  it("renamed before the redraw: the tick writes nothing at the old path and says why", async () => {
    const { h } = await open("2026-12-08T12:00:00Z", { [OH_PATH]: episode("Ann") });
    await h.app.fileManager.renameFile(fileAt(h, OH_PATH), "OH/OH 01 - Tracing with spans.md");
    tick(h, "OH 01 · Tracing", "Send the calendar invite");
    await settle(h);
    expect(h.app.vault.getFileByPath(OH_PATH)).toBeNull();
    expect(onDisk(h, "OH/OH 01 - Tracing with spans.md")).toBe(episode("Ann"));
    expect(h.noticeMessages().at(-1)).toMatch(/^Office Hours did not tick “Send the calendar invite”: /);
  });

  it("deleted before the redraw: nothing is created, and the notice says so", async () => {
    const { h } = await open("2026-12-08T12:00:00Z", { [OH_PATH]: episode("Ann") });
    await h.externalDelete(OH_PATH);
    tick(h, "OH 01 · Tracing", "Send the calendar invite");
    await settle(h);
    expect(h.app.vault.getFileByPath(OH_PATH)).toBeNull();
    expect(h.noticeMessages().at(-1)).toMatch(/^Office Hours did not tick “Send the calendar invite”: /);
  });
});
