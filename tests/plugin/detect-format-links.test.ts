// @vitest-environment happy-dom
// The review screen's format and link fields, on the stand-in host with the podcast vault:
// the format is a choice of the two, the links are checked as the settings check them,
// and "Add" stores what the review shows, as edited.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findButton, selectOption, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import type { OfficeHoursSettings } from "../../src/core/settings/settings";
import { DATA_PATH, finish, settle, start, topModal } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const PODCAST = join(import.meta.dirname, "../fixtures/podcast-vault");

function podcastVault(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".md")) files[relative(PODCAST, full).split(sep).join("/")] = readFileSync(full, "utf8");
    }
  };
  walk(PODCAST);
  return files;
}

function fieldRow(modal: HTMLElement, label: string): HTMLElement {
  const row = Array.from(modal.querySelectorAll<HTMLElement>(".office-hours-detect-field")).find((el) => el.querySelector(".setting-item-name")?.firstChild?.textContent === label);
  if (!row) throw new Error(`No field "${label}"`);
  return row;
}

async function openReview(h: TestHost): Promise<HTMLElement> {
  expect(await h.runCommand("office-hours:detect-shows")).toBe(true);
  await settle(h);
  return topModal(h).modalEl;
}

async function stored(h: TestHost): Promise<OfficeHoursSettings> {
  return JSON.parse(await h.app.vault.adapter.read(DATA_PATH)) as OfficeHoursSettings;
}

describe("the review's format and links", () => {
  it("shows a recorded podcast with its feed and studio, and Add stores them", async () => {
    ({ host } = await start({ files: podcastVault() }));
    const modal = await openReview(host);
    const format = fieldRow(modal, "Format");
    expect(format.querySelector("select")?.value).toBe("podcast");
    expect(format.textContent).toContain("are a recorded podcast's");
    expect(fieldRow(modal, "Podcast feed link").querySelector("input")?.value).toBe("https://www.buzzsprout.com/2187213");
    expect(fieldRow(modal, "Recording studio link").querySelector("input")?.value).toBe("https://riverside.fm/studio/berlin-bytes");
    userClick(findButton(modal, "Add 1 show"));
    await settle(host);
    const show = (await stored(host)).shows[0];
    expect(show?.format).toBe("podcast");
    expect(show?.links.studio).toBe("https://riverside.fm/studio/berlin-bytes");
  });

  it("a link that is not a full address holds Add back; a live stream chosen is stored as no format", async () => {
    ({ host } = await start({ files: podcastVault() }));
    const modal = await openReview(host);
    const feed = fieldRow(modal, "Podcast feed link").querySelector("input") as HTMLInputElement;
    typeInto(feed, "buzzsprout.com/2187213");
    expect(findButton(modal, "Add 1 show").disabled).toBe(true);
    expect(fieldRow(modal, "Podcast feed link").textContent).toContain("Use a full link starting with https://.");
    typeInto(feed, "https://feeds.buzzsprout.com/2187213.rss");
    expect(findButton(modal, "Add 1 show").disabled).toBe(false);
    selectOption(fieldRow(modal, "Format").querySelector("select") as HTMLSelectElement, "livestream");
    userClick(findButton(modal, "Add 1 show"));
    await settle(host);
    const show = (await stored(host)).shows[0];
    expect(show).not.toHaveProperty("format");
    expect(show?.links.channel).toBe("https://feeds.buzzsprout.com/2187213.rss");
  });
});
