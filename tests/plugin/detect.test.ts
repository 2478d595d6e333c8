// @vitest-environment happy-dom
// "Detect shows" end to end on the stand-in host with the five-show vault: the review
// screen, editing and ticking, nothing written before Add, the first-run offer, the
// first "New episode" of an unset vault, and unloading with the review open.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findButton, selectOption, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import type { OfficeHoursSettings } from "../../src/core/settings/settings";
import { DATA_PATH, finish, settle, showData, start, topModal } from "./harness";
import { OFFERED_KEY } from "../../src/plugin/detect/detect-flow";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const FIVE_SHOWS = join(import.meta.dirname, "../fixtures/five-shows");

/** The five-show vault's notes, unchanged (SOURCE.md and SHA256SUMS describe the copy). */
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

function review(h: TestHost): HTMLElement {
  const modal = topModal(h);
  expect(modal.modalEl.hasClass("office-hours-detect")).toBe(true);
  return modal.modalEl;
}

function showBoxes(modal: HTMLElement): HTMLElement[] {
  return Array.from(modal.querySelectorAll<HTMLElement>(".office-hours-detect-show"));
}

function box(modal: HTMLElement, title: string): HTMLElement {
  const found = showBoxes(modal).find((b) => b.querySelector(".office-hours-detect-head .setting-item-name")?.textContent === title);
  if (!found) throw new Error(`No show "${title}"`);
  return found;
}

/** A field row of a show: found by its label (a guess tag may follow it). */
function fieldRow(show: HTMLElement, label: string): HTMLElement {
  const row = Array.from(show.querySelectorAll<HTMLElement>(".office-hours-detect-field")).find((el) => el.querySelector(".setting-item-name")?.firstChild?.textContent === label);
  if (!row) throw new Error(`No field "${label}"`);
  return row;
}

async function storedSettings(h: TestHost): Promise<OfficeHoursSettings | null> {
  if (!(await h.app.vault.adapter.exists(DATA_PATH))) return null;
  return JSON.parse(await h.app.vault.adapter.read(DATA_PATH)) as OfficeHoursSettings;
}

async function openReview(h: TestHost): Promise<HTMLElement> {
  expect(await h.runCommand("office-hours:detect-shows")).toBe(true);
  await settle(h);
  return review(h);
}

describe("the review screen", () => {
  it("lists the five shows with their evidence, and writes nothing until Add", async () => {
    ({ host } = await start({ files: fiveShows() }));
    const modal = await openReview(host);
    expect(showBoxes(modal).map((b) => b.querySelector(".setting-item-name")?.textContent)).toEqual([
      "Adobo and Avocados (A&A)",
      "Cafe con Grafana (CCG)",
      "Grafana Office Hours (GOH)",
      "Grafana OTel Community Call",
      "Loki Community Calls",
    ]);
    const goh = box(modal, "Grafana Office Hours (GOH)");
    expect(goh.querySelector(".office-hours-detect-head .setting-item-description")?.textContent).toBe("New show · 4 episodes in projects/Grafana Office Hours (English)");
    expect(fieldRow(goh, "Weekday").querySelector(".setting-item-description")?.textContent).toBe("Friday: 2 of 2 dated episodes");
    expect(fieldRow(goh, "Time zone").querySelector(".office-hours-detect-tag")?.textContent).toBe("guess");
    expect(fieldRow(box(modal, "Cafe con Grafana (CCG)"), "Guest fields").querySelector("input")?.value).toBe("Invitado(s):");
    expect(findButton(modal, "Add 5 shows").disabled).toBe(false);
    expect(await storedSettings(host)).toBeNull();

    userClick(findButton(modal, "Cancel"));
    await settle(host);
    expect(host.activeModal()).toBeNull();
    expect(await storedSettings(host)).toBeNull();
  });

  it("Add stores the ticked shows as edited, replaces the unused default, and makes their commands", async () => {
    let plugin;
    ({ host, plugin } = await start({ files: fiveShows() }));
    const modal = await openReview(host);
    const goh = box(modal, "Grafana Office Hours (GOH)");
    typeInto(fieldRow(goh, "Time").querySelector("input") as HTMLInputElement, "15:30");
    selectOption(fieldRow(goh, "Weekday").querySelector("select") as HTMLSelectElement, "4");
    // Unticking a show leaves it out.
    userClick(box(modal, "Loki Community Calls").querySelector(".checkbox-container") as HTMLElement);
    userClick(findButton(modal, "Add 4 shows"));
    await settle(host);

    const settings = await storedSettings(host);
    expect(settings?.shows.map((s) => s.name)).toEqual(["Adobo and Avocados", "Cafe con Grafana", "Grafana Office Hours", "Grafana OTel Community Call"]);
    expect(settings?.shows[2]?.schedule).toMatchObject({ weekday: 4, time: "15:30", timeZone: "Europe/Berlin" });
    expect(plugin.settings.shows).toHaveLength(4);
    expect(host.noticeMessages()).toEqual(["Office Hours added Adobo and Avocados, Cafe con Grafana, Grafana Office Hours, Grafana OTel Community Call; the unused “Office Hours” show was removed."]);
    expect(host.standIn.commands.findCommand("office-hours:new-episode-grafana-office-hours")?.name).toBe("Office Hours: New Grafana Office Hours episode");
  });

  it("a value that cannot be stored is shown as such and blocks Add; a folder must exist", async () => {
    ({ host } = await start({ files: fiveShows() }));
    const modal = await openReview(host);
    const ccg = box(modal, "Cafe con Grafana (CCG)");
    const time = fieldRow(ccg, "Time").querySelector("input") as HTMLInputElement;
    typeInto(time, "1pm");
    expect(fieldRow(ccg, "Time").querySelector(".office-hours-field-error")?.textContent).toBe("Use hours and minutes, like 13:00.");
    expect(findButton(modal, "Add 5 shows").disabled).toBe(true);
    typeInto(time, "13:00");
    expect(findButton(modal, "Add 5 shows").disabled).toBe(false);

    const folder = fieldRow(ccg, "Folder").querySelector("input") as HTMLInputElement;
    typeInto(folder, "projects/CafeConGrafana/Episodios");
    expect(fieldRow(ccg, "Folder").querySelector(".office-hours-field-error")?.textContent).toBe(
      "There is no folder “projects/CafeConGrafana/Episodios” in this vault. Pick one from the list, or create the folder first.",
    );
    expect(findButton(modal, "Add 5 shows").disabled).toBe(true);
    // Unticking the show with the problem lets the others be added.
    userClick(ccg.querySelector(".checkbox-container") as HTMLElement);
    expect(findButton(modal, "Add 4 shows").disabled).toBe(false);
  });

  it("closes with the plugin, leaving nothing registered", async () => {
    let plugin;
    ({ host, plugin } = await start({ files: fiveShows() }));
    await openReview(host);
    await host.unloadPlugin(plugin);
    expect(host.activeModal()).toBeNull();
    expect(host.liveListenerCount().total).toBe(0);
  });
});

describe("configured shows", () => {
  it("a configured show is offered as a correction, with what it is now", async () => {
    const data = showData([{ id: "goh", name: "GOH live", code: "GOH", folder: "projects/Grafana Office Hours", template: "templates/GOH checklst.md" }]);
    ({ host } = await start({ files: fiveShows(), data }));
    const modal = await openReview(host);
    const goh = box(modal, "GOH live (GOH)");
    expect(goh.querySelector(".office-hours-detect-head .setting-item-description")?.textContent).toContain("Corrections to GOH live");
    expect(fieldRow(goh, "Template").querySelector(".office-hours-detect-was")?.textContent).toBe("Now: templates/GOH checklst.md");
    userClick(findButton(modal, "Add 4 shows and 1 correction"));
    await settle(host);
    const settings = await storedSettings(host);
    expect(settings?.shows.map((s) => s.name)).toEqual(["GOH live", "Adobo and Avocados", "Cafe con Grafana", "Grafana OTel Community Call", "Loki Community Calls"]);
    expect(settings?.shows[0]?.template).toBe("templates/GOH checklist.md");
  });
});

describe("first run", () => {
  it("offers the review once, in a notice, after the first index; nothing is written", async () => {
    ({ host } = await start({ files: fiveShows(), detectionOffered: false }));
    await settle(host);
    expect(host.noticeMessages()).toEqual(["Office Hours found 5 shows in your notes (A&A, CCG, GOH, Grafana OTel Community Call, Loki Community Calls).Review"]);
    expect(host.activeModal()).toBeNull();
    userClick(findButton(document.body, "Review"));
    await settle(host);
    expect(showBoxes(review(host))).toHaveLength(5);
    expect(await storedSettings(host)).toBeNull();
  });

  it("is not offered again in the same vault, nor when nothing is found", async () => {
    const first = await start({ files: fiveShows(), detectionOffered: false });
    host = first.host;
    await settle(host);
    expect(host.noticeMessages()).toHaveLength(1);
    await host.unloadPlugin(first.plugin);
    const { default: OfficeHoursPlugin } = await import("../../src/main");
    const { MANIFEST } = await import("./harness");
    await host.loadPlugin(OfficeHoursPlugin, MANIFEST);
    await settle(host);
    expect(host.noticeMessages()).toHaveLength(1);
    finish(host);

    ({ host } = await start({ files: { "Notes/Ideas.md": "# Ideas\n- [ ] one\n" }, detectionOffered: false }));
    await settle(host);
    expect(host.noticeMessages()).toEqual([]);
  });

  it("a plugin unloaded while the first index runs offers nothing", async () => {
    const started = await start({ files: fiveShows(), detectionOffered: false, ready: false });
    host = started.host;
    // The layout is ready and the first index starts; the plugin is disabled before it ends.
    const ready = host.layoutReady();
    await host.unloadPlugin(started.plugin);
    await ready;
    await settle(host);
    expect(host.noticeMessages().join(" | ")).toBe("");
    expect(host.app.loadLocalStorage(OFFERED_KEY)).toBeNull();
  });

  it("the first New episode of a vault whose shows are not set up offers them instead of OH 01", async () => {
    ({ host } = await start({ files: fiveShows() }));
    await host.runCommand("office-hours:new-episode");
    await settle(host);
    const question = topModal(host).modalEl;
    expect(question.querySelector("p")?.textContent).toBe(
      "Office Hours found 5 shows in your notes (A&A, CCG, GOH, Grafana OTel Community Call, Loki Community Calls), but none is set up yet: a new episode would go to “Office Hours” as OH 01.",
    );
    userClick(findButton(question, "Review 5 shows"));
    await settle(host);
    expect(showBoxes(review(host))).toHaveLength(5);

    userClick(findButton(review(host), "Cancel"));
    await host.runCommand("office-hours:new-episode");
    await settle(host);
    userClick(findButton(topModal(host).modalEl, "New Office Hours episode anyway"));
    await settle(host);
    expect(topModal(host).titleEl.textContent).toBe("New Office Hours episode");
  });
});
