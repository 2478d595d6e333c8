// @vitest-environment happy-dom
// "Detect shows" and "Look for episodes only in the show folders" on the stand-in host:
// the review's toggle follows the rule for the shows ticked and the folders as edited, says
// why in one line, is written only by Add, is kept on when the user has it on, and after
// the shows are set up a re-detect offers it in a notice with a button.
import { afterEach, describe, expect, it } from "vitest";
import { findButton, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import type { OfficeHoursSettings } from "../../src/core/settings/settings";
import { DATA_PATH, finish, settle, start, topModal } from "./harness";
import { fiveShowNotes } from "../support/five-shows";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

/** A task and a guest field: an episode with no configuration, wherever it lies. */
const STANDUP = "# Standup\n\nGuest:: Ann Lee\n\n- [ ] Send notes\n";
const LOKI = "Loki Community Calls";

async function stored(h: TestHost): Promise<OfficeHoursSettings | null> {
  if (!(await h.app.vault.adapter.exists(DATA_PATH))) return null;
  return JSON.parse(await h.app.vault.adapter.read(DATA_PATH)) as OfficeHoursSettings;
}

async function openReview(h: TestHost): Promise<HTMLElement> {
  expect(await h.runCommand("office-hours:detect-shows")).toBe(true);
  await settle(h);
  const modal = topModal(h).modalEl;
  expect(modal.hasClass("office-hours-detect")).toBe(true);
  return modal;
}

function scopeRow(modal: HTMLElement): { on: boolean; reason: string; toggle: HTMLElement } {
  const row = modal.querySelector<HTMLElement>(".office-hours-detect-scope");
  if (!row) throw new Error("no scope toggle");
  expect(row.querySelector(".setting-item-name")?.textContent).toBe("Look for episodes only in the show folders");
  const toggle = row.querySelector<HTMLElement>(".checkbox-container");
  if (!toggle) throw new Error("no toggle");
  return { on: toggle.hasClass("is-enabled"), reason: row.querySelector(".setting-item-description")?.textContent ?? "", toggle };
}

function showToggle(modal: HTMLElement, name: string): HTMLElement {
  const box = Array.from(modal.querySelectorAll<HTMLElement>(".office-hours-detect-show")).find((b) =>
    b.querySelector(".office-hours-detect-head .setting-item-name")?.textContent?.startsWith(name),
  );
  const toggle = box?.querySelector<HTMLElement>(".office-hours-detect-head .checkbox-container");
  if (!box || !toggle) throw new Error(`no show ${name}`);
  return toggle;
}

describe("the review's toggle", () => {
  it("is on for the five-show vault, says why, and Cancel writes nothing", async () => {
    ({ host } = await start({ files: fiveShowNotes() }));
    const modal = await openReview(host);
    expect(scopeRow(modal)).toMatchObject({
      on: true,
      reason: "All 12 episodes found are in the show folders or carry the office-hours: property: the other notes need not be read.",
    });
    userClick(findButton(modal, "Cancel"));
    await settle(host);
    expect(await stored(host)).toBeNull();
  });

  it("Add writes it with the shows and the notice says so", async () => {
    let plugin;
    ({ host, plugin } = await start({ files: fiveShowNotes() }));
    const modal = await openReview(host);
    userClick(findButton(modal, "Add 5 shows"));
    await settle(host);
    expect((await stored(host))?.episodesOnlyInShowFolders).toBe(true);
    expect(plugin.settings.episodesOnlyInShowFolders).toBe(true);
    expect(host.noticeMessages().at(-1)).toMatch(/; episodes are looked for only in the show folders\.$/);
  });

  it("goes off when a show is unticked, naming its episodes, and on again when it is ticked", async () => {
    ({ host } = await start({ files: fiveShowNotes() }));
    const modal = await openReview(host);
    userClick(showToggle(modal, LOKI));
    expect(scopeRow(modal)).toMatchObject({
      on: false,
      reason:
        "2 episodes lie outside the show folders and would no longer be found: projects/Loki Community Calls/2025-03-25-loki-cache, projects/Loki Community Calls/2025-06-24-road-to-4-0.",
    });
    userClick(showToggle(modal, LOKI));
    expect(scopeRow(modal).on).toBe(true);
    userClick(showToggle(modal, LOKI));
    userClick(findButton(modal, "Add 4 shows"));
    await settle(host);
    expect((await stored(host))?.episodesOnlyInShowFolders).toBe(false);
  });

  it("follows a folder edited in the review", async () => {
    ({ host } = await start({ files: fiveShowNotes() }));
    const modal = await openReview(host);
    const box = showToggle(modal, "Grafana Office Hours").closest(".office-hours-detect-show") as HTMLElement;
    const folder = Array.from(box.querySelectorAll<HTMLElement>(".office-hours-detect-field")).find((r) => r.querySelector(".setting-item-name")?.firstChild?.textContent === "Folder");
    const input = folder?.querySelector("input");
    if (!input) throw new Error("no folder field");
    typeInto(input, "templates");
    expect(scopeRow(modal).on).toBe(false);
    expect(scopeRow(modal).reason).toMatch(/^4 episodes lie outside the show folders and would no longer be found: projects\/Grafana Office Hours\/GOH 12 - Govable, .* and 1 more\.$/);
    typeInto(input, "projects");
    expect(scopeRow(modal).on).toBe(true);
  });

  it("is off with an episode outside every show folder; the user may still turn it on", async () => {
    ({ host } = await start({ files: { ...fiveShowNotes(), "Inbox/Standup.md": STANDUP } }));
    const modal = await openReview(host);
    expect(scopeRow(modal)).toMatchObject({ on: false, reason: "1 episode lies outside the show folders and would no longer be found: Inbox/Standup." });
    userClick(scopeRow(modal).toggle);
    // The user's choice stands when the shows ticked change.
    userClick(showToggle(modal, LOKI));
    expect(scopeRow(modal).on).toBe(true);
    expect(await stored(host)).toBeNull();
    userClick(findButton(modal, "Add 4 shows"));
    await settle(host);
    expect((await stored(host))?.episodesOnlyInShowFolders).toBe(true);
  });

  it("stays on when the user already has it on, even with episodes it would lose", async () => {
    // GOH set up with the whole projects folder: every show's episodes are found there now.
    // Detection narrows GOH's folder; with Loki left out, its two notes fall outside.
    const data = { version: 1, shows: [{ id: "goh", name: "GOH live", code: "GOH", folder: "projects" }], episodesOnlyInShowFolders: true };
    ({ host } = await start({ files: fiveShowNotes(), data }));
    const modal = await openReview(host);
    expect(scopeRow(modal).on).toBe(true);
    userClick(showToggle(modal, LOKI));
    expect(scopeRow(modal).on).toBe(true);
    expect(scopeRow(modal).reason).toMatch(/^You turned it on; it stays on\. 2 episodes lie outside the show folders and would no longer be found: projects\/Loki Community Calls\//);
    userClick(findButton(modal, "Add 3 shows and 1 correction"));
    await settle(host);
    expect((await stored(host))?.episodesOnlyInShowFolders).toBe(true);
  });
});

describe("detecting again once the shows are set up", () => {
  it("offers it in a notice; only the button writes it", async () => {
    ({ host } = await start({ files: fiveShowNotes() }));
    userClick(findButton(await openReview(host), "Add 5 shows"));
    await settle(host);
    const data = { ...(await stored(host)), episodesOnlyInShowFolders: false };
    finish(host);
    ({ host } = await start({ files: fiveShowNotes(), data }));
    expect(await host.runCommand("office-hours:detect-shows")).toBe(true);
    await settle(host);
    expect(host.activeModal()).toBeNull();
    expect(host.noticeMessages().at(-1)).toContain(
      "Look for episodes only in the show folders? All 12 episodes found are in the show folders or carry the office-hours: property",
    );
    expect((await stored(host))?.episodesOnlyInShowFolders).toBe(false);
    userClick(findButton(document.body, "Turn it on"));
    await settle(host);
    expect((await stored(host))?.episodesOnlyInShowFolders).toBe(true);
    expect(host.noticeMessages().at(-1)).toBe("Episodes are now looked for only in the show folders.");
  });

  it("does not offer it while an episode lies outside the show folders", async () => {
    ({ host } = await start({ files: fiveShowNotes() }));
    userClick(findButton(await openReview(host), "Add 5 shows"));
    await settle(host);
    const data = { ...(await stored(host)), episodesOnlyInShowFolders: false };
    finish(host);
    ({ host } = await start({ files: { ...fiveShowNotes(), "Inbox/Standup.md": STANDUP }, data }));
    await host.runCommand("office-hours:detect-shows");
    await settle(host);
    expect(host.noticeMessages().at(-1)).toMatch(/^Office Hours found no new shows in your notes\./);
    expect(document.body.querySelector("button.office-hours-notice-button")).toBeNull();
  });
});
