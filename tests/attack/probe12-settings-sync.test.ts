// @vitest-environment happy-dom
// probe12: the settings tab left open while data.json changes on disk (Sync, or the user
// editing it by hand while Obsidian runs). Promise (README, "Settings", "Changes on disk"):
// "the sidebar, the commands and an open settings tab follow the new settings ... Nothing
// you changed here is lost, and the defaults are never saved over the team's settings."
import { afterEach, describe, expect, it } from "vitest";
import { findSetting, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { DATA_PATH, finish, onDisk, settle, showData, start } from "../plugin/harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const SHOW = { id: "goh", name: "GOH", code: "GOH", folder: "GOH", schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 } };
const FILES = { "GOH/GOH 01 - Faro.md": "---\ndate: 2025-06-06\n---\nGuest:: Ann Lee\n\n- [ ] Invite\n" };

interface Stored {
  shows: { id: string; name: string; hostName: string; schedule: { durationMinutes: number } }[];
  groupByShow: boolean;
}

function stored(h: TestHost): Stored {
  return JSON.parse(onDisk(h, DATA_PATH)) as Stored;
}

function inputOf(tab: HTMLElement, name: string): HTMLInputElement {
  const input = findSetting(tab, name).querySelector("input");
  if (!input) throw new Error(`no input for ${name}`);
  return input;
}

/** The other device's file: this one's settings with the show's duration changed to 90. */
function otherDevice(h: TestHost): string {
  const data = JSON.parse(onDisk(h, DATA_PATH)) as Stored;
  const show = data.shows[0];
  if (!show) throw new Error("no show");
  show.schedule.durationMinutes = 90;
  return JSON.stringify(data, null, 2);
}

describe("a show's page open while data.json changes on disk", () => {
  for (const apiVersion of [undefined, "1.12.0"]) {
    it(`${apiVersion ?? "1.13"}: a field typed after the change is saved beside the change, in the show as it is now`, async () => {
      ({ host } = await start({ data: showData([SHOW]), files: FILES, apiVersion }));
      const tab = await host.openSettings("office-hours");
      if (apiVersion === undefined) userClick(findSetting(tab, "GOH"));
      await settle(host);
      typeInto(inputOf(tab, "Host name"), "Ann");
      await settle(host);
      expect(stored(host).shows[0]?.hostName).toBe("Ann");

      await host.externalWrite(DATA_PATH, otherDevice(host));
      await settle(host, 8);
      // The user goes on typing in the field the tab shows now (the stand-in's 1.13 tab
      // draws its top page again on update(): the user opens the show's page again).
      if (tab.querySelector(".setting-item-name") && !Array.from(tab.querySelectorAll(".setting-item-name")).some((el) => el.textContent === "Host name")) {
        userClick(findSetting(tab, "GOH"));
        await settle(host);
      }
      typeInto(inputOf(tab, "Host name"), "Ann Lee");
      await settle(host, 8);
      const after = stored(host).shows[0];
      expect([after?.hostName, after?.schedule.durationMinutes]).toEqual(["Ann Lee", 90]);
      // And the tab shows the synced value.
      expect(inputOf(tab, "Duration").value).toBe("90");
    });
  }

  it("the show deleted on the other device: a field typed afterwards (the tab drawn again from the new settings) brings nothing back and loses nothing", async () => {
    ({ host } = await start({ data: showData([SHOW, { ...SHOW, id: "aa", name: "A&A", code: "A&A", folder: "A&A" }]), files: FILES }));
    const tab = await host.openSettings("office-hours");
    userClick(findSetting(tab, "A&A"));
    await settle(host);
    const data = JSON.parse(onDisk(host, DATA_PATH)) as Stored;
    data.shows = data.shows.filter((s) => s.id !== "aa");
    data.groupByShow = true;
    await host.externalWrite(DATA_PATH, JSON.stringify(data, null, 2));
    await settle(host, 8);
    const host1 = tab.querySelector<HTMLInputElement>("input");
    if (host1) typeInto(host1, "typed after");
    await settle(host, 8);
    const after = stored(host);
    expect(after.groupByShow).toBe(true);
    expect(after.shows.map((s) => s.id)).toEqual(["goh"]);
  });
});

describe("data.json edited by hand while Obsidian runs", () => {
  // README ("Stored settings are never lost"): a repair that drops or changes what was
  // stored (a duplicate show id, a value of the wrong type) first copies the file to
  // data.backup-<date>.json; the same rule for a file changed on disk as for one loaded.
  it("a duplicate show id and a number written as text: repaired, the file as edited kept in a backup first, both shows kept", async () => {
    ({ host } = await start({ data: showData([SHOW]), files: FILES }));
    const data = JSON.parse(onDisk(host, DATA_PATH)) as { shows: Record<string, unknown>[] };
    const first = data.shows[0] ?? {};
    data.shows.push({ ...first, name: "GOH copy", folder: "GOH copy", numberPadding: "3" });
    const edited = JSON.stringify(data, null, 2);
    await host.externalWrite(DATA_PATH, edited);
    await settle(host, 8);
    const dir = DATA_PATH.slice(0, DATA_PATH.lastIndexOf("/"));
    const listed = await host.app.vault.adapter.list(dir);
    const copies: string[] = [];
    for (const path of listed.files) if (path !== DATA_PATH) copies.push(await host.app.vault.adapter.read(path));
    expect(copies).toContain(edited);
    const after = stored(host);
    expect(after.shows.map((s) => s.name)).toEqual(["GOH", "GOH copy"]);
    expect(new Set(after.shows.map((s) => s.id)).size).toBe(2);
    expect(host.noticeMessages().some((m) => m.includes("data.backup-"))).toBe(true);
  });
});
