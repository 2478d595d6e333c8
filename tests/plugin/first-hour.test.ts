// @vitest-environment happy-dom
// A new podcast host's first hour in an empty vault, through the settings tab and the
// new-episode form: what the walk found, each with the test that failed before its fix.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findSetting, selectOption, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import type { OfficeHoursSettings } from "../../src/core/settings/settings";
import { DATA_PATH, activeFilePath, finish, onDisk, settle, showData, start, topModal } from "./harness";
import { fakeTimers, openSidebar } from "./sidebar-dom";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

function input(root: HTMLElement, name: string): HTMLInputElement {
  const el = findSetting(root, name).querySelector<HTMLInputElement>("input");
  if (!el) throw new Error(`No input for ${name}`);
  return el;
}

function stored(h: TestHost): OfficeHoursSettings {
  return JSON.parse(onDisk(h, DATA_PATH)) as OfficeHoursSettings;
}

function back(tab: HTMLElement): void {
  const el = tab.querySelector<HTMLElement>(".setting-page-back");
  if (!el) throw new Error("no way back");
  userClick(el);
}

async function newEpisode(h: TestHost, command: string, topic: string): Promise<string | null> {
  await h.runCommand(command);
  await settle(h);
  const modal = topModal(h);
  typeInto(input(modal.modalEl, "Topic"), topic);
  const create = Array.from(modal.modalEl.querySelectorAll("button")).find((b) => b.classList.contains("mod-cta"));
  if (!create) throw new Error("no create button");
  userClick(create);
  await settle(h);
  return activeFilePath(h);
}

describe("setting up two shows by hand in an empty vault", () => {
  // Before: renaming the default show kept folder "Office Hours" and code "OH", so the first
  // "Berlin Weekly" episode was "Office Hours/OH 01 - Kickoff.md"; an added show renamed
  // "NY Monthly" kept folder "Show 2" and no code: "Show 2/01 - Pilot.md".
  it("a renamed show's folder and code follow its name until the folder exists, and its episodes land there", async () => {
    ({ host } = await start({ files: {}, detectionOffered: false }));
    const tab = await host.openSettings("office-hours");
    userClick(findSetting(tab, "Office Hours"));
    typeInto(input(tab, "Name"), "Berlin Weekly");
    await settle(host);
    // The fields on the page say so at once.
    expect([input(tab, "Folder").value, input(tab, "Short code").value]).toEqual(["Berlin Weekly", "BW"]);
    back(tab);
    const add = tab.querySelector<HTMLElement>('[aria-label="Add a show"]');
    if (!add) throw new Error("no add button");
    userClick(add);
    await settle(host);
    userClick(findSetting(tab, "Show 2"));
    expect([input(tab, "Folder").value, input(tab, "Short code").value]).toEqual(["Show 2", "S2"]);
    typeInto(input(tab, "Name"), "NY Monthly");
    await settle(host);
    expect(stored(host).shows.map((s) => [s.name, s.folder, s.code])).toEqual([
      ["Berlin Weekly", "Berlin Weekly", "BW"],
      ["NY Monthly", "NY Monthly", "NM"],
    ]);
    host.closeSettings();

    expect(await newEpisode(host, "office-hours:new-episode-office-hours", "Kickoff")).toBe("Berlin Weekly/BW 01 - Kickoff.md");
    expect(await newEpisode(host, "office-hours:new-episode-show-2", "Pilot")).toBe("NY Monthly/NM 01 - Pilot.md");

    // Now that its folder exists, a rename leaves the folder and code alone: notes are in it.
    const again = await host.openSettings("office-hours");
    userClick(findSetting(again, "Berlin Weekly"));
    typeInto(input(again, "Name"), "Berlin Live");
    await settle(host);
    expect([input(again, "Folder").value, input(again, "Short code").value]).toEqual(["Berlin Weekly", "BW"]);
    expect(stored(host).shows[0]).toMatchObject({ name: "Berlin Live", folder: "Berlin Weekly", code: "BW" });
  });

  // Before: a new show's folder could only be one that exists ("There is no folder
  // “Podcasts/Berlin Weekly” in this vault… create the folder first"), though the form
  // creates a missing folder itself.
  it("a show with no folder yet takes a new folder, said to be made by the first episode; a show with notes still refuses one", async () => {
    ({ host } = await start({ files: { "Podcasts/Plain note.md": "Plain\n" }, detectionOffered: false }));
    const tab = await host.openSettings("office-hours");
    userClick(findSetting(tab, "Office Hours"));
    const folder = input(tab, "Folder");
    // Typed on past a folder that exists ("Podcasts"), keystroke by keystroke.
    for (const typed of ["Podcasts", "Podcasts/", "Podcasts/B", "Podcasts/Berlin Weekly"]) typeInto(folder, typed);
    await settle(host);
    const setting = findSetting(tab, "Folder");
    expect(setting.querySelector(".office-hours-field-error")?.textContent).toBe("");
    expect(setting.querySelector(".office-hours-field-warning")?.textContent).toBe("No folder “Podcasts/Berlin Weekly” yet: the first new episode creates it.");
    expect(folder.classList.contains("is-invalid")).toBe(false);
    expect(stored(host).shows[0]?.folder).toBe("Podcasts/Berlin Weekly");
    // Leaving the vault or hiding the folder is still refused.
    typeInto(folder, ".hidden/Show");
    await settle(host);
    expect(setting.querySelector(".office-hours-field-error")?.textContent).toMatch(/hidden folder/);
    expect(stored(host).shows[0]?.folder).toBe("Podcasts/Berlin Weekly");
    typeInto(folder, "Podcasts/Berlin Weekly");
    await settle(host);
    host.closeSettings();
    expect(await newEpisode(host, "office-hours:new-episode", "Kickoff")).toBe("Podcasts/Berlin Weekly/OH 01 - Kickoff.md");

    // Now the folder holds an episode: a misspelt folder is refused again.
    const again = await host.openSettings("office-hours");
    userClick(findSetting(again, "Office Hours"));
    typeInto(input(again, "Folder"), "Podcasts/Berlin Weekyl");
    await settle(host);
    expect(findSetting(again, "Folder").querySelector(".office-hours-field-error")?.textContent).toMatch(/^There is no folder/);
    expect(stored(host).shows[0]?.folder).toBe("Podcasts/Berlin Weekly");
  });

  it("a show whose folder is already in the vault (in any spelling) keeps it when renamed", async () => {
    ({ host } = await start({ files: { "office hours/Notes.md": "Plain note\n" }, detectionOffered: false }));
    const tab = await host.openSettings("office-hours");
    userClick(findSetting(tab, "Office Hours"));
    typeInto(input(tab, "Name"), "Berlin Weekly");
    await settle(host);
    expect(stored(host).shows[0]).toMatchObject({ name: "Berlin Weekly", folder: "Office Hours", code: "OH" });
  });
});

describe("the first episode, before any show is set up", () => {
  function notes(modalEl: HTMLElement): string[] {
    return Array.from(modalEl.querySelectorAll(".office-hours-form-note"), (el) => el.textContent ?? "");
  }

  // Before: the form gave no hint that "Office Hours, Fridays 13:00 UTC" was an example to
  // change, and called number 1 "the show's highest number plus one" with no episode at all.
  it("the form says the show is the example and where to make it yours, and that 01 is the first episode", async () => {
    ({ host } = await start({ files: {}, detectionOffered: false }));
    await host.runCommand("office-hours:new-episode");
    await settle(host);
    const modal = topModal(host);
    expect(notes(modal.modalEl)).toEqual([
      "The folder “Office Hours” does not exist yet; it will be created.",
      "Office Hours is the example show the plugin starts with (Fridays at 13:00, UTC). To make it yours (name, day, time, zone, folder), see Settings → Office Hours; if you already have episode notes, run “Detect shows”.",
    ]);
    expect(findSetting(modal.modalEl, "Number").querySelector(".setting-item-description")?.firstChild?.textContent).toBe("The show's first episode.");
  });

  it("a show set up (here only its time changed) is no example: no such note", async () => {
    const show = { id: "office-hours", name: "Office Hours", code: "OH", folder: "Office Hours", schedule: { weekday: 5, time: "18:00", timeZone: "UTC", durationMinutes: 60 } };
    ({ host } = await start({ files: {}, data: showData([show]) }));
    await host.runCommand("office-hours:new-episode");
    await settle(host);
    expect(notes(topModal(host).modalEl)).toEqual(["The folder “Office Hours” does not exist yet; it will be created."]);
  });

  // Before: "Run “New episode” from the command palette", a command the palette does not
  // list while there is one show (it reads "Office Hours: New Office Hours episode").
  it("the empty sidebar names the command as the palette lists it", async () => {
    ({ host } = await start({ files: {}, detectionOffered: false }));
    const view = await openSidebar(host);
    const empty = view.containerEl.querySelector(".office-hours-empty")?.textContent ?? "";
    const quoted = /“([^”]+)”/.exec(empty)?.[1];
    const names = host.standIn.commands.listCommands().map((c) => c.name);
    expect(names).toContain(quoted);
    expect(quoted).toBe("Office Hours: New Office Hours episode");
  });
});

describe("a monthly podcast", () => {
  // Before: there was no way to say "monthly"; the form proposed NY Monthly's second
  // episode a week after its first.
  it("set to the first Tuesday of the month in the settings, the form proposes that slot, and the next one a month later", async () => {
    const weekly = { id: "nym", name: "NY Monthly", code: "NM", folder: "NY Monthly", schedule: { weekday: 2, time: "19:00", timeZone: "America/New_York", durationMinutes: 60 } };
    ({ host } = await start({ files: {}, data: showData([weekly]) }));
    const tab = await host.openSettings("office-hours");
    userClick(findSetting(tab, "NY Monthly"));
    const repeats = findSetting(tab, "Repeats").querySelector("select");
    if (!repeats) throw new Error("no Repeats dropdown");
    expect(repeats.value).toBe("");
    selectOption(repeats, "1");
    await settle(host);
    expect(stored(host).shows[0]?.schedule).toMatchObject({ weekday: 2, weekOfMonth: 1 });
    host.closeSettings();

    expect(await newEpisode(host, "office-hours:new-episode", "Pilot")).toBe("NY Monthly/NM 01 - Pilot.md");
    expect(onDisk(host, "NY Monthly/NM 01 - Pilot.md")).toContain("date: 2025-06-03");
    await host.runCommand("office-hours:new-episode");
    await settle(host);
    const modal = topModal(host);
    expect(input(modal.modalEl, "Date").value).toBe("2025-07-01");
    expect(findSetting(modal.modalEl, "Date").querySelector(".setting-item-description")?.firstChild?.textContent).toBe("Prefilled with the next free first Tuesday of the month.");
  });
});
