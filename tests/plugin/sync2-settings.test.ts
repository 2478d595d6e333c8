// @vitest-environment happy-dom
// data.json changed on disk while the plugin runs (src/plugin/settings/settings-sync.ts):
// what the host is told, what is written and when, on the walk11 team's vault (Tom's
// newer data.json, tests/fixtures/walk11-vault).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findSetting, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { DATA_PATH, finish, settle } from "./harness";
import { fakeWeekTimers, letTimePass } from "../walk/walk8-week";
import { open, storedText, synced, syncedData } from "../walk/walk11-steps";
import { HELD_MESSAGE, MERGED_MESSAGE, UNREADABLE_MESSAGE } from "../../src/plugin/settings/settings-sync";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const CORRUPT = DATA_PATH.replace("data.json", "data.corrupt.json");

async function toggle(h: TestHost, name: string): Promise<void> {
  const tab = await h.openSettings("office-hours");
  userClick(findSetting(tab, name).querySelector(".checkbox-container") as HTMLElement);
  await letTimePass(h);
  h.closeSettings();
  await settle(h);
}

describe("data.json written in steps by a sync tool while the plugin runs", () => {
  it("each step that cannot be read: one notice, no data.corrupt.json, the file as the sync left it", async () => {
    const { h, plugin } = await open();
    host = h;
    const text = syncedData();
    await synced(h, DATA_PATH, text.slice(0, 300));
    await synced(h, DATA_PATH, text.slice(0, 900));
    expect(h.noticeMessages()).toEqual([UNREADABLE_MESSAGE]);
    expect(await h.app.vault.adapter.exists(CORRUPT)).toBe(false);
    expect(await storedText(h)).toBe(text.slice(0, 900));
    expect(plugin.settings.shows.map((s) => `${s.name} ${s.schedule.time}`)).toEqual(["Two Hosts Live 16:00"]);
  });

  it("nothing changed here meanwhile: the whole file, once synced, is loaded as it is (the other laptop's change taken) and not written", async () => {
    const { h, plugin } = await open();
    host = h;
    const whole = syncedData().replace('"16:00"', '"17:00"');
    expect(whole).not.toBe(syncedData());
    await synced(h, DATA_PATH, whole.slice(0, 900));
    await synced(h, DATA_PATH, whole);
    expect(plugin.settings.shows.map((s) => s.schedule.time)).toEqual(["17:00"]);
    expect(await storedText(h)).toBe(whole);
  });

  it("a setting changed meanwhile: used at once, said once, saved merged with the other laptop's change once the file reads", async () => {
    const { h, plugin } = await open();
    host = h;
    const whole = syncedData().replace('"16:00"', '"17:00"');
    await synced(h, DATA_PATH, whole.slice(0, 900));
    await toggle(h, "Group the sidebar by show");
    expect(plugin.settings.groupByShow).toBe(true);
    await toggle(h, "Group the sidebar by show");
    await toggle(h, "Group the sidebar by show");
    expect(h.noticeMessages()).toEqual([UNREADABLE_MESSAGE, HELD_MESSAGE]);
    expect(await storedText(h)).toBe(whole.slice(0, 900));
    await synced(h, DATA_PATH, whole);
    const stored = JSON.parse(await storedText(h)) as { groupByShow: boolean; version: number; shows: { schedule: { time: string } }[] };
    expect([stored.groupByShow, stored.version, stored.shows[0]?.schedule.time]).toEqual([true, 2, "17:00"]);
    expect(plugin.settings.shows.map((s) => s.schedule.time)).toEqual(["17:00"]);
    expect(h.noticeMessages().at(-1)).toBe(MERGED_MESSAGE);
    // Saves go to the file again.
    await toggle(h, "Group the sidebar by show");
    expect((JSON.parse(await storedText(h)) as { groupByShow: boolean }).groupByShow).toBe(false);
  });
});
