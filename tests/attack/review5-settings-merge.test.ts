// @vitest-environment happy-dom
// FIXED (lead): the merge path now reads the file through settings-store.ts readSettings,
// the one path every read takes (backup first when the repair drops or changes a value).
// The first version of this test looked for the unknown key's one-line text in the saved
// file, which is pretty-printed: the key was kept all along; the tests now parse the JSON.
// review5: a settings change held while data.json could not be read is merged into the
// file once it reads (src/plugin/settings/settings-sync.ts, new this stop). That merge path
// (settings-sync.ts:58-60) reads the file with migrateSettings and saves the result at once,
// bypassing settingsFrom (settings-store.ts), whose rule is "a data.json whose repair drops
// or changes a value is first copied to data.backup-<date>.json" (and a notice says what
// was repaired). So a value the repair drops (here: a setting a newer version of the
// plugin on the other laptop wrote, which this version does not know) is overwritten with
// no copy kept and no word, exactly when the file came from another device.
// The path without a held change goes through settingsFrom and keeps the copy (guard).
// Fix: in reload, plan the load of `raw` as settingsFrom does (planSettingsLoad: back up
// first when `lost` is not empty, say so, and save nothing without the copy), then merge;
// one function for "the settings in a data.json that was read" serving both paths.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findSetting, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { DATA_PATH, finish, settle } from "../plugin/harness";
import { fakeWeekTimers, letTimePass } from "../walk/walk8-week";
import { open, storedText, synced, syncedData } from "../walk/walk11-steps";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const DIR = DATA_PATH.slice(0, DATA_PATH.lastIndexOf("/"));
/** A setting this version does not know, as a newer version on the other laptop writes one. */
const FUTURE = '"laterVersionSetting": {"kept": "by the other laptop"}';

async function toggle(h: TestHost, name: string): Promise<void> {
  const tab = await h.openSettings("office-hours");
  userClick(findSetting(tab, name).querySelector(".checkbox-container") as HTMLElement);
  await letTimePass(h);
  h.closeSettings();
  await settle(h);
}

/** The texts of the backups of data.json in the plugin's folder. */
async function backups(h: TestHost): Promise<string[]> {
  const listed = await h.app.vault.adapter.list(DIR);
  const files = listed.files.filter((p) => /data\.backup-/.test(p));
  return Promise.all(files.map((p) => h.app.vault.adapter.read(p)));
}

/** The walk11 data.json with the newer version's setting in it. */
function withFuture(): string {
  const text = syncedData();
  const open = text.indexOf("{");
  return `${text.slice(0, open + 1)}\n  ${FUTURE},${text.slice(open + 1)}`;
}

describe("review5: the merge of a held settings change keeps a copy of what it drops", () => {
  it("guard: the file reads, nothing held: the dropped setting is kept in a backup", async () => {
    const { h } = await open();
    host = h;
    const whole = withFuture();
    expect(JSON.parse(whole)).toHaveProperty("laterVersionSetting");
    await synced(h, DATA_PATH, whole.slice(0, 900));
    await synced(h, DATA_PATH, whole);
    const kept = [await storedText(h), ...(await backups(h))];
    expect(kept.some((text) => text.includes(FUTURE))).toBe(true);
  });

  it("a change held meanwhile: the other laptop's setting this version does not know survives the merge", async () => {
    const { h, plugin } = await open();
    host = h;
    const whole = withFuture();
    await synced(h, DATA_PATH, whole.slice(0, 900));
    await toggle(h, "Group the sidebar by show");
    await synced(h, DATA_PATH, whole);
    const stored = JSON.parse(await storedText(h)) as { groupByShow: boolean; laterVersionSetting?: unknown };
    // The merge happened (the held change is in the file), and the unknown key is in it.
    expect(stored.groupByShow).toBe(plugin.settings.groupByShow);
    expect(stored.laterVersionSetting).toEqual({ kept: "by the other laptop" });
  });

  it("a change held meanwhile, and a value in the synced file the repair changes: a backup is made first, as at start-up", async () => {
    const { h, plugin } = await open();
    host = h;
    // A value this version cannot use (a word where a switch is stored): the repair replaces it.
    const whole = withFuture().replace(/"autoTickChapters": (true|false)/, '"autoTickChapters": "sometimes"');
    expect(JSON.parse(whole)).toHaveProperty("autoTickChapters", "sometimes");
    await synced(h, DATA_PATH, whole.slice(0, 900));
    await toggle(h, "Group the sidebar by show");
    await synced(h, DATA_PATH, whole);
    expect((JSON.parse(await storedText(h)) as { groupByShow: boolean }).groupByShow).toBe(plugin.settings.groupByShow);
    expect((await backups(h)).some((text) => text.includes('"autoTickChapters": "sometimes"'))).toBe(true);
  });
});
