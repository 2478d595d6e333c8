// @vitest-environment happy-dom
// The agenda view and a sync tool's conflict copy on the stand-in host. Defect left by
// sync1, fixed in sync3 (src/plugin/agenda/agenda-service.ts, `apply`, with
// withSyncRelatives and EpisodeIndex.syncRelatives, src/core/vault/sync-copies.ts): the
// agenda updated only the paths a change names. Deleting a note whose conflict copy is
// there makes the copy the episode (the sidebar, which redraws everything, showed its
// row), but the agenda dropped the note's items and never added the copy's until the next
// full scan; the same the other way, when the original arrives after its copy
// (tests/plugin/sync3-relatives.test.ts). Now a change also updates the notes whose being
// an episode turns on the changed one.
import { afterEach, describe, expect, it } from "vitest";
import type { TestHost } from "../host/test-host";
import { fileAt, finish, settle, showData, start, TestClock } from "./harness";
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

const NOW = new Date("2026-11-11T09:00:00Z");

function agendaTexts(h: TestHost): string[] {
  const view = h.app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view;
  if (!(view instanceof AgendaView)) throw new Error("no agenda");
  view.redraw(true);
  return [...view.contentEl.querySelectorAll<HTMLElement>(".office-hours-agenda-item")].map((item) => item.querySelector(".office-hours-agenda-text")?.textContent ?? "");
}

describe("the agenda and a conflict copy", () => {
  it("lists the copy's items once the note it copies is deleted", async () => {
    const show = goh();
    const plan = planEpisode({ topic: "Tracing", guests: ["Ann Lee"], date: "2026-11-27", time: "13:00", number: 7 }, show, null, new Date("2026-10-27T09:00:00Z"));
    const copy = plan.path.replace(/\.md$/, " (conflicted copy 2026-11-10).md");
    ({ host } = await start({ clock: new TestClock(NOW), data: showData([show as unknown as Record<string, unknown>]), files: { [plan.path]: plan.content, [copy]: plan.content } }));
    await host.runCommand("office-hours:open-agenda");
    await settle(host);
    const before = agendaTexts(host);
    expect(before.length).toBeGreaterThan(0);
    await host.app.fileManager.trashFile(fileAt(host, plan.path));
    await settle(host);
    expect(agendaTexts(host)).toEqual(before);
  });
});
