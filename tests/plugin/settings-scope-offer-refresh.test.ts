// @vitest-environment happy-dom
// The settings page's offer to look only in the show folders follows the shows as they are
// edited on the page: a show's folder moved so that another note is outside every show
// folder names that note at once, on the one-page tab of Obsidian before 1.13 (where the
// offer and the show's rows are on the same page) and after going back on 1.13.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findSetting, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, settle, showData, start } from "./harness";
import { fakeTimers } from "./sidebar-dom";

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
  "Notes/Dinner party.md": "Guests:: Mia, Noor\n\n## Shopping\n\n- [ ] Wine\n- [ ] Bread\n",
};
const TECH_TALK = { id: "tech-talk", name: "Tech Talk", code: "TT", folder: "Podcasts/Tech Talk", schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 } };

function offerText(tab: HTMLElement): string | null {
  return findSetting(tab, SETTING).querySelector(".office-hours-scope-offer .office-hours-field-warning")?.textContent ?? null;
}

function folderInput(root: HTMLElement): HTMLInputElement {
  const input = findSetting(root, "Folder").querySelector<HTMLInputElement>("input");
  if (!input) throw new Error("No folder input");
  return input;
}

describe("the offer follows the shows edited on the page", () => {
  it("before 1.13 (one page): moving the show's folder names the note now outside it, at once", async () => {
    ({ host } = await start({ files: FILES, data: showData([TECH_TALK]), apiVersion: "1.12.0" }));
    const tab = await host.openSettings("office-hours");
    expect(offerText(tab)).toContain(": Notes/Dinner party.");
    typeInto(folderInput(tab), "Notes");
    await settle(host);
    expect(offerText(tab)).toContain(": Podcasts/Tech Talk/TT 01 - Pilot, with Ann Lee.");
    expect(offerText(tab)).not.toContain("Dinner party");
  });

  it("on 1.13: back from the show's page, the offer names the note now outside", async () => {
    ({ host } = await start({ files: FILES, data: showData([TECH_TALK]) }));
    const tab = await host.openSettings("office-hours");
    expect(offerText(tab)).toContain(": Notes/Dinner party.");
    userClick(findSetting(tab, "Tech Talk"));
    typeInto(folderInput(tab), "Notes");
    await settle(host);
    userClick(tab.querySelector(".setting-page-back") as HTMLElement);
    expect(offerText(tab)).toContain(": Podcasts/Tech Talk/TT 01 - Pilot, with Ann Lee.");
  });
});
