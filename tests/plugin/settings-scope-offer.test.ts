// @vitest-environment happy-dom
// Shows set up by hand (no Detect) in a plain vault: a "Dinner party" note with Guests:: and
// a checklist outside the show folder is read as an episode. The settings page says so next
// to "Look for episodes only in the show folders", with one button that turns it on; after
// the debounce the sidebar lists only the show's episode. No offer for the untouched default.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findButton, findSetting, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { DATA_PATH, finish, onDisk, settle, showData, start } from "./harness";
import { fakeTimers, openSidebar, redrawn, rowPaths, viewButton } from "./sidebar-dom";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const SETTING = "Look for episodes only in the show folders";
const PILOT = "Podcasts/Tech Talk/TT 01 - Pilot, with Ann Lee.md";
const FILES = {
  [PILOT]: "---\ndate: 2025-06-06\n---\nGuest:: Ann Lee\n\n## Checklist\n\n- [ ] Book the studio\n",
  "Dinner party.md": "Guests:: Mia, Noor\n\n## Shopping\n\n- [ ] Wine\n- [ ] Bread\n",
};
const TECH_TALK = { id: "tech-talk", name: "Tech Talk", code: "TT", folder: "Podcasts/Tech Talk", schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 } };

function offerText(tab: HTMLElement): string | null {
  return findSetting(tab, SETTING).querySelector(".office-hours-scope-offer")?.textContent ?? null;
}

describe("the settings page's offer to look only in the show folders", () => {
  it("names the note read as an episode outside the show folder, and one click turns the setting on", async () => {
    ({ host } = await start({ files: FILES, data: showData([TECH_TALK]) }));
    const view = await openSidebar(host);
    userClick(viewButton(view, "All"));
    expect(rowPaths(view).sort()).toEqual(["Dinner party.md", PILOT]);

    const tab = await host.openSettings("office-hours");
    expect(offerText(tab)).toBe("1 note outside the show folders is read as an episode (a task and a guest field): Dinner party. Turn this on if they are not episodes.Turn it on");
    userClick(findButton(findSetting(tab, SETTING), "Turn it on"));
    await settle(host);
    expect((JSON.parse(onDisk(host, DATA_PATH)) as { episodesOnlyInShowFolders: boolean }).episodesOnlyInShowFolders).toBe(true);
    expect(findSetting(tab, SETTING).querySelector(".checkbox-container")?.classList.contains("is-enabled")).toBe(true);
    expect(offerText(tab)).toBeNull();

    await vi.advanceTimersByTimeAsync(900);
    await redrawn(host);
    expect(rowPaths(view)).toEqual([PILOT]);
    // Drawn again, the page has nothing more to offer.
    expect(offerText(await host.openSettings("office-hours"))).toBeNull();
  });

  it("is not made for the untouched default show, nor when every episode is in a show folder", async () => {
    ({ host } = await start({ files: FILES }));
    expect(offerText(await host.openSettings("office-hours"))).toBeNull();
    finish(host);
    ({ host } = await start({ files: { [PILOT]: FILES[PILOT] ?? "" }, data: showData([TECH_TALK]) }));
    expect(offerText(await host.openSettings("office-hours"))).toBeNull();
  });
});
