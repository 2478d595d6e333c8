// @vitest-environment happy-dom
// Settings: the tab (declarative on 1.13, display() on 1.12) changes a show and the
// index follows after the debounce; a corrupt data.json is kept aside and defaults are
// used; version-0 settings are migrated; a data.json changed by Sync is reloaded; the
// defaults are never mutated.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findSetting, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { defaultSettings, type OfficeHoursSettings } from "../../src/core/settings/settings";
import { DEFAULT_GUEST_FIELDS } from "../../src/core/note/episode";
import { DEFAULT_PHASE_HEADINGS } from "../../src/core/note/phases";
import { DATA_PATH, GOH25, PLUGIN_DIR, finish, onDisk, realNote, settle, showData, start } from "./harness";
import { fakeTimers, groupTitles, openSidebar, readRow, redrawn, rowEl, rowPaths, setGroupByShow, sidebarView, viewButton } from "./sidebar-dom";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

/** Settings wait this long after the last keystroke before the vault is read again (main.ts). */
const APPLY_DELAY_MS = 800;
const FOLDER_ONLY = "Episodes/OH 05 - Folder only.md";

function files(): Record<string, string> {
  return {
    [GOH25]: realNote(GOH25),
    // No guest field: an episode only once it sits in a show's folder.
    [FOLDER_ONLY]: "---\ndate: 2025-06-13\n---\n## Checklist\n\n- [ ] Book the studio\n",
  };
}

function input(root: HTMLElement, name: string): HTMLInputElement {
  const el = findSetting(root, name).querySelector<HTMLInputElement>("input, textarea");
  if (!el) throw new Error(`No input for ${name}`);
  return el;
}

function storedSettings(h: TestHost): OfficeHoursSettings {
  return JSON.parse(onDisk(h, DATA_PATH)) as OfficeHoursSettings;
}

async function settingsTabWith(apiVersion?: string): Promise<{ h: TestHost; tab: HTMLElement }> {
  const started = await start({ files: files(), apiVersion, data: showData([{ id: "office-hours", name: "Office Hours", code: "OH", folder: "Office Hours", schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 } }]) });
  host = started.host;
  const view = await openSidebar(started.host);
  userClick(viewButton(view, "All"));
  setGroupByShow(view, true);
  expect(rowPaths(view)).toEqual([GOH25]);
  const tab = await started.host.openSettings("office-hours");
  return { h: started.host, tab };
}

/** Type a new folder and code; the sidebar follows only after the debounce. */
async function changeFolderAndCode(h: TestHost, page: HTMLElement): Promise<void> {
  typeInto(input(page, "Folder"), "Episodes");
  typeInto(input(page, "Short code"), "GOH");
  await settle(h);
  // Saved at once.
  expect(storedSettings(h).shows[0]).toMatchObject({ folder: "Episodes", code: "GOH" });
  const view = sidebarView(h);
  await vi.advanceTimersByTimeAsync(APPLY_DELAY_MS - 100);
  await settle(h);
  expect(rowPaths(view)).toEqual([GOH25]);

  await vi.advanceTimersByTimeAsync(200);
  await redrawn(h);
  // The note in the new folder is an episode of the show; GOH 25 carries the show's new code.
  expect(groupTitles(view)).toEqual(["Office Hours 2"]);
  expect(rowPaths(view)).toEqual([FOLDER_ONLY, GOH25]);
  expect(readRow(rowEl(view, FOLDER_ONLY))).toMatchObject({ chip: "GOH", number: "#05", progress: "prep 0/1", next: "Book the studio" });
}

describe("the settings tab", () => {
  it("on 1.13 (declarative): a show's folder and code change, and the index follows after the debounce", async () => {
    const { h, tab } = await settingsTabWith();
    // The show's own settings are on its page.
    const showRow = findSetting(tab, "Office Hours");
    expect(showRow.querySelector(".setting-item-description")?.textContent).toBe("Folder: Office Hours");
    userClick(showRow);
    await changeFolderAndCode(h, tab);

    // Back to the list and into the page again: the fields show what was saved.
    const back = tab.querySelector<HTMLElement>(".setting-page-back");
    if (!back) throw new Error("no way back");
    userClick(back);
    userClick(findSetting(tab, "Office Hours"));
    expect(input(tab, "Folder").value).toBe("Episodes");
    expect(input(tab, "Short code").value).toBe("GOH");
  });

  it("on 1.12 (display()): the same change through the imperative tab", async () => {
    const { h, tab } = await settingsTabWith("1.12.0");
    expect(findSetting(tab, "Office Hours").classList.contains("setting-item-heading")).toBe(true);
    await changeFolderAndCode(h, tab);
  });

  it("looking for episodes only in the show folders drops an episode kept elsewhere, after the debounce", async () => {
    const { h, tab } = await settingsTabWith();
    // GOH 25 sits at the vault's root, outside the show's folder: an episode by its task and guest field.
    userClick(findSetting(tab, "Look for episodes only in the show folders").querySelector(".checkbox-container") as HTMLElement);
    await settle(h);
    expect(storedSettings(h).episodesOnlyInShowFolders).toBe(true);
    const view = sidebarView(h);
    await vi.advanceTimersByTimeAsync(APPLY_DELAY_MS + 100);
    await redrawn(h);
    expect(rowPaths(view)).toEqual([]);
  });

  it("shows an invalid value as such and does not save it", async () => {
    const { h, tab } = await settingsTabWith();
    userClick(findSetting(tab, "Office Hours"));
    const zone = input(tab, "Time zone");
    typeInto(zone, "Mars/Olympus_Mons");
    await settle(h);
    expect(findSetting(tab, "Time zone").querySelector(".office-hours-field-error")?.textContent).toBe("Not a time zone this device knows.");
    expect(zone.classList.contains("is-invalid")).toBe(true);
    expect(storedSettings(h).shows[0]?.schedule.timeZone).toBe("UTC");
    typeInto(zone, "Europe/Berlin");
    await settle(h);
    expect(zone.classList.contains("is-invalid")).toBe(false);
    expect(storedSettings(h).shows[0]?.schedule.timeZone).toBe("Europe/Berlin");
  });

  it("adding a show adds its command", async () => {
    const { h, tab } = await settingsTabWith();
    const add = tab.querySelector<HTMLElement>('[aria-label="Add a show"]');
    if (!add) throw new Error("no add button");
    userClick(add);
    await settle(h);
    expect(storedSettings(h).shows.map((s) => s.name)).toEqual(["Office Hours", "Show 2"]);
    expect(h.commandIds().filter((id) => id.includes("new-episode")).sort()).toEqual([
      "office-hours:new-episode",
      "office-hours:new-episode-office-hours",
      "office-hours:new-episode-show-2",
    ]);
    expect(findSetting(tab, "Show 2")).toBeTruthy();
  });

  it("removing a show removes its command; its notes stay", async () => {
    ({ host } = await start({
      data: showData([
        { id: "goh", name: "Grafana Office Hours", code: "GOH", folder: "GOH" },
        { id: "aa", name: "Adobo and Avocados", code: "A&A", folder: "A&A" },
      ]),
      files: { [`GOH/${GOH25}`]: realNote(GOH25) },
    }));
    const tab = await host.openSettings("office-hours");
    const row = findSetting(tab, "Adobo and Avocados");
    const remove = row.querySelector<HTMLElement>('[aria-label="Delete"]');
    if (!remove) throw new Error("no delete button");
    userClick(remove);
    await settle(host);
    expect(storedSettings(host).shows.map((s) => s.id)).toEqual(["goh"]);
    expect(host.commandIds().filter((id) => id.includes("new-episode"))).toEqual(["office-hours:new-episode"]);
    expect(host.standIn.commands.findCommand("office-hours:new-episode")?.name).toBe("Office Hours: New Grafana Office Hours episode");
    expect(() => findSetting(tab, "Adobo and Avocados")).toThrow();
    // The last show cannot be removed.
    expect(findSetting(tab, "Grafana Office Hours").querySelector('[aria-label="Delete"]')).toBeNull();
    expect(host.app.vault.getFileByPath(`GOH/${GOH25}`)).not.toBeNull();
  });
});

describe("stored settings", () => {
  it("a corrupt data.json: the plugin loads with defaults, says so, and keeps the file as data.corrupt.json", async () => {
    const corrupt = '{"version": 1, "shows": [{"name": "Grafana Office Hours",, }\n';
    ({ host } = await start({ data: corrupt, files: files() }));
    expect(host.standIn.plugins.enabledPlugins.has("office-hours")).toBe(true);
    expect(host.noticeMessages()).toHaveLength(1);
    expect(host.noticeMessages()[0]).toMatch(/^Office Hours could not read its settings \(.+\)\. The file was kept as \.obsidian\/plugins\/office-hours\/data\.corrupt\.json; default settings are used\.$/);
    expect(onDisk(host, `${PLUGIN_DIR}/data.corrupt.json`)).toBe(corrupt);
    // Defaults are in force: the default show's command.
    expect(host.standIn.commands.findCommand("office-hours:new-episode")?.name).toBe("Office Hours: New Office Hours episode");
  });

  it("a second corrupt file does not overwrite the first backup", async () => {
    const first = "{ not json";
    ({ host } = await start({ data: "also } not json", files: { [`${PLUGIN_DIR}/data.corrupt.json`]: first } }));
    expect(onDisk(host, `${PLUGIN_DIR}/data.corrupt.json`)).toBe(first);
    expect(onDisk(host, `${PLUGIN_DIR}/data.corrupt-2.json`)).toBe("also } not json");
  });

  it("version 0 (flat keys) is migrated to a show, saved, and used", async () => {
    ({ host } = await start({
      data: { showName: "Grafana Office Hours", showCode: "GOH", folder: "GOH" },
      files: { [`GOH/${GOH25}`]: realNote(GOH25) },
    }));
    expect(host.noticeMessages()).toEqual([
      `Office Hours repaired its settings: Settings from version 0 were migrated. The settings as they were are kept in ${PLUGIN_DIR}/data.backup-2025-06-02.json.`,
    ]);
    expect(JSON.parse(onDisk(host, `${PLUGIN_DIR}/data.backup-2025-06-02.json`))).toEqual({ showName: "Grafana Office Hours", showCode: "GOH", folder: "GOH" });
    const stored = storedSettings(host);
    expect(stored.version).toBe(1);
    expect(stored.shows).toHaveLength(1);
    expect(stored.shows[0]).toMatchObject({ name: "Grafana Office Hours", code: "GOH", folder: "GOH" });
    expect(stored).not.toHaveProperty("showName");
    expect(host.standIn.commands.findCommand("office-hours:new-episode")?.name).toBe("Office Hours: New Grafana Office Hours episode");
    // The migrated show owns its folder's episodes: the next number follows GOH 25.
    await host.runCommand("office-hours:new-episode");
    expect(input(host.activeModal()?.modalEl ?? document.body, "Number").value).toBe("26");
    // Loading again does not migrate again.
    expect(host.noticeMessages()).toHaveLength(1);
  });

  it("a data.json changed by another program (Sync) is reloaded and applied", async () => {
    const started = await start({ files: files() });
    host = started.host;
    const view = await openSidebar(host);
    userClick(viewButton(view, "All"));
    setGroupByShow(view, true);
    expect(rowPaths(view)).toEqual([GOH25]);

    const synced = showData([{ id: "goh", name: "Grafana Office Hours", code: "GOH", folder: "Episodes" }]);
    await host.externalWrite(DATA_PATH, JSON.stringify(synced));
    await redrawn(host);
    expect(started.plugin.settings.shows.map((s) => s.name)).toEqual(["Grafana Office Hours"]);
    expect(groupTitles(view)).toEqual(["Grafana Office Hours 2"]);
    expect(host.standIn.commands.findCommand("office-hours:new-episode")?.name).toBe("Office Hours: New Grafana Office Hours episode");
  });

  it("loading, migrating and editing never change the defaults", async () => {
    const before = JSON.stringify(defaultSettings("UTC"));
    const guestFields = [...DEFAULT_GUEST_FIELDS];
    const phases = JSON.stringify(DEFAULT_PHASE_HEADINGS);

    ({ host } = await start({ files: files() }));
    const tab = await host.openSettings("office-hours");
    userClick(findSetting(tab, "Office Hours"));
    typeInto(input(tab, "Guest fields"), "Speaker");
    typeInto(input(tab, "Prep headings"), "Getting ready");
    typeInto(input(tab, "Name"), "Renamed show");
    await host.app.vault.createFolder("Elsewhere");
    typeInto(input(tab, "Folder"), "Elsewhere");
    await settle(host);
    await vi.advanceTimersByTimeAsync(APPLY_DELAY_MS + 100);
    await settle(host);
    expect(storedSettings(host).shows[0]).toMatchObject({ name: "Renamed show", guestFields: ["Speaker"], folder: "Elsewhere" });
    host.closeSettings();
    host.dispose();

    // A version-0 file, migrated, then a plugin with no file at all.
    ({ host } = await start({ data: { showName: "Old show", guestField: "Speaker" } }));
    host.dispose();
    ({ host } = await start({}));

    expect(JSON.stringify(defaultSettings("UTC"))).toBe(before);
    expect(DEFAULT_GUEST_FIELDS).toEqual(guestFields);
    expect(JSON.stringify(DEFAULT_PHASE_HEADINGS)).toBe(phases);
  });
});
