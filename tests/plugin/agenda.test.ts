// @vitest-environment happy-dom
// The agenda end to end on the stand-in host: a note made by the built-in template (its
// offsets now Tasks' dates), the agenda view's groups, a tick through the sidebar's safe
// tick, one changed note updating the list, and the status bar's overdue count.
import { afterEach, describe, expect, it } from "vitest";
import type { TestHost } from "../host/test-host";
import { fileAt, finish, onDisk, settle, showData, start, TestClock } from "./harness";
import { planEpisode } from "../../src/core/new-episode/new-episode";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";
import { AGENDA_VIEW, AgendaView } from "../../src/plugin/agenda/agenda-view";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

function goh(): ShowSettings {
  const show = defaultShow("UTC", "Grafana Office Hours");
  show.id = "goh";
  show.code = "GOH";
  show.folder = "Shows";
  show.schedule = { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 };
  return show;
}

// Friday 27 November 2026 is the show; today is Wednesday 11 November.
const NOW = new Date("2026-11-11T09:00:00Z");
// The note was made a month before its show, before any item was due, so its first items are late now.
const MADE = new Date("2026-10-27T09:00:00Z");

async function setUp(): Promise<{ h: TestHost; path: string; text: string }> {
  const show = goh();
  const plan = planEpisode({ topic: "Tracing", guests: ["Ann Lee"], date: "2026-11-27", time: "13:00", number: 7 }, show, null, MADE);
  const started = await start({ clock: new TestClock(NOW), data: showData([show as unknown as Record<string, unknown>]), files: { [plan.path]: plan.content } });
  host = started.host;
  await host.runCommand("office-hours:open-agenda");
  await settle(host);
  return { h: host, path: plan.path, text: plan.content };
}

function agendaView(h: TestHost): AgendaView {
  const view = h.app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view;
  if (!(view instanceof AgendaView)) throw new Error("no agenda");
  view.redraw(true);
  return view;
}

function groups(h: TestHost): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of agendaView(h).contentEl.querySelectorAll<HTMLElement>(".office-hours-agenda-group")) {
    out[group.dataset.group ?? ""] = [...group.querySelectorAll<HTMLElement>(".office-hours-agenda-item")].map(
      (item) => `${item.querySelector(".office-hours-agenda-text")?.textContent ?? ""} | ${item.querySelector(".office-hours-item-due")?.textContent ?? ""}`,
    );
  }
  return out;
}

function overdueStatus(h: TestHost): string | null {
  const el = h.standIn.hostStatusBarEl.querySelector<HTMLElement>(".office-hours-overdue-status");
  return el ? (el.textContent ?? "") : null;
}

describe("the agenda", () => {
  it("groups the built-in template's dated items by deadline, late ones marked", async () => {
    const { h, text } = await setUp();
    // The template's offsets became Tasks' dates in the note.
    expect(text).toContain("📅 2026-11-06");
    expect(text).not.toMatch(/📅 [-+]?\d+[dwh]\b/);
    const shown = groups(h);
    // First contact (-3w, 6 Nov) and the date confirmed (-17d, 10 Nov) are late, the latest first;
    // the calendar invite (-2w, 13 Nov) and the thumbnail (-10d, 17 Nov) are this week.
    expect(shown.overdue).toEqual([expect.stringMatching(/^If the guest agrees.* \| 1 day late$/), expect.stringMatching(/^Contact the guest.* \| 5 days late$/)]);
    expect(shown.today).toBeUndefined();
    expect(shown.week).toEqual([expect.stringMatching(/^Invite them to the Grafana Office Hours calendar invite.* \| due in 2 days$/), expect.stringMatching(/^Create a thumbnail.* \| due in 6 days$/)]);
    expect(shown.later?.some((s) => s.startsWith("Add timestamps to the video") && s.endsWith("| due in 18 days"))).toBe(true);
    const late = agendaView(h).contentEl.querySelectorAll(".office-hours-agenda-group.is-overdue .office-hours-item-due.is-overdue");
    expect(late.length).toBe(2);
    expect(overdueStatus(h)).toBe("2 overdue");
  });

  it("ticks an item with the safe tick, and one changed note updates the list and the count", async () => {
    const { h, path } = await setUp();
    const view = agendaView(h);
    const first = view.contentEl.querySelector<HTMLElement>(".office-hours-agenda-group.is-overdue .office-hours-agenda-item");
    const line = Number(first?.dataset.line);
    const box = first?.querySelector<HTMLInputElement>("input[type=checkbox]");
    if (!box) throw new Error("no checkbox");
    box.checked = true;
    box.dispatchEvent(new Event("change"));
    await settle(h);
    expect(onDisk(h, path).split("\n")[line]).toMatch(/^- \[x\] If the guest agrees/);
    await settle(h);
    expect(groups(h).overdue).toHaveLength(1);
    expect(overdueStatus(h)).toBe("1 overdue");

    // Someone edits the note elsewhere: the last late item gets a later date.
    const text = onDisk(h, path);
    await h.app.vault.modify(fileAt(h, path), text.replace("📅 2026-11-06", "📅 2026-11-12"));
    await settle(h);
    expect(groups(h).overdue).toBeUndefined();
    expect(groups(h).week?.[0]).toMatch(/^Contact the guest .* \| due tomorrow$/);
    expect(overdueStatus(h)).toBe("");
  });

  it("refuses a tick when the line changed under it, writing nothing", async () => {
    const { h, path } = await setUp();
    const view = agendaView(h);
    const item = view.contentEl.querySelector<HTMLElement>(".office-hours-agenda-group.is-overdue .office-hours-agenda-item");
    const box = item?.querySelector<HTMLInputElement>("input[type=checkbox]");
    if (!box) throw new Error("no checkbox");
    // The note changes on disk after the agenda was drawn, before the tick (no redraw in between).
    const changed = onDisk(h, path).replace("- [ ] If the guest agrees", "- [ ] Once the guest agrees");
    await h.app.vault.adapter.write(path, changed);
    box.checked = true;
    box.dispatchEvent(new Event("change"));
    await settle(h);
    expect(onDisk(h, path)).toBe(changed);
    expect(h.noticeMessages().at(-1)).toMatch(/^Office Hours did not tick/);
  });

  it("keeps the keyboard focus after a tick, on the item that took the ticked one's place", async () => {
    const { h } = await setUp();
    const view = agendaView(h);
    const boxes = () => [...view.contentEl.querySelectorAll<HTMLInputElement>(".office-hours-agenda-item input[type=checkbox]")];
    const texts = () => [...view.contentEl.querySelectorAll(".office-hours-agenda-item .office-hours-agenda-text")].map((el) => el.textContent);
    const [first, second] = texts();
    const box = boxes()[0];
    if (!box) throw new Error("no checkbox");
    box.focus();
    box.click();
    await settle(h);
    view.redraw(true);
    expect(texts()[0]).toBe(second);
    expect(texts()).not.toContain(first);
    expect(document.activeElement).toBe(boxes()[0]);
  });
});
