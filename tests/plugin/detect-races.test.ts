// @vitest-environment happy-dom
// The review stays open while the user goes on working: a correction is applied onto the
// show as it is when "Add" is pressed, not onto the copy Detect took (detect5). On the
// stand-in host with the five-show vault and GOH set up by hand: what the settings tab
// changed meanwhile survives, a field changed there is kept and named in the notice, a
// show deleted there is not brought back, and a show set up there is not added twice.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findButton, findSetting, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import type { OfficeHoursSettings } from "../../src/core/settings/settings";
import { defaultShow } from "../../src/core/settings/settings";
import { DATA_PATH, finish, settle, showData, start, topModal } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const FIVE_SHOWS = join(import.meta.dirname, "../fixtures/five-shows");

function fiveShows(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".md") && dir !== FIVE_SHOWS) files[relative(FIVE_SHOWS, full).split(sep).join("/")] = readFileSync(full, "utf8");
    }
  };
  walk(FIVE_SHOWS);
  return files;
}

const GOH = { id: "goh", name: "GOH live", code: "GOH", folder: "projects/Grafana Office Hours", template: "templates/GOH checklst.md", hostName: "Ana" };
const SPARE = { id: "spare", name: "Spare", code: "SP", folder: "Spare" };

async function stored(h: TestHost): Promise<OfficeHoursSettings> {
  return JSON.parse(await h.app.vault.adapter.read(DATA_PATH)) as OfficeHoursSettings;
}

async function openReview(h: TestHost): Promise<HTMLElement> {
  expect(await h.runCommand("office-hours:detect-shows")).toBe(true);
  await settle(h);
  return topModal(h).modalEl;
}

function input(tab: HTMLElement, name: string): HTMLInputElement {
  const el = findSetting(tab, name).querySelector<HTMLInputElement>("input, textarea");
  if (!el) throw new Error(`no input in ${name}`);
  return el;
}

function gohBox(modal: HTMLElement): HTMLElement {
  const found = Array.from(modal.querySelectorAll<HTMLElement>(".office-hours-detect-show")).find((b) => b.querySelector(".office-hours-detect-head .setting-item-name")?.textContent === "GOH live (GOH)");
  if (!found) throw new Error("No GOH box");
  return found;
}

function fieldRow(show: HTMLElement, label: string): HTMLElement {
  const row = Array.from(show.querySelectorAll<HTMLElement>(".office-hours-detect-field")).find((el) => el.querySelector(".setting-item-name")?.firstChild?.textContent === label);
  if (!row) throw new Error(`No field "${label}"`);
  return row;
}

function toggle(row: HTMLElement): HTMLElement {
  const el = row.querySelector<HTMLElement>(".checkbox-container");
  if (!el) throw new Error("no toggle");
  return el;
}

describe("a correction accepted after the settings changed", () => {
  it("applies only the review's changes onto the show as it is now; a field changed meanwhile is kept and said", async () => {
    ({ host } = await start({ files: fiveShows(), data: showData([GOH]) }));
    const modal = await openReview(host);

    // While the review is open, the user edits GOH in the settings tab.
    const tab = await host.openSettings("office-hours");
    userClick(findSetting(tab, "GOH live"));
    typeInto(input(tab, "Time zone"), "Asia/Tokyo");
    typeInto(input(tab, "Host name"), "Robin");
    typeInto(input(tab, "Guest fields"), "Guest, Speaker");
    await settle(host);
    expect((await stored(host)).shows[0]?.schedule.timeZone).toBe("Asia/Tokyo");

    userClick(findButton(modal, "Add 4 shows and 1 correction"));
    await settle(host);
    const goh = (await stored(host)).shows.find((s) => s.id === "goh");
    // What the user did meanwhile: kept.
    expect(goh?.schedule.timeZone).toBe("Asia/Tokyo");
    expect(goh?.hostName).toBe("Robin");
    expect(goh?.guestFields).toEqual(["Guest", "Speaker"]);
    // What the review changed and the user did not touch: applied.
    expect(goh?.template).toBe("templates/GOH checklist.md");
    expect(goh?.links.channel).toBe("https://www.youtube.com/@grafana");
    expect(goh?.schedule.time).not.toBe(defaultShow("UTC").schedule.time);
    const notice = host.noticeMessages().at(-1) ?? "";
    expect(notice).toContain("updated GOH live");
    expect(notice).toContain("GOH live: time zone kept as Asia/Tokyo, changed since Detect ran");
  });

  it("a change unticked in the review is not applied, and no conflict is claimed for it, whatever the settings say meanwhile", async () => {
    ({ host } = await start({ files: fiveShows(), data: showData([GOH]) }));
    const modal = await openReview(host);
    const tab = await host.openSettings("office-hours");
    userClick(findSetting(tab, "GOH live"));
    typeInto(input(tab, "Time zone"), "Asia/Tokyo");
    await settle(host);
    // Unticked after that first change: the row falls back to the value Detect read, not to the one there now.
    userClick(toggle(fieldRow(gohBox(modal), "Time zone")));
    typeInto(input(tab, "Time zone"), "America/Lima");
    await settle(host);

    userClick(findButton(modal, "Add 4 shows and 1 correction"));
    await settle(host);
    const goh = (await stored(host)).shows.find((s) => s.id === "goh");
    expect(goh?.schedule.timeZone).toBe("America/Lima");
    expect(host.noticeMessages().at(-1)).not.toContain("time zone kept");
  });

  it("a show deleted meanwhile is not brought back; its correction is dropped with a notice", async () => {
    ({ host } = await start({ files: fiveShows(), data: showData([GOH, SPARE]) }));
    const modal = await openReview(host);
    const tab = await host.openSettings("office-hours");
    const remove = findSetting(tab, "GOH live").querySelector<HTMLElement>(".extra-setting-button");
    if (!remove) throw new Error("no delete button");
    userClick(remove);
    await settle(host);
    expect((await stored(host)).shows.map((s) => s.id)).toEqual(["spare"]);

    userClick(findButton(modal, "Add 4 shows and 1 correction"));
    await settle(host);
    const shows = (await stored(host)).shows;
    expect(shows.map((s) => s.id)).not.toContain("goh");
    expect(shows.filter((s) => s.folder === GOH.folder)).toEqual([]);
    expect(shows.map((s) => s.id)).toContain("spare");
    expect(shows).toHaveLength(5);
    expect(host.noticeMessages().at(-1)).toContain("The corrections to GOH live were dropped: the show was deleted since Detect ran.");
  });

  it("a show set up meanwhile in a proposed show's folder is not added again", async () => {
    const { host: h, plugin } = await start({ files: fiveShows(), data: showData([GOH]) });
    host = h;
    const modal = await openReview(h);
    const loki = { ...defaultShow("UTC", "Loki by hand"), id: "loki-by-hand", folder: "projects/Loki Community Calls" };
    plugin.settings.shows.push(loki);
    await plugin.saveSettings(true);

    userClick(findButton(modal, "Add 4 shows and 1 correction"));
    await settle(h);
    const shows = (await stored(h)).shows;
    expect(shows.filter((s) => s.folder === "projects/Loki Community Calls").map((s) => s.id)).toEqual(["loki-by-hand"]);
    expect(shows).toHaveLength(5);
    expect(h.noticeMessages().at(-1)).toContain("Loki Community Calls was not added: Loki by hand was set up in its folder since Detect ran.");
  });

  it("the scope setting turned off meanwhile stays off when the review left it as it found it", async () => {
    const { host: h, plugin } = await start({ files: fiveShows(), data: showData([GOH], { episodesOnlyInShowFolders: true }) });
    host = h;
    const modal = await openReview(h);
    const scopeToggle = modal.querySelector<HTMLElement>(".office-hours-detect-scope .checkbox-container");
    expect(scopeToggle?.classList.contains("is-enabled")).toBe(true);
    plugin.settings.episodesOnlyInShowFolders = false;
    await plugin.saveSettings(false);
    userClick(findButton(modal, "Add 4 shows and 1 correction"));
    await settle(h);
    expect((await stored(h)).episodesOnlyInShowFolders).toBe(false);
  });
});
