// @vitest-environment happy-dom
// A "no" that sticks, end to end on the stand-in host with the five-show vault (detect4):
// a correction's change unticked in the review is stored as declined and not proposed
// again; a declined value shows unticked, and ticking it takes the "no" back; a link
// cleared on the settings page is declined, listed there, and "Propose again" forgets it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findButton, findSetting, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import type { OfficeHoursSettings } from "../../src/core/settings/settings";
import { DATA_PATH, finish, settle, showData, start, topModal } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const FIVE_SHOWS = join(import.meta.dirname, "../fixtures/five-shows");
const CHANNEL = "https://www.youtube.com/@grafana";

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

function goh(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return showData([{ id: "goh", name: "GOH live", code: "GOH", folder: "projects/Grafana Office Hours", template: "templates/GOH checklst.md", ...extra }]);
}

function fieldRow(show: HTMLElement, label: string): HTMLElement {
  const row = Array.from(show.querySelectorAll<HTMLElement>(".office-hours-detect-field")).find((el) => el.querySelector(".setting-item-name")?.firstChild?.textContent === label);
  if (!row) throw new Error(`No field "${label}"`);
  return row;
}

function gohBox(modal: HTMLElement): HTMLElement {
  const found = Array.from(modal.querySelectorAll<HTMLElement>(".office-hours-detect-show")).find((b) => b.querySelector(".office-hours-detect-head .setting-item-name")?.textContent === "GOH live (GOH)");
  if (!found) throw new Error("No GOH box");
  return found;
}

function toggle(row: HTMLElement): HTMLElement {
  const el = row.querySelector<HTMLElement>(".checkbox-container");
  if (!el) throw new Error("no toggle");
  return el;
}

async function stored(h: TestHost): Promise<OfficeHoursSettings> {
  return JSON.parse(await h.app.vault.adapter.read(DATA_PATH)) as OfficeHoursSettings;
}

async function openReview(h: TestHost): Promise<HTMLElement> {
  expect(await h.runCommand("office-hours:detect-shows")).toBe(true);
  await settle(h);
  return topModal(h).modalEl;
}

describe("the review remembers a no", () => {
  it("a correction's change unticked is stored as declined, the rest applied; the next Detect does not propose it", async () => {
    ({ host } = await start({ files: fiveShows(), data: goh() }));
    const modal = await openReview(host);
    const channel = fieldRow(gohBox(modal), "Channel link");
    expect(toggle(channel).classList.contains("is-enabled")).toBe(true);
    userClick(toggle(channel));
    userClick(findButton(modal, "Add 4 shows and 1 correction"));
    await settle(host);
    const gohStored = (await stored(host)).shows[0];
    expect(gohStored?.template).toBe("templates/GOH checklist.md");
    expect(gohStored?.links).toMatchObject({ channel: "", meetup: "https://www.meetup.com/grafana-friends-virtual-meetup-group/" });
    expect(gohStored?.declined).toEqual([{ field: "channel", value: CHANNEL }]);

    // Everything else is as the notes say now: no review, and the notice says what stays declined.
    expect(await host.runCommand("office-hours:detect-shows")).toBe(true);
    await settle(host);
    expect(host.noticeMessages().at(-1)).toContain("1 value you declined is not proposed again");
  });

  it("a value declined before is listed unticked with why; ticked, it is stored and the no is forgotten", async () => {
    ({ host } = await start({ files: fiveShows(), data: goh({ declined: [{ field: "channel", value: CHANNEL }] }) }));
    const modal = await openReview(host);
    const channel = fieldRow(gohBox(modal), "Channel link");
    expect(channel.querySelector(".office-hours-detect-tag.is-held")?.textContent).toBe("declined before");
    expect(channel.querySelector(".office-hours-detect-held")?.textContent).toContain(`You declined ${CHANNEL} before`);
    expect(toggle(channel).classList.contains("is-enabled")).toBe(false);
    userClick(toggle(channel));
    userClick(findButton(modal, "Add 4 shows and 1 correction"));
    await settle(host);
    const gohStored = (await stored(host)).shows[0];
    expect(gohStored?.links.channel).toBe(CHANNEL);
    expect(gohStored?.declined).toBeUndefined();
  });

  it("a held value left unticked stays declined and is not applied", async () => {
    ({ host } = await start({ files: fiveShows(), data: goh({ declined: [{ field: "channel", value: CHANNEL }] }) }));
    const modal = await openReview(host);
    userClick(findButton(modal, "Add 4 shows and 1 correction"));
    await settle(host);
    const gohStored = (await stored(host)).shows[0];
    expect(gohStored?.links.channel).toBe("");
    expect(gohStored?.declined).toEqual([{ field: "channel", value: CHANNEL }]);
  });
});

describe("the settings page", () => {
  it("a link cleared is declined and listed; Propose again forgets it", async () => {
    ({ host } = await start({ files: fiveShows(), data: goh({ links: { channel: CHANNEL, playlist: "", meetup: "", studio: "" } }) }));
    const tab = await host.openSettings("office-hours");
    userClick(findSetting(tab, "GOH live"));
    const input = findSetting(tab, "Channel link").querySelector("input") as HTMLInputElement;
    // Deleted key by key: each prefix that is a link is saved on the way, the link as drawn is what is declined.
    typeInto(input, "https://www.youtube.com/@gra");
    typeInto(input, "");
    await settle(host);
    expect((await stored(host)).shows[0]?.declined).toEqual([{ field: "channel", value: CHANNEL }]);

    const back = tab.querySelector<HTMLElement>(".setting-page-back");
    if (!back) throw new Error("no way back");
    userClick(back);
    userClick(findSetting(tab, "GOH live"));
    const row = findSetting(tab, "Declined in Detect shows");
    expect(row.querySelector("li")?.textContent).toContain(`Channel link: ${CHANNEL}`);
    userClick(findButton(row, "Propose again"));
    await settle(host);
    expect((await stored(host)).shows[0]?.declined).toBeUndefined();
    expect(row.querySelector("li")).toBeNull();
  });
});
