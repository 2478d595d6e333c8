// @vitest-environment happy-dom
// walk11: the settings the two laptops share through the sync tool
// (.obsidian/plugins/office-hours/data.json in tests/fixtures/walk11-vault: written by Tom's
// newer plugin, `"version": 2`, with keys this version does not know). A team expects:
// settings written by another version load or are refused clearly, and are never lost,
// also while the sync tool is halfway through writing the file.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findSetting, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { DATA_PATH, finish, settle } from "../plugin/harness";
import { fakeWeekTimers, letTimePass } from "./walk8-week";
import { notesOnly, open, storedText, synced, syncedData } from "./walk11-steps";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

interface Stored {
  version: number;
  deviceNames?: unknown;
  groupByShow: boolean;
  shows: { name: string; cohosts?: unknown; schedule: { time: string; timeZone: string } }[];
}
const parsed = async (h: TestHost) => JSON.parse(await storedText(h)) as Stored;

/** The sync tool is halfway through writing data.json: its first 900 characters. */
const half = () => syncedData().slice(0, 900);

/** "Group the sidebar by show" turned on in the plugin's settings tab (a setting saved). */
async function changeASetting(h: TestHost): Promise<void> {
  const tab = await h.openSettings("office-hours");
  userClick(findSetting(tab, "Group the sidebar by show").querySelector(".checkbox-container") as HTMLElement);
  await letTimePass(h);
  h.closeSettings();
  await settle(h);
}

describe("data.json written by the other laptop's newer version", () => {
  it("loads: the show at 16:00 Europe/Berlin; a setting changed here keeps version 2 and the keys this version does not know", async () => {
    const { h, plugin } = await open();
    host = h;
    expect(plugin.settings.shows.map((s) => `${s.name} ${s.schedule.time} ${s.schedule.timeZone}`)).toEqual(["Two Hosts Live 16:00 Europe/Berlin"]);
    await changeASetting(h);
    const stored = await parsed(h);
    expect(stored.groupByShow).toBe(true);
    expect([stored.version, stored.deviceNames, stored.shows[0]?.cohosts]).toEqual([2, { "maya-mbp": "Maya (Berlin)", "tom-x1": "Tom (Lisbon)" }, ["Maya", "Tom"]]);
  });

  it("half-synced when the plugin starts: kept as data.corrupt.json, data.json not written over, the notice says defaults are used; the whole file, once synced, is loaded", async () => {
    const { h, plugin } = await open({ files: { ...notesOnly(), [DATA_PATH]: half() } });
    host = h;
    expect(h.noticeMessages()).toEqual([
      "Office Hours could not read its settings (Unexpected end of JSON input). The file was kept as .obsidian/plugins/office-hours/data.corrupt.json; default settings are used.",
    ]);
    expect(await storedText(h)).toBe(half());
    await synced(h, DATA_PATH, syncedData());
    expect(plugin.settings.shows.map((s) => s.name)).toEqual(["Two Hosts Live"]);
    expect(await storedText(h)).toBe(syncedData());
  });

  // Was a defect (src/main.ts onExternalSettingsChange, through settings-store.ts loadSettings):
  // while the plugin ran with the team's settings and the sync tool wrote data.json in two
  // steps, the half-written file dropped the settings in use for the defaults (the example
  // show "Office Hours" back) and data.corrupt.json held only the half file. The rule now
  // (src/plugin/settings/settings-sync.ts): a data.json changed on disk that cannot be read
  // keeps the settings in use, copies and writes nothing, and says it is read again when it
  // changes.
  it("half-synced while running: the settings in use stay the team's", async () => {
    const { h, plugin } = await open();
    host = h;
    await synced(h, DATA_PATH, half());
    expect(plugin.settings.shows.map((s) => s.name)).toEqual(["Two Hosts Live"]);
  });

  // Was the same defect's worst case: a setting changed while the file was half-synced was
  // saved with the defaults around it, over data.json, and the sync took that to the other
  // laptop. Now the change is used here but held: data.json stays as the sync left it until
  // the whole file arrives, then the change is merged into it and saved.
  it("half-synced while running, then a setting changed here: data.json still holds Two Hosts Live", async () => {
    const { h } = await open();
    host = h;
    await synced(h, DATA_PATH, half());
    await changeASetting(h);
    expect(await storedText(h)).toBe(half());
    await synced(h, DATA_PATH, syncedData());
    expect((await parsed(h)).shows.map((s) => s.name)).toEqual(["Two Hosts Live"]);
    expect((await parsed(h)).groupByShow).toBe(true);
  });
});
