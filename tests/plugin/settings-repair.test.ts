// @vitest-environment happy-dom
// Stored settings are never lost: keys of a newer version survive loading and editing;
// a repair that drops or changes a value first keeps data.backup-<date>.json (once per
// distinct content) and says so, then saves the repair so it is not repeated; an
// unknown time zone is reported at load and shown in the settings tab.
import { afterEach, describe, expect, it, vi } from "vitest";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { findSetting, typeInto, userClick } from "../host/interactions";
import { createTestHost, type TestHost } from "../host/test-host";
import { defaultSettings, defaultShow } from "../../src/core/settings/settings";
import { DATA_PATH, GOH25, MANIFEST, PLUGIN_DIR, finish, onDisk, realNote, settle, start } from "./harness";
import OfficeHoursPlugin from "../../src/main";

let host: TestHost | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  finish(host);
  host = undefined;
});

/** The harness's clock says 2 June 2025 in every zone the tests run in. */
const BACKUP = `${PLUGIN_DIR}/data.backup-2025-06-02.json`;

function backups(h: TestHost): string[] {
  if (h.vaultDir === null) throw new Error("needs the disk store");
  const dir = join(h.vaultDir, ...PLUGIN_DIR.split("/"));
  return readdirSync(dir)
    .filter((name) => name.startsWith("data.backup-"))
    .sort();
}

function stored(h: TestHost): Record<string, unknown> & { shows: Record<string, unknown>[] } {
  return JSON.parse(onDisk(h, DATA_PATH)) as Record<string, unknown> & { shows: Record<string, unknown>[] };
}

async function reload(h: TestHost, plugin: OfficeHoursPlugin): Promise<OfficeHoursPlugin> {
  await h.unloadPlugin(plugin);
  const again = await h.loadPlugin(OfficeHoursPlugin, MANIFEST);
  await settle(h);
  return again;
}

const MY_SHOW = { id: "my-show", name: "My Show", code: "MS", folder: "Shows/My Show", schedule: { weekday: 2, time: "18:00", timeZone: "Europe/Berlin", durationMinutes: 45 } };

describe("settings of a newer version", () => {
  it("keep the keys this version does not know through loading and an edit in the tab", async () => {
    const show = { ...defaultShow("Europe/Berlin", "My Show"), ...MY_SHOW };
    const data = {
      ...defaultSettings(),
      version: 2,
      shows: [{ ...show, studioName: "StreamYard", schedule: { ...show.schedule, recurrence: "weekly" } }],
      cloudSync: { enabled: true },
    };
    const text = JSON.stringify(data, null, 2);
    // The folder the edit below picks must exist: the settings refuse one that does not.
    ({ host } = await start({ data: text, files: { "Shows/Renamed/Notes.md": "" } }));
    expect(host.noticeMessages()).toEqual([]);
    // Nothing needed repair: the file was not written at all.
    expect(onDisk(host, DATA_PATH)).toBe(text);
    expect(backups(host)).toEqual([]);

    const tab = await host.openSettings("office-hours");
    userClick(findSetting(tab, "My Show"));
    const folder = findSetting(tab, "Folder").querySelector("input");
    if (!folder) throw new Error("no folder input");
    typeInto(folder, "Shows/Renamed");
    await settle(host);
    const saved = stored(host);
    expect(saved).toMatchObject({ version: 2, cloudSync: { enabled: true } });
    expect(saved.shows[0]).toMatchObject({ folder: "Shows/Renamed", studioName: "StreamYard", schedule: { recurrence: "weekly" } });
  });
});

describe("a repair that drops or changes something", () => {
  const SHOWS_AS_OBJECT = JSON.stringify({ version: 1, shows: { "my-show": MY_SHOW }, futureKey: [1, 2] }, null, 2);

  it("keeps the file as data.backup-<date>.json first, names it, and saves the repair", async () => {
    let plugin: OfficeHoursPlugin;
    ({ host, plugin } = await start({ data: SHOWS_AS_OBJECT }));
    expect(host.noticeMessages()).toEqual([
      `Office Hours repaired its settings: “shows” was not a list; the default show is used. The settings as they were are kept in ${BACKUP}.`,
    ]);
    // "My Show" is still on disk, byte for byte.
    expect(onDisk(host, BACKUP)).toBe(SHOWS_AS_OBJECT);
    expect(onDisk(host, BACKUP)).toContain('"name": "My Show"');
    // The repaired settings were saved, unknown keys included.
    const saved = stored(host);
    expect(saved.shows.map((s) => s.name)).toEqual(["Office Hours"]);
    expect(saved.futureKey).toEqual([1, 2]);

    // The next start needs no repair: no notice, no second copy, no write.
    const before = onDisk(host, DATA_PATH);
    plugin = await reload(host, plugin);
    expect(host.noticeMessages()).toHaveLength(1);
    expect(backups(host)).toEqual(["data.backup-2025-06-02.json"]);
    expect(onDisk(host, DATA_PATH)).toBe(before);
    await host.unloadPlugin(plugin);
  });

  it("the same bad data again makes no second copy; different bad data the same day gets its own", async () => {
    const started = await start({ data: SHOWS_AS_OBJECT });
    host = started.host;
    // Sync brings the same broken file back, then another broken one.
    await host.externalWrite(DATA_PATH, SHOWS_AS_OBJECT);
    await settle(host);
    expect(backups(host)).toEqual(["data.backup-2025-06-02.json"]);
    const other = JSON.stringify({ version: 1, shows: [{ ...MY_SHOW, numberPadding: 9 }] });
    await host.externalWrite(DATA_PATH, other);
    await settle(host);
    expect(backups(host)).toEqual(["data.backup-2025-06-02-2.json", "data.backup-2025-06-02.json"]);
    expect(onDisk(host, `${PLUGIN_DIR}/data.backup-2025-06-02-2.json`)).toBe(other);
    expect(host.noticeMessages().at(-1)).toBe(
      `Office Hours repaired its settings: show 1 number padding must be a whole number from 1 to 6; the default is used. The settings as they were are kept in ${PLUGIN_DIR}/data.backup-2025-06-02-2.json.`,
    );
    expect(stored(host).shows[0]).toMatchObject({ name: "My Show", numberPadding: 2 });
  });

  it("a duplicate show id is repaired through the same path: kept, saved, not repeated", async () => {
    const data = JSON.stringify({ version: 1, shows: [{ ...defaultShow("UTC", "A"), id: "same" }, { ...defaultShow("UTC", "B"), id: "same" }] });
    let plugin: OfficeHoursPlugin;
    ({ host, plugin } = await start({ data }));
    expect(host.noticeMessages()).toEqual([
      `Office Hours repaired its settings: A show had the id of an earlier show and got a new one (show 2 “same” is now “same-2”). The settings as they were are kept in ${BACKUP}.`,
    ]);
    expect(onDisk(host, BACKUP)).toBe(data);
    expect(stored(host).shows.map((s) => s.id)).toEqual(["same", "same-2"]);
    plugin = await reload(host, plugin);
    expect(host.noticeMessages()).toHaveLength(1);
    await host.unloadPlugin(plugin);
  });

  it("when no copy can be written, data.json is left as it is and the notice says so", async () => {
    host = await createTestHost({ files: { [DATA_PATH]: SHOWS_AS_OBJECT } });
    vi.spyOn(host.app.vault.adapter, "write").mockRejectedValue(new Error("disk full"));
    await host.loadPlugin(OfficeHoursPlugin, MANIFEST);
    await settle(host);
    expect(host.noticeMessages()).toEqual([
      "Office Hours repaired its settings but could not keep a copy of them, so data.json was left unchanged: “shows” was not a list; the default show is used.",
    ]);
    expect(onDisk(host, DATA_PATH)).toBe(SHOWS_AS_OBJECT);
    expect(backups(host)).toEqual([]);
  });

  it("data a missing value was only added to is saved without a copy", async () => {
    const data = JSON.stringify({ version: 1, shows: [MY_SHOW] });
    ({ host } = await start({ data }));
    expect(host.noticeMessages()).toEqual([]);
    expect(backups(host)).toEqual([]);
    expect(stored(host).shows[0]).toMatchObject({ ...MY_SHOW, inviteMinutesBefore: 15, numberPadding: 2 });
  });
});

describe("an unknown time zone in the stored settings", () => {
  const data = { version: 1, shows: [{ ...MY_SHOW, folder: "", schedule: { ...MY_SHOW.schedule, timeZone: "Mars/Olympus" }, displayTimeZones: ["Moon/Base"] }] };

  it("is reported when the settings load, kept as stored, and shown as an error in the settings tab", async () => {
    ({ host } = await start({ data, files: { [GOH25]: realNote(GOH25) } }));
    expect(host.noticeMessages()).toEqual([
      "Office Hours does not know the time zone “Mars/Olympus” (My Show, time zone), “Moon/Base” (My Show, also show times in) on this device, so those times cannot be shown or exported. The setting was kept as it is; change it in the plugin's settings.",
    ]);
    expect(existsSync(join(host.vaultDir ?? "", ...PLUGIN_DIR.split("/"), "data.backup-2025-06-02.json"))).toBe(false);
    const tab = await host.openSettings("office-hours");
    userClick(findSetting(tab, "My Show"));
    const error = (name: string) => findSetting(tab, name).querySelector(".office-hours-field-error")?.textContent;
    expect(error("Time zone")).toBe("Not a time zone this device knows.");
    expect(error("Also show times in")).toBe("“Moon/Base” is not a time zone this device knows.");
    expect(findSetting(tab, "Time zone").querySelector("input")?.classList.contains("is-invalid")).toBe(true);
    expect(error("Name")).toBe("");
    // The plugin still works: a new episode form opens without an error.
    await host.runCommand("office-hours:new-episode");
    expect(host.activeModal()).not.toBeNull();
  });
});
