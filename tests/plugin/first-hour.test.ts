// @vitest-environment happy-dom
// A new podcast host's first hour in an empty vault, through the settings tab and the
// new-episode form: what the walk found, each with the test that failed before its fix.
import { afterEach, describe, expect, it } from "vitest";
import { findSetting, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import type { OfficeHoursSettings } from "../../src/core/settings/settings";
import { DATA_PATH, activeFilePath, finish, onDisk, settle, start, topModal } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
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

  it("a show whose folder is already in the vault (in any spelling) keeps it when renamed", async () => {
    ({ host } = await start({ files: { "office hours/Notes.md": "Plain note\n" }, detectionOffered: false }));
    const tab = await host.openSettings("office-hours");
    userClick(findSetting(tab, "Office Hours"));
    typeInto(input(tab, "Name"), "Berlin Weekly");
    await settle(host);
    expect(stored(host).shows[0]).toMatchObject({ name: "Berlin Weekly", folder: "Office Hours", code: "OH" });
  });
});
