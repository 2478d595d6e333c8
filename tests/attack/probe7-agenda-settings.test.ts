// @vitest-environment happy-dom
// probe7: the agenda after a settings change. Promise (README, "Agenda"): what still
// matters is what the episode's state says; an archived episode lists nothing, and an
// episode is archived "aired more than archive after weeks ago". The sidebar follows a
// new "archive after" at once; the agenda kept the value the plugin loaded with.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { finish, settle, showData, start, TestClock } from "../plugin/harness";
import { defaultShow } from "../../src/core/settings/settings";
import { AGENDA_VIEW, AgendaView } from "../../src/plugin/agenda/agenda-view";

let host: TestHost | undefined;
beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] }));
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const show = { ...defaultShow("UTC", "Office Hours"), id: "oh", code: "OH", folder: "Shows" };
// Aired on Friday 2 May 2025, a month before "today" (2 June 2025): archived after 4 weeks, not after 8.
const NOTE = "---\ndate: 2025-05-02\n---\nGuest:: Ann Lee\n## After the show\n- [ ] Send the thank-you note\n";

function agendaTexts(h: TestHost): string[] {
  const view = h.app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view;
  if (!(view instanceof AgendaView)) throw new Error("no agenda");
  view.redraw(true);
  return [...view.contentEl.querySelectorAll(".office-hours-agenda-text")].map((el) => el.textContent ?? "");
}

describe("the agenda follows the archive-after setting", () => {
  it("an episode archived after 4 weeks lists nothing; after the setting becomes 8 weeks, its open item is back", async () => {
    const started = await start({ clock: new TestClock(new Date("2025-06-02T10:00:00Z")), data: showData([show], { archiveAfterWeeks: 4 }), files: { "Shows/OH 12 - Loki.md": NOTE } });
    host = started.host;
    await host.runCommand("office-hours:open-agenda");
    await settle(host);
    expect(agendaTexts(host)).toEqual([]);
    started.plugin.settings.archiveAfterWeeks = 8;
    await started.plugin.saveSettings(false);
    await vi.advanceTimersByTimeAsync(5000);
    await settle(host);
    expect(agendaTexts(host)).toEqual(["Send the thank-you note"]);
  });
});
